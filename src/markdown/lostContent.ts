/**
 * Markdown that hides what follows it, found in the tokens a page is rendered from:
 *
 * - an HTML comment that is never closed: markdown-it passes `<!-- TODO` and everything after
 *   it through as one comment, so the rest of the page (and its meetings) is not shown;
 * - an element whose content browsers read as raw text (`<textarea>`, `<title>`, `<script>`,
 *   `<xmp>`, …) that is never closed: the rest of the page becomes its text;
 * - nesting deeper than markdown-it's limit (`maxNesting`): markdown-it stops reading there.
 *
 * Each is a located error, since the page would quietly lose text.
 */
import type { Token } from "markdown-it";

export interface LostContent {
  /** 0-based line of the body where it starts. */
  line: number;
  message: string;
}

const RAW_TEXT = /<(textarea|title|script|style|xmp|noembed|noframes|noscript|plaintext|iframe)(?=[\s/>]|$)/gi;

export function lostContentIn(tokens: readonly Token[], source: string, maxNesting: number): LostContent[] {
  const found: LostContent[] = [];
  // Where each line starts, and where each element's last end tag is: an element opened
  // before its last end tag is closed by it. One pass each, so the check stays linear.
  // Made only for a page with raw HTML in it.
  let lineStarts: number[] | undefined;
  const lineStart = (line: number) => {
    if (!lineStarts) {
      lineStarts = [0];
      for (let at = source.indexOf("\n"); at !== -1; at = source.indexOf("\n", at + 1)) lineStarts.push(at + 1);
    }
    return lineStarts[line] ?? source.length;
  };
  let lower: string | undefined;
  const lastEndTag = new Map<string, number>();
  const closedAfter = (name: string, offset: number) => {
    lower ??= source.toLowerCase();
    if (!lastEndTag.has(name)) lastEndTag.set(name, lower.lastIndexOf(`</${name}`));
    return lastEndTag.get(name)! > offset;
  };
  /** The first raw-text element opened in `html` (which starts at `offset`) and never closed. */
  const unclosedRawText = (html: string, offset: number): string | undefined => {
    for (const match of html.matchAll(RAW_TEXT)) {
      const name = match[1]!.toLowerCase();
      // `<plaintext>` never ends; the others end at their end tag, anywhere after.
      if (name === "plaintext" || !closedAfter(name, offset + match.index)) return name;
    }
    return undefined;
  };
  const unclosedMessage = (name: string) => `<${name}> is never closed, so browsers would read the rest of the page as its text; close it with </${name}>, or remove it`;

  let lastLine = 0;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.map) lastLine = token.map[0];
    if (token.type === "html_block") {
      // markdown-it ends a comment block at the first line with `-->` (`<!-->` included), else at the end of the page.
      if (/^\s*<!--/.test(token.content) && !token.content.includes("-->")) {
        found.push({ line: lastLine, message: "this HTML comment is never closed with -->, so everything after it is hidden from the page; close it, or remove it" });
        continue;
      }
      const name = unclosedRawText(token.content, lineStart(lastLine));
      if (name) found.push({ line: lastLine, message: unclosedMessage(name) });
      continue;
    }
    if (token.type === "inline") {
      for (const child of token.children ?? []) {
        const name = child.type === "html_inline" ? unclosedRawText(child.content, lineStart(lastLine)) : undefined;
        if (name) {
          found.push({ line: lastLine, message: unclosedMessage(name) });
          break;
        }
      }
      continue;
    }
    // A container opened at the last level markdown-it reads, and closed at once: its content was not read.
    const next = tokens[index + 1];
    if (token.nesting === 1 && token.level >= maxNesting - 1 && next?.nesting === -1 && next.level === token.level) {
      found.push({ line: lastLine, message: `the text here is nested more than ${maxNesting} levels deep (quotes or lists inside each other), and Markdown stops reading there; nest it less` });
      break;
    }
  }
  return found;
}
