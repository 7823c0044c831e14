/**
 * Breadcrumbs from the URL: each ancestor path that is a real page becomes a crumb, titled
 * as that page is. Ancestors with no page (`/meetups/` above `/meetups/notes/`) are skipped.
 */
import type { CollectionItem } from "../eleventy/types.ts";

export interface Crumb {
  label: string;
  url: string;
}

const titlesByList = new WeakMap<object, Map<string, string>>();

/** URL → title for every page, built once per build (collections are new arrays each build). */
function titles(items: CollectionItem[]): Map<string, string> {
  let map = titlesByList.get(items);
  if (!map) {
    map = new Map();
    for (const item of items) {
      if (typeof item.url === "string") map.set(item.url, String(item.data.title ?? item.fileSlug));
    }
    titlesByList.set(items, map);
  }
  return map;
}

export function breadcrumbs(pageUrl: string | false | undefined, items: CollectionItem[], homeLabel = "Home"): Crumb[] {
  if (typeof pageUrl !== "string" || pageUrl === "/") return [];
  const known = titles(items);
  const crumbs: Crumb[] = [{ label: homeLabel, url: "/" }];
  const segments = pageUrl.split("/").filter(Boolean);
  for (let i = 1; i < segments.length; i++) {
    const url = `/${segments.slice(0, i).join("/")}/`;
    const label = known.get(url);
    if (label) crumbs.push({ label, url });
  }
  return crumbs;
}
