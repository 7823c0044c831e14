/**
 * What the build's sanitiser would remove from a page, said at its line before anyone
 * reviews it. The rule asks the sanitiser itself (`sanitiserChanges`, the same run the build
 * publishes through), so the check and the build cannot disagree about what HTML is: there
 * is no second reading of tags, comments or entities here.
 *
 * Only what markdown-it hands over as HTML (html_block, html_inline) and the URLs of its
 * links and images are asked about, so a guide that shows `<script>` in a code span or
 * fence is not reported. A removal that could run, load or navigate something, or that
 * takes text with it, is an error; a presentational tag or attribute the site drops
 * (`<center>`, `align=`) is a warning. Comments are not reported: they are never published,
 * as their writer expects (one left open is the lost-text problem the build reports).
 */
import type { Token } from "markdown-it";
import type { Diagnostic } from "../../diagnostics/diagnostic.ts";
import { isHazard, sanitiserChanges, schemeOf, type SanitiserChange } from "../../sanitise/sanitise.ts";
import { markdownTokens, tokenLine } from "../tokens.ts";
import { LineIndex, type CheckFile, type Rule } from "../types.ts";

const RULE = "unsafe-html";

/** What to look for in the source to find where a change is: the tag's opening ("" for none). */
function openingOf(change: SanitiserChange): string {
  if (change.tag === "") return "";
  return change.tag === "/" ? "</" : `<${change.tag}`;
}

function messageFor(change: SanitiserChange): string {
  const advice = isHazard(change) ? "content may not run scripts, load other sites or take visitors elsewhere" : "the rest of the page is published as it is";
  return `the site removes ${change.what} when it publishes this page: ${advice}`;
}

/**
 * Finds each change in the source lines a token came from, left to right: a cursor moves
 * past each one found, so the second `onclick` of a line gets its own column. A text not
 * found from the cursor is not looked for again (the cursor only moves on), so a block is
 * read about once however many changes it holds. Not found: the block's first line.
 */
class SourceCursor {
  private offset: number;
  private readonly missing = new Set<string>();

  constructor(
    private readonly lower: string,
    private readonly lines: LineIndex,
    private readonly start: number,
    private readonly end: number,
  ) {
    this.offset = start;
  }

  private find(text: string): number {
    if (this.missing.has(text)) return -1;
    const at = this.lower.indexOf(text, this.offset);
    if (at === -1 || at >= this.end) {
      this.missing.add(text);
      return -1;
    }
    return at;
  }

  /** Where `change` is: its attribute after its tag's opening, or the opening itself. */
  locate(change: SanitiserChange): { line: number; column: number } {
    const opening = openingOf(change) === "" ? -1 : this.find(openingOf(change));
    let at = opening;
    if (change.attribute !== undefined) {
      if (opening !== -1) this.offset = opening + 1;
      const attribute = this.find(change.attribute);
      at = attribute === -1 ? opening : attribute;
    }
    if (at === -1) return this.lines.locate(this.start);
    this.offset = at + 1;
    return this.lines.locate(at);
  }
}

// `[x](javascript:…)`, `![x](javascript:…)` and `[x]: javascript:…`: markdown-it refuses these
// links and leaves them as text, but the editor meant a link, and a laxer renderer would make one.
// (`[ \t]*(?:<[ \t]*)?`, not `[ \t]*<?[ \t]*`: two adjacent runs of spaces split a long run every way.)
const MARKDOWN_SCRIPT_LINK = /(?:\]\(|^\[[^\]]*\]:)[ \t]*(?:<[ \t]*)?(?:javascript|vbscript|data):/i;
const SCHEME_IN_LINK = /(javascript|vbscript|data):$/i;

/** A Markdown link or image as the HTML it renders to, for the sanitiser to judge its URL. */
function linkAsHtml(token: Token, url: string): string {
  const value = url.replaceAll("&", "&amp;").replaceAll('"', "&quot;");
  return token.type === "image" ? `<img src="${value}" alt="">` : `<a href="${value}">x</a>`;
}

/** The scheme a browser reads from a URL, with its colon (`data:`); "" for none. */
function schemeWithColon(url: string): string {
  const scheme = schemeOf(url);
  return scheme ? `${scheme}:` : "";
}

