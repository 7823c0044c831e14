/**
 * Finds every link a page publishes — Markdown links and images, and `href`/`src` in raw
 * HTML — from the shared token stream, so code spans and fences are never mistaken for
 * links, and locates each one in the source file for the diagnostic.
 */
import type { Token } from "markdown-it";
import { SELF_LINK_CLASS } from "../../markdown/index.ts";
import { markdownTokens } from "../tokens.ts";
import type { CheckFile } from "../types.ts";
import { htmlAttributes } from "./links-html.ts";

export interface FoundLink {
  /** The URL as the page publishes it (markdown-it's normalised form for Markdown links). */
  href: string;
  /** 1-based file line and column of the URL text (the block's first line, column 1, if not found). */
  line: number;
  column: number;
}

export { decodeAttribute, htmlAttributes } from "./links-html.ts";

const LINK_ATTRIBUTES = new Set(["href", "src"]);

function safeDecode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

/** Where the first of `texts` starts in `line` at or after `from`, looking at most `limit` characters ahead. */
function firstOf(line: string, texts: string[], from: number, limit: number): { at: number; length: number } | undefined {
  const longest = Math.max(...texts.map((text) => text.length));
  // Windows that double: finding a text costs about its distance from `from`, not the line's length.
  for (let width = 256; ; width *= 2) {
    const end = Math.min(line.length, from + Math.min(width, limit));
    const piece = line.slice(from, end + longest - 1);
    let best: { at: number; length: number } | undefined;
    for (const text of texts) {
      const at = piece.indexOf(text);
      // Only starts inside the window: an earlier start of a longer text may end past the piece.
      if (at !== -1 && from + at < end && (!best || from + at < best.at)) best = { at: from + at, length: text.length };
    }
    if (best || end >= line.length || width >= limit) return best;
  }
}

/**
 * Locates URL texts within a block's lines, left to right: a cursor moves past each one
 * found, so the second of two identical links in a paragraph gets its own column.
 *
 * A URL that is not in the text as written (a reference link's, or one whose escapes or
 * entities markdown-it decoded) is looked for up to the block's end. Those searches share
 * a budget of a few times the block's length; once it is spent, a URL is looked for only a
 * little way past the cursor, and one not found there is put at the block's first line,
 * as a URL not found at all is (else 50,000 reference links on one line would read that
 * line 50,000 times).
 */
class BlockLocator {
  private lineIndex: number;
  private column = 0;
  private budget: number;
  /** Texts known not to be after the cursor: it only moves on, so they never will be. */
  private readonly missing = new Set<string>();
  private readonly last: number;

  constructor(
    private readonly lines: string[],
    private readonly start: number,
    end: number,
    private readonly firstFileLine: number,
  ) {
    this.lineIndex = start;
    this.last = Math.min(Math.max(end, start + 1), lines.length);
    let length = 0;
    for (let i = start; i < this.last; i++) length += (lines[i] ?? "").length + 1;
    this.budget = 262_144 + 4 * length;
  }

  locate(candidates: string[]): { line: number; column: number } {
    const texts = [...new Set(candidates.filter(Boolean))].filter((text) => !this.missing.has(text));
    const notFound = { line: this.firstFileLine + this.start, column: 1 };
    if (texts.length === 0) return notFound;
    const limit = this.budget > 0 ? Infinity : 1024;
    let searched = 0;
    for (let i = this.lineIndex; i < this.last && searched < limit; i++) {
      const line = this.lines[i] ?? "";
      const from = i === this.lineIndex ? this.column : 0;
      const found = firstOf(line, texts, from, limit - searched);
      if (found) {
        this.lineIndex = i;
        this.column = found.at + found.length;
        return { line: this.firstFileLine + i, column: found.at + 1 };
      }
      searched += line.length - from + 1;
    }
    if (limit === Infinity) {
      // Looked for up to the block's end: none of them is after the cursor.
      for (const text of texts) this.missing.add(text);
      this.budget -= searched * texts.length;
    }
    return notFound;
  }
}

function attribute(token: Token, name: string): string {
  return String(token.attrGet(name) ?? "");
}

function linksInInline(children: Token[], locator: BlockLocator, out: FoundLink[]): void {
  for (const child of children) {
    if (child.type === "link_open") {
      // The heading self-links markdown-it-anchor adds are generated, always right, and not in the source.
      if (attribute(child, "class").split(/\s+/).includes(SELF_LINK_CLASS)) continue;
      const href = attribute(child, "href");
      out.push({ href, ...locator.locate([href, safeDecode(href)]) });
    } else if (child.type === "image") {
      const src = attribute(child, "src");
      out.push({ href: src, ...locator.locate([src, safeDecode(src)]) });
    } else if (child.type === "html_inline") {
      for (const attribute of htmlAttributes(child.content, LINK_ATTRIBUTES)) {
        out.push({ href: attribute.value, ...locator.locate([attribute.raw, attribute.value]) });
      }
    }
  }
}

/** Every link and image URL of a file's Markdown and raw HTML, with its place in the file. */
export function collectLinks(file: CheckFile): FoundLink[] {
  const lines = file.body.split("\n");
  const out: FoundLink[] = [];
  // Table cells have no line map of their own: they take the one of the row before them.
  let map: [number, number] = [0, 1];
  for (const token of markdownTokens(file)) {
    if (token.map) map = token.map;
    const [start, end] = map;
    if (token.type === "inline" && token.children) {
      linksInInline(token.children, new BlockLocator(lines, start, end, file.bodyLine), out);
    } else if (token.type === "html_block") {
      const locator = new BlockLocator(lines, start, end, file.bodyLine);
      for (const attribute of htmlAttributes(token.content, LINK_ATTRIBUTES)) {
        out.push({ href: attribute.value, ...locator.locate([attribute.raw, attribute.value]) });
      }
    }
  }
  return out;
}
