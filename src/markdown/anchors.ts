// Heading ids and self-links. Every heading h1-h6 gets an id from our slugify
// and a link to itself, so any section of a meeting log can be shared.

import type { MarkdownIt, Token } from "markdown-it";
import anchor from "markdown-it-anchor";
import { slugify } from "./slugify.ts";

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

const selfLink: anchor.PermalinkGenerator = (slug, options, state, index) => {
  const children = state.tokens[index + 1]?.children ?? [];
  const render = containsLink(children) ? appendSelfLink : wrapHeadingInLink;
  render(slug, options, state, index);
};

/**
 * markdown-it-anchor keeps used ids on `env`, and Eleventy passes the page's
 * data object as `env`; a page rendered twice would then get "notes-1" where
 * it had "notes". Starting each render with an empty registry keeps ids stable.
 */
function freshIdsPerRender(md: MarkdownIt): void {
  md.core.ruler.before("anchor", "anchor_fresh_ids", (state) => {
    state.env.markdownItAnchor = { slugs: {} };
  });
}

/** Plugin: ids on all headings (duplicates get -1, -2; the first keeps the plain id) and self-links. */
export function headingAnchors(md: MarkdownIt): void {
  md.use(anchor, {
    level: 1,
    slugify,
    permalink: selfLink,
    // No tabindex="-1" on headings: browsers move the focus start point to the
    // target of a fragment link on their own, and it keeps the markup plain.
    tabIndex: false,
  });
  freshIdsPerRender(md);
}
