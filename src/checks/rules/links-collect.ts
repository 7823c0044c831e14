/**
 * Finds every link a page publishes — Markdown links and images, and `href`/`src` in raw
 * HTML — from the shared token stream, so code spans and fences are never mistaken for
 * links, and locates each one in the source file for the diagnostic.
 */
import type { Token } from "markdown-it";
import { SELF_LINK_CLASS } from "../../markdown/index.ts";
import { markdownTokens } from "../tokens.ts";
import type { CheckFile } from "../types.ts";

export interface FoundLink {
  /** The URL as the page publishes it (markdown-it's normalised form for Markdown links). */
  href: string;
  /** 1-based file line and column of the URL text (the block's first line, column 1, if not found). */
  line: number;
  column: number;
}

// Attributes are read only inside tags, so prose such as "set href=…" is not a link.
const TAG = /<[A-Za-z][\w:-]*(?:\s(?:[^>"']|"[^"]*"|'[^']*')*)?>/g;
const ATTRIBUTE = /(?:^|\s)([A-Za-z_:][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g;
const COMMENT = /<!--[\s\S]*?-->/g;

const ENTITIES: Record<string, string> = { amp: "&", quot: '"', apos: "'", lt: "<", gt: ">", nbsp: "\u00a0" };

/** The few character references that turn up in attribute values; others are kept as written. */
export function decodeAttribute(value: string): string {
  return value.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (whole, dec?: string, hex?: string, name?: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return ENTITIES[(name ?? "").toLowerCase()] ?? whole;
  });
}

/** Values of the named attributes in a piece of raw HTML, comments ignored, in order. */
export function htmlAttributes(html: string, names: ReadonlySet<string>): { name: string; value: string; raw: string }[] {
  const out: { name: string; value: string; raw: string }[] = [];
  for (const tag of html.replace(COMMENT, "").matchAll(TAG)) {
    for (const match of tag[0].matchAll(ATTRIBUTE)) {
      const name = (match[1] ?? "").toLowerCase();
      if (!names.has(name)) continue;
      const raw = match[2] ?? match[3] ?? match[4] ?? "";
      out.push({ name, value: decodeAttribute(raw), raw });
    }
  }
  return out;
}

const LINK_ATTRIBUTES = new Set(["href", "src"]);

function safeDecode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

/**
 * Locates URL texts within a block's lines, left to right: a cursor moves past each one
 * found, so the second of two identical links in a paragraph gets its own column.
 */
class BlockLocator {
  private lineIndex: number;
  private column = 0;
  constructor(
    private readonly lines: string[],
    private readonly start: number,
    private readonly end: number,
    private readonly firstFileLine: number,
  ) {
    this.lineIndex = start;
  }

  locate(candidates: string[]): { line: number; column: number } {
    const texts = [...new Set(candidates.filter(Boolean))];
    for (let i = this.lineIndex; i < Math.max(this.end, this.start + 1) && i < this.lines.length; i++) {
      const text = this.lines[i] ?? "";
      const from = i === this.lineIndex ? this.column : 0;
      let best = -1;
      let length = 0;
      for (const candidate of texts) {
        const at = text.indexOf(candidate, from);
        if (at !== -1 && (best === -1 || at < best)) [best, length] = [at, candidate.length];
      }
      if (best !== -1) {
        this.lineIndex = i;
        this.column = best + length;
        return { line: this.firstFileLine + i, column: best + 1 };
      }
    }
    return { line: this.firstFileLine + this.start, column: 1 };
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
