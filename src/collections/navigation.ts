/**
 * The sub-navigation beside pages with the `sub-navigation` layout, as GOV.UK Eleventy plugin
 * sites expect it: every published page in it, named by its `eleventyNavigation.key` (or
 * `title`) or its page title, under its `eleventyNavigation.parent` (or at the top, which is where a parent of
 * "Home", the plugin's home key, or one that no page has puts it), in `order` and then by
 * title. The home page and pages kept out of collections are not in it. Worked out once per
 * build, in one pass over the pages.
 */
import type { CollectionItem } from "../eleventy/types.ts";

export interface NavigationEntry {
  title: string;
  url: string;
  children: NavigationEntry[];
}

/** The GOV.UK Eleventy plugin's default key for the home page (its `homeKey` option). */
export const HOME_KEY = "Home";

interface Node {
  key: string;
  parent: string | undefined;
  title: string;
  url: string;
  order: number;
  children: Node[];
}

const orderOf = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : Number.POSITIVE_INFINITY);

export function subNavigation(items: readonly CollectionItem[], include: (item: CollectionItem) => boolean): NavigationEntry[] {
  const nodes: Node[] = [];
  for (const item of items) {
    if (typeof item.url !== "string" || item.url === "/" || item.data.homepage === true || !include(item)) continue;
    // A paginated page is there once, at its first page.
    const pageNumber = (item.data.pagination as { pageNumber?: unknown } | undefined)?.pageNumber;
    if (typeof pageNumber === "number" && pageNumber > 0) continue;
    const navigation = (item.data.eleventyNavigation ?? {}) as { key?: unknown; parent?: unknown; order?: unknown; title?: unknown };
    // Shown by its navigation title, else its key (which defaults to the page's title), as Eleventy's navigation plugin shows it.
    const pageTitle = typeof item.data.title === "string" ? item.data.title : "";
    const key = typeof navigation.key === "string" && navigation.key ? navigation.key : pageTitle;
    if (!key) continue;
    const title = typeof navigation.title === "string" && navigation.title ? navigation.title : key;
    const parent = typeof navigation.parent === "string" && navigation.parent !== HOME_KEY ? navigation.parent : undefined;
    nodes.push({ key, parent, title, url: item.url, order: orderOf(navigation.order ?? item.data.order), children: [] });
  }
  const byKey = new Map<string, Node>();
  for (const node of nodes) if (!byKey.has(node.key)) byKey.set(node.key, node);
  const top: Node[] = [];
  for (const node of nodes) {
    const parent = node.parent === undefined ? undefined : byKey.get(node.parent);
    if (parent && parent !== node) parent.children.push(node);
    else top.push(node);
  }
  // A page whose parents lead round in a circle is shown at the top, not lost.
  const reached = new Set<Node>();
  const walk = (list: Node[]) => {
    for (const node of list) {
      if (reached.has(node)) continue;
      reached.add(node);
      walk(node.children);
    }
  };
  walk(top);
  const promoted = new Set<Node>();
  for (const node of nodes) {
    if (reached.has(node)) continue;
    promoted.add(node);
    top.push(node);
    walk([node]);
  }
  const sorted = (list: Node[], atTop: boolean): NavigationEntry[] =>
    list
      .filter((node) => atTop || !promoted.has(node))
      .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title))
      .map(({ title, url, children }) => ({ title, url, children: sorted(children, false) }));
  return sorted(top, true);
}
