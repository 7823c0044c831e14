/**
 * The Content-Security-Policy every page carries, as a `<meta http-equiv>` in its `<head>`
 * (GitHub Pages cannot send headers). Everything comes from the site itself ('self', which
 * also covers a site built under a path prefix); a page is allowed more only for what the
 * one script it loads was seen to need in Chromium:
 *
 * - a page with a diagram (`content | hasMermaid`): mermaid writes `<style>` elements into
 *   each SVG and sets `style` attributes on its nodes, so `style-src 'unsafe-inline'`;
 * - the search page: Pagefind compiles its WebAssembly in a web worker (whose policy is its
 *   own response's, not this page's), but falls back to the page itself when the worker fails
 *   or takes over 5 s to start, and that needs `script-src 'wasm-unsafe-eval'`.
 *
 * Scripts never get 'unsafe-inline' or 'unsafe-eval'. `frame-ancestors` (who may frame the
 * page) cannot be set this way: browsers ignore it in a `<meta>` policy, and GitHub Pages
 * offers no header to send it in, so the site cannot forbid framing.
 */

/** What a page loads beyond the site's own HTML, CSS and images. */
export interface PagePolicyNeeds {
  /** The search page, which runs Pagefind. */
  search?: boolean;
  /** A page with a mermaid diagram. */
  mermaid?: boolean;
}

/** The policy for one page, directives in a fixed order: `default-src 'self'; script-src 'self'; …`. */
export function contentSecurityPolicy({ search = false, mermaid = false }: PagePolicyNeeds = {}): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", ...(search ? ["'wasm-unsafe-eval'"] : [])],
    ["style-src", "'self'", ...(mermaid ? ["'unsafe-inline'"] : [])],
    // Markdown images may be data: URIs.
    ["img-src", "'self'", "data:"],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["form-action", "'self'"],
  ];
  return directives.map((sources) => sources.join(" ")).join("; ");
}
