// The project's markdown-it instance. Only wiring lives here; each behaviour
// is a small plugin in its own file. Eleventy uses it with
// `eleventyConfig.setLibrary("md", createMarkdown())`; the syntax highlight
// plugin then sets its own `highlight` option on it.

import markdownIt, { type MarkdownIt } from "markdown-it";
import footnote from "markdown-it-footnote";
import githubAlerts from "markdown-it-github-alerts";
import { headingAnchors } from "./anchors.ts";
import type { OldHeadingIds } from "./oldHeadingIds.ts";
import { mermaidFences } from "./mermaid.ts";
import { escapedFences } from "./fences.ts";
import { admonitions } from "./admonitions.ts";

export interface MarkdownOptions {
  /** Returns highlighted HTML for a fence, or "" to fall back to plain escaping. */
  highlight?: (code: string, lang: string) => string;
  /** Whether headings link to themselves (they always get ids); default true. */
  headingPermalinks?: boolean;
  /** The ids another tool gave headings, kept as extra targets (the `oldHeadingIds` setting). */
  oldHeadingIds?: OldHeadingIds;
}

/** Base markdown-it options: raw HTML allowed (editors embed it), bare URLs linked, no smart quotes. */
export const markdownItOptions = {
  html: true,
  linkify: true,
  typographer: false,
} as const;

export function createMarkdown(options: MarkdownOptions = {}): MarkdownIt {
  const md = markdownIt({ ...markdownItOptions, highlight: options.highlight ?? null });
  // Eleventy disables indented code blocks (so indented HTML in Markdown is not
  // shown as code); do the same so the checker and feeds render like the site.
  md.disable("code");
  // Mermaid after escapedFences: its rule runs first, and hands other fences to the escaping one.
  return md.use(footnote).use(githubAlerts).use(admonitions).use(headingAnchors, { selfLinks: options.headingPermalinks !== false, ...(options.oldHeadingIds ? { oldIds: options.oldHeadingIds } : {}) }).use(escapedFences).use(mermaidFences);
}

export { hasMermaid, renderMermaid } from "./mermaid.ts";
export { slugify } from "./slugify.ts";
export { SELF_LINK_CLASS, VISUALLY_HIDDEN_CLASS } from "./anchors.ts";
