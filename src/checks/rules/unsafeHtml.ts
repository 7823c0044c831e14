/**
 * Raw HTML that would run code or pull other pages into ours: `<script>`, `<iframe>`,
 * `<object>`, `<embed>`, `<style>`, inline event handlers and `javascript:` URLs. Only what
 * markdown-it hands over as HTML (html_block, html_inline) is read as HTML, so a guide that
 * shows `<script>` in a code span or fence is not reported. Tags are read with a small
 * tokenizer that follows the HTML rules for attributes (quoted, unquoted, entity-encoded)
 * rather than a regex over the whole text, which quoted `>` and entities would fool.
 */
import type { Token } from "markdown-it";
import type { Diagnostic } from "../../diagnostics/diagnostic.ts";
import { markdownTokens, tokenLine } from "../tokens.ts";
import { LineIndex, type CheckFile, type Rule } from "../types.ts";

const RULE = "unsafe-html";

const FORBIDDEN_ELEMENTS: Record<string, string> = {
  script: "scripts in content would run in every reader's browser",
  iframe: "it embeds another site's page in ours",
  object: "it embeds content the site cannot check",
  embed: "it embeds content the site cannot check",
  style: "page-wide styles in content can break the site's layout",
};

// Attributes whose value is a URL a browser follows or loads.
const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "cite", "srcset"]);

export interface HtmlProblem {
  /** Offset in the HTML text of the tag or attribute. */
  offset: number;
  message: string;
}

/** The few entities an attacker uses to hide `javascript:`, plus numeric ones. */
function decodeEntities(value: string): string {
  const named: Record<string, string> = { colon: ":", tab: "\t", newline: "\n", amp: "&", lpar: "(", rpar: ")", sol: "/" };
  return value.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));?/gi, (whole, dec: string, hex: string, name: string) => {
    if (dec || hex) {
      const code = dec ? Number(dec) : parseInt(hex, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return named[name.toLowerCase()] ?? whole;
  });
}

/** True for a URL a browser would run as script: it strips controls and spaces around, tabs and newlines within. */
export function isJavascriptUrl(value: string): boolean {
  const url = decodeEntities(value).replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+/, "");
  return /^javascript:/i.test(url);
}

const TAG_NAME = /<([a-zA-Z][^\s/>]*)/y;
const ATTRIBUTE_NAME = /[^\s/>][^\s/>=]*/y;
const UNQUOTED_VALUE = /[^\s>]*/y;
const SPACE = /[\s/]*/y;

function sticky(pattern: RegExp, text: string, at: number): string {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0] ?? "";
}

/** Every forbidden element, event handler and `javascript:` URL in a piece of HTML. */
export function htmlProblems(html: string): HtmlProblem[] {
  const problems: HtmlProblem[] = [];
  let lower: string | undefined;
  let i = html.indexOf("<");
  while (i !== -1 && i < html.length) {
    if (html.startsWith("<!--", i)) {
      const end = html.indexOf("-->", i + 4);
      i = end === -1 ? -1 : html.indexOf("<", end + 3);
      continue;
    }
    TAG_NAME.lastIndex = i;
    const name = TAG_NAME.exec(html)?.[1]?.toLowerCase();
    if (!name) {
      i = html.indexOf("<", i + 1);
      continue;
    }
    const why = FORBIDDEN_ELEMENTS[name];
    if (why) problems.push({ offset: i, message: `<${name}> is not allowed in content: ${why}; to show it as code, put it in backticks` });
    let j = i + 1 + name.length;
    while (j < html.length) {
      j += sticky(SPACE, html, j).length;
      if (j >= html.length || html[j] === ">") break;
      const attribute = sticky(ATTRIBUTE_NAME, html, j);
      const at = j;
      if (attribute === "") break; // cannot happen after SPACE; guards against an endless loop
      j += attribute.length + sticky(/\s*/y, html, j + attribute.length).length;
      if (html[j] !== "=") continue;
      j += 1 + sticky(/\s*/y, html, j + 1).length;
      const quote = html[j];
      let value: string;
      if (quote === '"' || quote === "'") {
        const end = html.indexOf(quote, j + 1);
        value = html.slice(j + 1, end === -1 ? html.length : end);
        j = end === -1 ? html.length : end + 1;
      } else {
        value = sticky(UNQUOTED_VALUE, html, j);
        j += value.length;
      }
      const lower = attribute.toLowerCase();
      if (/^on[a-z]+$/.test(lower)) {
        problems.push({ offset: at, message: `inline event handler ${lower}= on <${name}>: scripts must not run from content; remove the attribute` });
      } else if (URL_ATTRIBUTES.has(lower) && isJavascriptUrl(value)) {
        problems.push({ offset: at, message: `javascript: URL in ${lower}= of <${name}>: link to a real page instead` });
      }
    }
    // Script and style bodies are raw text, not tags: skip to the closing tag.
    if (name === "script" || name === "style") {
      lower ??= html.toLowerCase();
      const close = lower.indexOf(`</${name}`, j);
      j = close === -1 ? html.length : close + 2;
    }
    i = html.indexOf("<", j);
  }
  return problems;
}