interface Found {
  /** Offset in file.text where the search for it starts, and its lines' end. */
  start: number;
  end: number;
  severity: "error" | "warning";
  message: string;
  /** What to look for from `start`. */
  change: SanitiserChange;
}

/** Offsets of file.text that a block or inline token's lines span. */
function spanOf(file: CheckFile, lines: LineIndex, token: Token): { start: number; end: number } {
  const first = tokenLine(file, token) - 1;
  const count = token.map ? Math.max(token.map[1] - token.map[0], 1) : 1;
  return { start: lines.starts[first] ?? file.text.length, end: lines.starts[first + count] ?? file.text.length };
}

/** What the sanitiser removes from the page's raw HTML and link URLs, and the links markdown-it refused. */
function findings(file: CheckFile, lines: LineIndex): Found[] {
  const found: Found[] = [];
  const ask = (html: string, where: { start: number; end: number }) => {
    for (const change of sanitiserChanges(html)) {
      if (change.tag === "!--") continue;
      found.push({ ...where, change, severity: isHazard(change) ? "error" : "warning", message: messageFor(change) });
    }
  };
  for (const token of markdownTokens(file)) {
    if (token.type === "html_block") ask(token.content, spanOf(file, lines, token));
    if (token.type !== "inline" || !token.children?.length) continue;
    const where = spanOf(file, lines, token);
    // The inline HTML of a paragraph, joined, reads as the browser reads it (an <a> and its </a>).
    const inline = token.children.filter((child) => child.type === "html_inline").map((child) => child.content);
    if (inline.length) ask(inline.join(""), where);
    for (const child of token.children) {
      if (child.type === "link_open" || child.type === "image") {
        // A URL markdown-it accepted (a `data:` image, or any through a site's plugin) that the sanitiser refuses.
        const url = String(child.attrGet(child.type === "image" ? "src" : "href") ?? "");
        if (sanitiserChanges(linkAsHtml(child, url)).length === 0) continue;
        const scheme = schemeWithColon(url);
        const kind = child.type === "image" ? "image" : "link";
        found.push({ ...where, change: { tag: "", attribute: scheme || url.slice(0, 20).toLowerCase(), what: "" }, severity: "error", message: `${scheme || "this"} URL in a Markdown ${kind}: the site does not publish it; ${kind === "image" ? "add the image as a file beside the page" : "link to a real page instead"}` });
      } else if (child.type === "text" && child.content.includes(":")) {
        // Links markdown-it refused to make stay text, but the editor meant a link, and a laxer renderer would make one.
        const match = MARKDOWN_SCRIPT_LINK.exec(child.content);
        if (!match) continue;
        const scheme = `${(SCHEME_IN_LINK.exec(match[0])?.[1] ?? "javascript").toLowerCase()}:`;
        found.push({ ...where, change: { tag: "", attribute: scheme, what: "" }, severity: "error", message: `${scheme} URL in a Markdown link: link to a real page instead` });
      }
    }
  }
  return found;
}

function checkFile(file: CheckFile): Diagnostic[] {
  // Most pages have no raw HTML and no link with a scheme the site refuses: skip their tokens.
  if (!file.body.includes("<") && !/(?:script|data):/i.test(file.body)) return [];
  const lines = new LineIndex(file.text);
  const found = findings(file, lines);
  if (found.length === 0) return [];
  const lower = file.text.toLowerCase();
  const cursors = new Map<number, SourceCursor>();
  return found.map(({ start, end, change, severity, message }) => {
    let cursor = cursors.get(start);
    if (!cursor) cursors.set(start, (cursor = new SourceCursor(lower, lines, start, end)));
    return { file: file.path, ...cursor.locate(change), rule: RULE, severity, message };
  });
}

export const unsafeHtmlRule: Rule = {
  name: RULE,
  summary: "nothing the sanitiser removes: <script>, event handlers, javascript: and data: URLs, embeds, <base>, <meta>…",
  check(context) {
    return context.files.filter((file) => file.readable && file.kind !== "talk").flatMap(checkFile);
  },
};
