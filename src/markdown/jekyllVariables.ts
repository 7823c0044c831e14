/**
 * Jekyll's link variables in Markdown, read as the addresses they stand for, so a Jekyll site
 * moves in with its links as written: `{{ site.baseurl }}`, `{{ site.url }}`,
 * `{{ "/x/" | relative_url }}`, `{{ "/x/" | absolute_url }}` and `{{ "/x/" | prepend:
 * site.baseurl }}`, and the tags `{% link path/from/the/content/folder.md %}` and
 * `{% post_url 2019-05-04-welcome %}` (when `addressOf` knows the file). Nothing is run: these
 * few fixed forms are replaced by their values
 * before the text is read as Markdown (outside code, which keeps them as written), and any
 * other `{{ }}` or `{% %}` stays a template tag, which the template check reports.
 *
 * `site.baseurl` is empty here because the build adds the site's path prefix to every
 * root-relative link itself; `site.url` is the site's address with its prefix.
 */
import type { MarkdownIt } from "markdown-it";
import { codeSpanRanges } from "./codeSpans.ts";

// One expression; a quoted path contains no quote, brace or line break.
const VARIABLE =
  /\{\{-?[ \t]*(?:site\.baseurl|site\.url|(["'])([^"'{}\n]*)\1[ \t]*\|[ \t]*(relative_url|absolute_url|prepend:[ \t]*site\.baseurl))[ \t]*-?\}\}/g;

// `{% link path %}` and `{% post_url name %}`: a path or post name without spaces or braces.
const LINK_TAG = /\{%-?[ \t]*(link|post_url)[ \t]+([^\s{}%]+)[ \t]*-?%\}/g;

export interface JekyllVariablesOptions {
  /** The site's address with its path prefix, ending in `/` (settings `base`). */
  base: string;
  /**
   * The address of a content file by its path from the content folder (`{% link %}`), or of a
   * post by its file name without extension (`{% post_url %}`); undefined when there is none.
   * The link check then checks the address like any other.
   */
  addressOf?: (kind: "link" | "post_url", written: string) => string | undefined;
}

/** Both forms in one expression (the variable's groups first: its `\1` stays the quote), read in one pass. */
const JEKYLL_LINK = new RegExp(`${VARIABLE.source}|${LINK_TAG.source}`, "g");

/** `text` with the link variables and tags replaced, except inside code spans when `skipCode`. */
export function replaceJekyllVariables(text: string, { base, addressOf }: JekyllVariablesOptions, skipCode = true): string {
  if (!text.includes("{{") && !(addressOf && text.includes("{%"))) return text;
  const code = skipCode && text.includes("`") ? codeSpanRanges(text) : [];
  // Matches come in order, so one pointer walks the code spans once.
  let span = 0;
  return text.replace(
    JEKYLL_LINK,
    (whole: string, _quote: string | undefined, written: string | undefined, filter: string | undefined, tag: "link" | "post_url" | undefined, named: string | undefined, offset: number) => {
      while (span < code.length && code[span]![1] <= offset) span++;
      if (span < code.length && code[span]![0] <= offset) return whole;
      if (tag !== undefined) return addressOf?.(tag, named ?? "") ?? whole;
      if (written === undefined) return whole.includes("site.url") ? base.replace(/\/$/, "") : "";
      if (filter === "absolute_url") return new URL(written.replace(/^\//, ""), base).href;
      return written;
    },
  );
}

/** markdown-it plugin: replaces the variables in paragraphs and HTML blocks before inline parsing. */
export function jekyllVariables(md: MarkdownIt, options: JekyllVariablesOptions): void {
  md.core.ruler.after("block", "jekyll_variables", (state) => {
    for (const token of state.tokens) {
      if (token.type === "inline") token.content = replaceJekyllVariables(token.content, options);
      else if (token.type === "html_block") token.content = replaceJekyllVariables(token.content, options, false);
    }
  });
}
