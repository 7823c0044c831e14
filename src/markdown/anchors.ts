// Heading ids and self-links. Every heading h1-h6 gets an id from our slugify
// and a link to itself, so any section of a meeting log can be shared.
//
// The ids are given by our own core rule, in one pass over the tokens. It does what
// markdown-it-anchor 10's rule does with our options (level 1, tabIndex false, a
// permalink function) and uses that plugin's own permalink renderers, so the HTML is
// the same; what it does not do is look for each heading again from the start of the
// token list (`tokens.indexOf`, once per heading) or count duplicate suffixes up from
// -1 every time (`notes-1`, `notes-2`, … tried afresh for each "Notes"): both made a page
// of 100,000 headings take minutes.

import type { MarkdownIt, Token } from "markdown-it";
import anchor from "markdown-it-anchor";
import { slugify } from "./slugify.ts";
import { oldHeadingId, type OldHeadingIds } from "./oldHeadingIds.ts";
import { escapeHtml } from "./html.ts";

/** Class of every heading self-link, for styling. */
export const SELF_LINK_CLASS = "header-anchor";
/** Class the stylesheet must define to hide text visually but keep it for screen readers. */
export const VISUALLY_HIDDEN_CLASS = "visually-hidden";

// The usual case: the heading text itself is the link (the MDN pattern). Its
// name is the heading text, so axe's link-name rule is satisfied and the
// heading reads exactly as written. The span keeps Safari's reader view working.
const wrapHeadingInLink = anchor.permalink.headerLink({ class: SELF_LINK_CLASS, safariReaderFix: true });

// A heading that already contains a link (or a footnote reference) cannot be
// wrapped: nested <a> elements are invalid and browsers split them apart. Those
// get a small "#" link after the text with a visually hidden label instead.
const appendSelfLink = anchor.permalink.linkInsideHeader({
  class: SELF_LINK_CLASS,
  placement: "after",
  symbol: `<span class="${VISUALLY_HIDDEN_CLASS}">Link to this section</span><span aria-hidden="true">#</span>`,
});

function containsLink(children: Token[]): boolean {
  return children.some(
    (token) =>
      token.type === "link_open" ||
      token.type === "footnote_ref" ||
      (token.type === "html_inline" && /^<a[\s>]/iu.test(token.content)),
  );
}

/** The options the permalink renderers are handed (they read only their own). */
const PERMALINK_CONTEXT: anchor.PermalinkOptions = {};

type CoreState = Parameters<anchor.PermalinkGenerator>[2];

function selfLink(slug: string, state: CoreState, index: number): void {
  const children = state.tokens[index + 1]?.children ?? [];
  const render = containsLink(children) ? appendSelfLink : wrapHeadingInLink;
  render(slug, PERMALINK_CONTEXT, state, index);
}

/** A heading's text as markdown-it-anchor reads it: its text and code spans, markup left out. */
export function headingText(children: readonly Token[]): string {
  let text = "";
  for (const child of children) if (child.type === "text" || child.type === "code_inline") text += child.content;
  return text;
}

/**
 * The ids used on one page. The first heading with a slug keeps it; later ones get the first
 * free `-1`, `-2`, … (so "Notes", "Notes 1", "Notes" are notes, notes-1, notes-2). Ids are
 * only ever added, so each slug remembers where its search for a free suffix stopped.
 */
export class HeadingIds {
  private readonly used = new Set<string>();
  private readonly nextSuffix = new Map<string, number>();

  /** Whether an id is taken on this page. */
  has(id: string): boolean {
    return this.used.has(id);
  }

  /** The first free id for `slug`, now taken. */
  claim(slug: string): string {
    let id = slug;
    if (this.used.has(id)) {
      let suffix = this.nextSuffix.get(slug) ?? 1;
      do id = `${slug}-${suffix++}`;
      while (this.used.has(id));
      this.nextSuffix.set(slug, suffix);
    }
    this.used.add(id);
    return id;
  }
}

/**
 * Ids and self-links for every heading, in one pass. An id some other plugin set is kept and
 * must be unique on the page, as markdown-it-anchor requires (`failOnNonUnique`). Each render
 * starts with no ids taken, so a page rendered twice keeps its ids (Eleventy passes the page's
 * data as `env`, where markdown-it-anchor kept them).
 */
function assignHeadingIds(state: CoreState, selfLinks: boolean, oldIds: OldHeadingIds | undefined): void {
  const ids = new HeadingIds();
  const tokens = state.tokens;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.type !== "heading_open") continue;
    const given = token.attrGet("id");
    let id: string;
    if (given === null || given === undefined) {
      const text = headingText(tokens[index + 1]?.children ?? []);
      id = ids.claim(slugify(text));
      // The id the heading had before the site moved in, as an extra target, if it differs and is free.
      const old = oldIds ? oldHeadingId(text, oldIds) : "";
      if (old && old !== id && !ids.has(old)) {
        ids.claim(old);
        token.meta = { ...(token.meta ?? {}), oldId: old };
        const target = new state.Token("html_inline", "", 0);
        target.content = `<span id="${escapeHtml(old)}"></span>`;
        tokens[index + 1]?.children?.unshift(target);
      }
    }
    else {
      const written = String(given);
      if (ids.has(written)) throw new Error(`User defined \`id\` attribute \`${written}\` is not unique. Please fix it in your Markdown to continue.`);
      id = ids.claim(written);
    }
    token.attrSet("id", id);
    // The renderers change only this heading's inline children, so `index` stays this heading's.
    if (selfLinks) selfLink(id, state, index);
  }
}

/** Plugin: ids on all headings (duplicates get -1, -2; the first keeps the plain id) and self-links. */
export function headingAnchors(md: MarkdownIt, options: { selfLinks?: boolean; oldIds?: OldHeadingIds } = {}): void {
  const selfLinks = options.selfLinks !== false;
  // Named "anchor", as markdown-it-anchor's rule is, for plugins that place rules around it.
  md.core.ruler.push("anchor", (state) => assignHeadingIds(state, selfLinks, options.oldIds));
}
