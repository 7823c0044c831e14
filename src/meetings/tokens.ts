// Token helpers shared by the log and file parsers. We read markdown-it tokens,
// not lines, so code fences, setext headings and HTML blocks are understood
// exactly as the renderer understands them, and heading ids come for free.

import type { MarkdownIt, Token } from "markdown-it";
import { plainHeadingText } from "../markdown/plain-text.ts";

/**
 * Block tokens of a body, parsed by `md` (the site's one instance, so ids are exactly those
 * on the page); [] for anything that is not a string or fails to parse. `env` is
 * markdown-it's per-document state (markdown-it-anchor keeps used ids on it): a fresh one
 * per call unless the caller keeps it to render the tokens later.
 */
export function parseBlocks(md: MarkdownIt, markdown: unknown, env: object = {}): Token[] {
  if (typeof markdown !== "string" || markdown.trim() === "") return [];
  try {
    return md.parse(markdown, env);
  } catch {
    // Callers promise never to throw (the checker feeds them every file); a
    // page markdown-it cannot parse fails the build elsewhere, loudly.
    return [];
  }
}

// Only runs of two or more, or a single non-space (tab, no-break space), need
// replacing; matching those alone is several times faster than /\s+/ on prose.
const WHITESPACE_TO_COLLAPSE = /\s{2,}|[^\S ]/gu;
const HORIZONTAL_WHITESPACE_TO_COLLAPSE = /[^\S\n]{2,}|[^\S\n ]/gu;

/** Whitespace of any kind (including no-break spaces) collapsed to one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(WHITESPACE_TO_COLLAPSE, " ").trim();
}

/**
 * The visible text of an inline token: text, code and image alt text; raw HTML
 * and footnote markers dropped. Line breaks become "\n" when asked for (inline
 * attendee lists), spaces otherwise. With `maxLength`, only about that many
 * characters from the start are read, so a long paragraph costs no more than a short one.
 */
export function inlineText(token: Token | undefined, keepLineBreaks = false, maxLength = Infinity): string {
  const children = token?.children;
  let text = "";
  if (!children) {
    text = token?.content ?? "";
  } else {
    for (const child of children) {
      if (child.type === "text" || child.type === "code_inline" || child.type === "image") {
        text += child.content;
      } else if (child.type === "softbreak" || child.type === "hardbreak") {
        text += keepLineBreaks ? "\n" : " ";
      }
      if (text.length >= maxLength) break;
    }
  }
  if (text.length > maxLength) text = text.slice(0, maxLength);
  return keepLineBreaks ? text.replace(HORIZONTAL_WHITESPACE_TO_COLLAPSE, " ").trim() : collapseWhitespace(text);
}

/**
 * Heading text exactly as slugify sees it: markdown-it-anchor joins the text and
 * code children (nothing else), and slugify reads that through plainHeadingText.
 * Using the same steps means a heading is a meeting here iff its id is a date.
 */
export function anchorText(inline: Token | undefined): string {
  let text = "";
  for (const child of inline?.children ?? []) {
    if (child.type === "text" || child.type === "code_inline") text += child.content;
  }
  return plainHeadingText(text);
}

/** 1-6 for "h1"-"h6"; 0 for anything else. */
export function headingLevel(token: Token): number {
  const level = Number(token.tag.slice(1));
  return token.tag.startsWith("h") && level >= 1 && level <= 6 ? level : 0;
}

/** Index of the token closing the block opened at `open` (same type family and level), or `end`. */
export function closingIndex(tokens: readonly Token[], open: number, end: number): number {
  const opener = tokens[open];
  if (!opener) return end;
  const closeType = opener.type.endsWith("_open") ? `${opener.type.slice(0, -5)}_close` : opener.type;
  // Headings and paragraphs always hold exactly one inline token: skip the scan.
  const likely = tokens[open + 2];
  if (likely && likely.type === closeType && likely.level === opener.level && open + 2 < end) return open + 2;
  for (let i = open + 1; i < end; i++) {
    const token = tokens[i];
    if (token && token.type === closeType && token.level === opener.level) return i;
  }
  return end;
}

/** Plain text of each top-level item of the list opened at `open`; nested lists are skipped. */
export function listItemTexts(tokens: readonly Token[], open: number, close: number): string[] {
  const itemLevel = (tokens[open]?.level ?? 0) + 1;
  const items: string[] = [];
  for (let i = open + 1; i < close; i++) {
    const token = tokens[i];
    if (token?.type !== "list_item_open" || token.level !== itemLevel) continue;
    // An item's own text is its first paragraph; an item that starts with a fence has none.
    if (tokens[i + 1]?.type !== "paragraph_open") continue;
    const text = inlineText(tokens[i + 2]);
    if (text !== "") items.push(text);
  }
  return items;
}
