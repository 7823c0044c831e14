/**
 * Breadcrumbs from the URL: each ancestor path that is a real page becomes a crumb, titled
 * as that page is. Ancestors with no page (`/meetups/` above `/meetups/notes/`) are skipped.
 * `titles` is the content model's `pageTitles`: the site's pages, its groups and the tool's
 * own listing pages.
 */
export interface Crumb {
  label: string;
  url: string;
}

export function breadcrumbs(pageUrl: string | false | undefined, titles: Readonly<Record<string, string>>, homeLabel = "Home"): Crumb[] {
  if (typeof pageUrl !== "string" || pageUrl === "/") return [];
  const crumbs: Crumb[] = [{ label: homeLabel, url: "/" }];
  const segments = pageUrl.split("/").filter(Boolean);
  for (let i = 1; i < segments.length; i++) {
    const url = `/${segments.slice(0, i).join("/")}/`;
    const label = titles[url];
    if (label) crumbs.push({ label, url });
  }
  return crumbs;
}
