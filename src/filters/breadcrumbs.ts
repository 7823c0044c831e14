/**
 * Breadcrumbs from the URL: each ancestor path that is a real page becomes a crumb, titled
 * as that page is. Ancestors with no page (`/meetups/` above `/meetups/notes/`) are skipped.
 *
 * Titles come from data (the pages written in content/, the groups, and the site's own
 * listing pages), not from `collections.all`: a layout that reads a collection is re-rendered
 * on every incremental rebuild, and every page has breadcrumbs.
 */
export interface Crumb {
  label: string;
  url: string;
}

/** Pages the tool itself generates, by URL. Navigation labels take precedence. */
export const GENERATED_TITLES: Record<string, string> = {
  "/blog/": "Blog",
  "/guides/": "Guides",
  "/talks/": "Talks",
  "/tags/": "Tags",
  "/meetings/": "Meetings",
  "/special-interest/": "Special-interest groups",
};

export function breadcrumbs(
  pageUrl: string | false | undefined,
  titles: Record<string, string>,
  homeLabel = "Home",
): Crumb[] {
  if (typeof pageUrl !== "string" || pageUrl === "/") return [];
  const crumbs: Crumb[] = [{ label: homeLabel, url: "/" }];
  const segments = pageUrl.split("/").filter(Boolean);
  for (let i = 1; i < segments.length; i++) {
    const url = `/${segments.slice(0, i).join("/")}/`;
    const label = titles[url] ?? GENERATED_TITLES[url];
    if (label) crumbs.push({ label, url });
  }
  return crumbs;
}
