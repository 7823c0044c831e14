/**
 * Runs a built site's own `pagefind/pagefind.js` in Node, the way a browser would: the
 * module fetches its index from `/pagefind/…`, which a fetch shim answers from the output
 * folder on disk. Searching the real bundle tests what readers get, not a model of it.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";

export interface PagefindAnchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  anchor?: PagefindAnchor;
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: PagefindAnchor[];
  sub_results: PagefindSubResult[];
}

interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface SiteSearch {
  /** Every result's data, best first. */
  search(term: string | null, filters?: Record<string, unknown>): Promise<PagefindResultData[]>;
  /** Filter names → values → page counts. */
  filters(): Promise<Record<string, Record<string, number>>>;
}

let installed = false;
/** `/site-1/` → the output folder it stands for; each loaded site gets its own prefix. */
const sites = new Map<string, string>();

/** Answers `/site-N/…` from that site's output folder, like a static server would. */
function installFetchShim(): void {
  if (installed) return;
  installed = true;
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const raw = input instanceof Request ? input.url : String(input);
    const match = /^\/(site-\d+)\/([^?#]*)/.exec(raw);
    const root = match ? sites.get(match[1]!) : undefined;
    if (!match || !root) return realFetch(input, init);
    try {
      return new Response(await readFile(path.join(root, match[2]!)), { status: 200 });
    } catch {
      return new Response("not found", { status: 404 });
    }
  };
}

let loads = 0;

export async function loadSiteSearch(output: string): Promise<SiteSearch> {
  installFetchShim();
  const site = `site-${++loads}`;
  sites.set(site, output);
  // A query string makes a separate module instance: Pagefind keeps its index in module state.
  const pagefind = (await import(`${pathToFileURL(path.join(output, "pagefind/pagefind.js")).href}?${site}`)) as PagefindModule;
  // The bundle is fetched as `/site-N/pagefind/…`; results come back as the site's own URLs.
  await pagefind.options({ basePath: `/${site}/pagefind/`, baseUrl: "/" });
  return {
    async search(term, filters) {
      const response = await pagefind.search(term, filters ? { filters } : {});
      return Promise.all(response.results.map((result) => result.data()));
    },
    filters: () => pagefind.filters(),
  };
}