// `[x](javascript:…)`, `![x](javascript:…)` and `[x]: javascript:…`: markdown-it refuses these
// links and leaves them as text, but the editor meant a link, and a laxer renderer would make one.
// (`[ \t]*(?:<[ \t]*)?`, not `[ \t]*<?[ \t]*`: two adjacent runs of spaces split a long run every way.)
const MARKDOWN_JAVASCRIPT_LINK = /(?:\]\(|^\[[^\]]*\]:)[ \t]*(?:<[ \t]*)?javascript:/i;

interface Found {
  line: number;
  /** Text to look for in the file's line, for the column. */
  snippet: string;
  message: string;
}

/** Problems in one inline token's children, each with its line (softbreaks move to the next line). */
function inlineProblems(inline: Token, firstLine: number): Found[] {
  const found: Found[] = [];
  let line = firstLine;
  for (const child of inline.children ?? []) {
    if (child.type === "softbreak" || child.type === "hardbreak") line++;
    else if (child.type === "html_inline") found.push(...located(child.content, line));
    else if (child.type === "text" && child.content.includes(":") && MARKDOWN_JAVASCRIPT_LINK.test(child.content)) {
      found.push({ line, snippet: "javascript:", message: "javascript: URL in a Markdown link: link to a real page instead" });
    } else if (child.type === "link_open" || child.type === "image") {
      // Only reachable if a plugin loosens markdown-it's link validation; cheap to keep honest.
      const url = String(child.attrGet(child.type === "image" ? "src" : "href") ?? "");
      if (isJavascriptUrl(url)) found.push({ line, snippet: "javascript:", message: "javascript: URL in a Markdown link: link to a real page instead" });
    }
    // Multi-line HTML tags carry their newlines in their content.
    if (child.type === "html_inline" && child.content.includes("\n")) line += child.content.split("\n").length - 1;
  }
  return found;
}

/** Problems in an HTML text starting at `firstLine`. */
function located(html: string, firstLine: number): Found[] {
  if (!html.includes("<")) return [];
  const cursor = { offset: 0, line: firstLine };
  return htmlProblems(html).map((problem) => {
    for (; cursor.offset < problem.offset; cursor.offset++) if (html.charCodeAt(cursor.offset) === 10) cursor.line++;
    const snippet = html.slice(problem.offset, problem.offset + 40).split("\n")[0]!;
    return { line: cursor.line, snippet, message: problem.message };
  });
}

function checkFile(file: CheckFile): Diagnostic[] {
  // Most pages have no raw HTML, no entities (which can hide `javascript:`) and no script URL: skip their tokens.
  if (!file.body.includes("<") && !file.body.includes("&") && !/javascript:/i.test(file.body)) return [];
  const found: Found[] = [];
  for (const token of markdownTokens(file)) {
    if (token.type === "html_block") found.push(...located(token.content, tokenLine(file, token)));
    else if (token.type === "inline" && token.children?.length) found.push(...inlineProblems(token, tokenLine(file, token)));
  }
  if (found.length === 0) return [];
  const columns = new ColumnFinder(file.text);
  return found.map(({ line, snippet, message }) => ({ file: file.path, line, column: columns.find(line, snippet), rule: RULE, severity: "error", message }));
}

/**
 * Columns of snippets in the file's lines. Content in lists and quotes loses its indent and
 * `>` markers, so each snippet is looked for in the file's own line, case-insensitively.
 * Problems come in file order, so a line's search goes on from where its last one was
 * found (the second `onclick=` of a line gets its own column), and a snippet not found on
 * a line is not looked for there again: a line is read about once, however many problems it holds.
 */
class ColumnFinder {
  private readonly lines: LineIndex;
  private readonly lower = new Map<number, { text: string; from: number; missing: Set<string> }>();

  constructor(text: string) {
    this.lines = new LineIndex(text);
  }

  /** 1-based column of `snippet` on 1-based `line`; 1 when it is not there. */
  find(line: number, snippet: string): number {
    let state = this.lower.get(line);
    if (!state) {
      state = { text: this.lines.lineText(line - 1).toLowerCase(), from: 0, missing: new Set() };
      this.lower.set(line, state);
    }
    const wanted = snippet.toLowerCase();
    if (state.missing.has(wanted)) return 1;
    const index = state.text.indexOf(wanted, state.from);
    if (index === -1) {
      state.missing.add(wanted);
      return 1;
    }
    state.from = index + 1;
    return index + 1;
  }
}

export const unsafeHtmlRule: Rule = {
  name: RULE,
  summary: "no <script>, <iframe>, <object>, <embed>, <style>, inline event handlers or javascript: URLs",
  check(context) {
    return context.files.filter((file) => file.readable && file.kind !== "talk").flatMap(checkFile);
  },
};
