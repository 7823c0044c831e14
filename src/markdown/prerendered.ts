/**
 * HTML rendered ahead of Eleventy. The meeting index parses every notes page before Eleventy
 * renders it; rather than parse the same Markdown again, the index renders the tokens it
 * already has with Eleventy's own markdown-it instance (its options include the code
 * highlighter) and leaves the HTML here, keyed by the exact source. Eleventy's `render` takes
 * it out once; anything it does not find is rendered as usual. HTML is kept rather than tokens
 * because it is a tenth of the memory.
 */
import type { MarkdownIt, Token } from "markdown-it";

let site: MarkdownIt | undefined;
const rendered = new Map<string, string>();

/** Makes `md` (Eleventy's instance) the one that pre-renders, and the one whose `render` uses the results. */
export function prerenderFor(md: MarkdownIt): MarkdownIt {
  site = md;
  const render = md.render.bind(md);
  md.render = (source: string, env?: object) => takePrerendered(source) ?? render(source, env);
  return md;
}

/**
 * Renders `tokens` (parsed from `source` with `env`, by an instance configured like the
 * site's) for the site's instance to use later. Does nothing until `prerenderFor` is called.
 */
export function prerender(source: string, tokens: Token[], env: object): void {
  // No tokens may mean markdown-it failed on the page; Eleventy's own render then reports it.
  if (!site || tokens.length === 0) return;
  try {
    rendered.set(source, site.renderer.render(tokens, site.options, env));
  } catch {
    // Left to Eleventy, whose error names the page.
  }
}

export function takePrerendered(source: string): string | undefined {
  const html = rendered.get(source);
  if (html !== undefined) rendered.delete(source);
  return html;
}

/** Drops whatever the last build did not use (a page Eleventy skipped). */
export function clearPrerendered(): void {
  rendered.clear();
}
