/**
 * Redirects from a page's old addresses, as Jekyll sites keep them (`redirect_from`, from
 * the jekyll-redirect-from plugin): each old address gets a small page that sends the
 * visitor on to the page's address, so links from elsewhere keep working after a move.
 */
import type { CollectionItem } from "../eleventy/types.ts";

export interface Redirect {
  /** The old address, root-relative (`/old/` or `/old.html`). */
  from: string;
  /** Where the redirect page is written, from the output folder's root. */
  output: string;
  /** The page's address. */
  to: string;
  title: string;
}

export interface RedirectProblem {
  inputPath: string;
  message: string;
}

/** `redirect_from` as written: one address or a list of them. */
function addressesOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** An old address as a root-relative path, or why it cannot be one. */
export function oldAddress(value: unknown): { from: string; output: string } | { problem: string } {
  if (typeof value !== "string" || value.trim() === "") return { problem: "is not an address such as /old-page/" };
  const written = value.trim();
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(written)) return { problem: `${JSON.stringify(written)} is on another site; redirect_from takes this site's old addresses, such as /old-page/` };
  if (/[?#]/.test(written)) return { problem: `${JSON.stringify(written)} has a query or fragment, which a static page cannot be found by` };
  const from = `/${written.replace(/^\/+/, "")}`;
  if (from.split("/").some((segment) => segment === ".." || segment === ".")) return { problem: `${JSON.stringify(written)} climbs with . or ..; write the old address from the site's root` };
  const output = from.endsWith("/") ? `${from}index.html` : /\.html?$/i.test(from) ? from : `${from}/index.html`;
  return { from, output };
}

/** Every redirect the published pages ask for, and the old addresses that cannot be one. */
export function redirectsOf(items: readonly CollectionItem[]): { redirects: Redirect[]; problems: RedirectProblem[] } {
  const pages = new Set<string>();
  for (const item of items) if (typeof item.url === "string") pages.add(item.url);
  const taken = new Map<string, string>();
  const redirects: Redirect[] = [];
  const problems: RedirectProblem[] = [];
  for (const item of [...items].sort((a, b) => a.inputPath.localeCompare(b.inputPath))) {
    if (typeof item.url !== "string") continue;
    for (const value of addressesOf(item.data.redirect_from)) {
      const address = oldAddress(value);
      if ("problem" in address) {
        problems.push({ inputPath: item.inputPath, message: `redirect_from ${address.problem}` });
        continue;
      }
      const folder = address.output.replace(/index\.html$/, "");
      if (pages.has(address.from) || pages.has(folder)) {
        problems.push({ inputPath: item.inputPath, message: `redirect_from ${address.from} is the address of a page the site has; a redirect there would replace it` });
        continue;
      }
      const earlier = taken.get(address.output);
      if (earlier !== undefined) {
        if (earlier !== item.url) problems.push({ inputPath: item.inputPath, message: `redirect_from ${address.from} is already an old address of ${earlier}` });
        continue;
      }
      taken.set(address.output, item.url);
      redirects.push({ ...address, to: item.url, title: String(item.data.title ?? item.url) });
    }
  }
  return { redirects, problems };
}
