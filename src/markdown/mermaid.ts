// ```mermaid fences become diagrams. The source stays in the page as escaped
// text, so without JavaScript readers still see (and screen readers still read)
// the diagram's definition; the mermaid script, loaded only on pages where
// hasMermaid() is true, swaps it for an SVG.

import type { MarkdownIt } from "markdown-it";

/** The element mermaid.run() looks for; its default selector is ".mermaid". */
const DIAGRAM_OPEN = '<pre class="mermaid">';

/** A fence is a diagram when its first info word is `mermaid`, in any case. The checker uses this too. */
export function isMermaidFence(info: string): boolean {
  return info.trim().split(/\s+/u)[0]?.toLowerCase() === "mermaid";
}

/** The HTML for one diagram; `source` is escaped here. */
export function renderMermaid(source: string, escapeHtml: (text: string) => string): string {
  const body = escapeHtml(source.replace(/\n$/u, ""));
  return `<figure class="diagram">${DIAGRAM_OPEN}${body}</pre></figure>\n`;
}

/** True when rendered HTML contains a diagram, so the layout should load mermaid. */
export function hasMermaid(html: string): boolean {
  return html.includes(DIAGRAM_OPEN);
}

/**
 * Plugin: renders mermaid fences at any depth (list items, blockquotes) and
 * hands every other fence to the previous rule. That rule reads
 * `md.options.highlight` at render time, so a highlighter set later (Eleventy's
 * syntax highlight plugin calls md.set) still applies to other languages.
 */
export function mermaidFences(md: MarkdownIt): void {
  const previous = md.renderer.rules.fence;
  md.renderer.rules.fence = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    if (token && isMermaidFence(token.info)) {
      return renderMermaid(token.content, md.utils.escapeHtml);
    }
    return previous ? previous(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
  };
}
