/**
 * Collections the layouts and listing pages read. Each is a pure function of Eleventy's
 * items and of what the content model says each item is (`kindOf`, from `classify`), so
 * ordering is decided here (stable, by date then path) and tested without Eleventy.
 */
import { subNavigation } from "./navigation.ts";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { CollectionApi, CollectionItem, EleventyConfig } from "../eleventy/types.ts";
import { POST_TAGS, type ContentKind } from "../content/classify.ts";
import type { Community } from "../community/community.ts";

/** What the content model says an item is; undefined for the tool's own pages. */
export type KindOf = (item: CollectionItem) => ContentKind | undefined;

/**
 * Tags that name collections rather than topics, kept off tag pages and pages' tag lists:
 * ours, and Eleventy's conventional `post`/`posts` (which also make a file a blog post).
 */
export const INTERNAL_TAGS = new Set(["all", ...POST_TAGS, "guides", "talks", "pages", "meetings"]);

/** A page's tags that are topics: what its tag list shows and tag pages gather. */
export function topicTags(tags: unknown): string[] {
  return Array.isArray(tags) ? tags.filter((tag): tag is string => typeof tag === "string" && !INTERNAL_TAGS.has(tag)) : [];
}

const published = (item: CollectionItem) => item.url !== false && item.data.eleventyExcludeFromCollections !== true;
const byPath = (a: CollectionItem, b: CollectionItem) => a.inputPath.localeCompare(b.inputPath);
const newestFirst = (a: CollectionItem, b: CollectionItem) => b.date.getTime() - a.date.getTime() || byPath(a, b);
export function posts(items: CollectionItem[], kindOf: KindOf): CollectionItem[] {
  return items.filter((item) => published(item) && kindOf(item) === "post").sort(newestFirst);
}

function position(item: CollectionItem): number {
  // `Number(null)` and `Number("")` are 0: an empty `sidebar_position:` must not sort first.
  const raw = item.data.sidebar_position;
  const value = typeof raw === "number" || (typeof raw === "string" && raw.trim() !== "") ? Number(raw) : Number.NaN;
  return Number.isFinite(value) ? value : Number.POSITIVE_INFINITY;
}

/** Guides in the order Docusaurus would show them: `sidebar_position`, then title. */
export function guides(items: CollectionItem[], kindOf: KindOf): CollectionItem[] {
  const title = (item: CollectionItem) => String(item.data.sidebar_label ?? item.data.title ?? item.fileSlug);
  return items
    .filter((item) => published(item) && kindOf(item) === "guide")
    .sort((a, b) => position(a) - position(b) || title(a).localeCompare(title(b)) || byPath(a, b));
}

/** A Docusaurus category (`_category_.json` in a docs folder): its label and place among its siblings. */
export interface GuideCategory {
  label: string;
  position: number;
}

/** One entry of the guides sidebar: a guide, or a category with the guides in its folder. */
export type GuideEntry = { guide: CollectionItem } | { category: GuideCategory; guides: CollectionItem[] };

/**
 * The guides as Docusaurus's sidebar shows them: a guide in a folder that has a category is
 * listed under it, and categories take their `position` among the guides beside them.
 * `categoryOf` gives a folder's category (by the folder of a guide's input path), if any.
 */
export function guideTree(ordered: readonly CollectionItem[], categoryOf: (folder: string) => GuideCategory | undefined): GuideEntry[] {
  const entries: { at: number; label: string; entry: GuideEntry }[] = [];
  const byFolder = new Map<string, { category: GuideCategory; guides: CollectionItem[] }>();
  for (const guide of ordered) {
    const folder = guide.inputPath.slice(0, guide.inputPath.lastIndexOf("/"));
    const category = categoryOf(folder);
    if (!category) {
      entries.push({ at: position(guide), label: String(guide.data.sidebar_label ?? guide.data.title ?? ""), entry: { guide } });
      continue;
    }
    let group = byFolder.get(folder);
    if (!group) {
      group = { category, guides: [] };
      byFolder.set(folder, group);
      entries.push({ at: category.position, label: category.label, entry: group });
    }
    group.guides.push(guide);
  }
  // Stable: guides keep their order; a category goes where its position puts it.
  return entries
    .map((item, index) => ({ ...item, index }))
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map((item) => item.entry);
}

export function talks(items: CollectionItem[], kindOf: KindOf): CollectionItem[] {
  return items.filter((item) => published(item) && kindOf(item) === "talk").sort(newestFirst);
}

/**
 * The listings the tool's own pages show (posts at /blog/, meetings at /meetings/, …), which a
 * site's own page at such an address can show below its text with `listing: <name>`.
 */
export const LISTINGS = ["posts", "meetings", "guides", "talks", "groups", "tags", "sitemap"] as const;

/** The partial for front matter `listing`, or "" for anything that names no listing (never a path). */
export function listingPartial(listing: unknown): string {
  return typeof listing === "string" && (LISTINGS as readonly string[]).includes(listing) ? `partials/listings/${listing}.njk` : "";
}

/** Topic tags used by published pages, sorted, with how many pages carry each. */
export function tagList(items: CollectionItem[]): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    if (!published(item)) continue;
    for (const tag of topicTags(item.data.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => a.tag.localeCompare(b.tag));
}

/** Published pages carrying a tag, newest first. */
export function taggedWith(items: CollectionItem[], tag: string): CollectionItem[] {
  return items.filter((item) => published(item) && (item.data.tags ?? []).includes(tag)).sort(newestFirst);
}

/** HTML pages for the sitemap: published, indexable, in a stable order. */
export function sitemapPages(items: CollectionItem[]): CollectionItem[] {
  return items
    .filter(
      (item) =>
        published(item) &&
        typeof item.url === "string" &&
        (item.url.endsWith("/") || item.url.endsWith(".html")) &&
        item.data.sitemap !== false &&
        item.data.draft !== true,
    )
    .sort((a, b) => String(a.url).localeCompare(String(b.url)));
}

/** Reads each folder's `_category_.json` (Docusaurus) once per build; a file that is not one gives no category. */
function docusaurusCategories(): (folder: string) => GuideCategory | undefined {
  const seen = new Map<string, GuideCategory | undefined>();
  return (folder) => {
    if (!seen.has(folder)) {
      let category: GuideCategory | undefined;
      try {
        const data = JSON.parse(readFileSync(path.join(folder, "_category_.json"), "utf8")) as { label?: unknown; position?: unknown };
        const label = typeof data.label === "string" && data.label.trim() ? data.label.trim() : path.basename(folder);
        category = { label, position: typeof data.position === "number" ? data.position : Number.POSITIVE_INFINITY };
      } catch {
        category = undefined;
      }
      seen.set(folder, category);
    }
    return seen.get(folder);
  };
}

/**
 * The collections layouts and listing pages read, registered on Eleventy. `communityOf`
 * gives the build's content model; `communityGroups` is what the group pages and group
 * feeds paginate over.
 */
export function addCollections(eleventyConfig: EleventyConfig, communityOf: (api: CollectionApi) => Community): void {
  const kinds = (api: CollectionApi): KindOf => {
    const community = communityOf(api);
    return (item) => community.fileAt(item.inputPath)?.kind;
  };
  eleventyConfig.addCollection("posts", (api) => posts(api.getAll(), kinds(api)));
  eleventyConfig.addCollection("guides", (api) => guides(api.getAll(), kinds(api)));
  eleventyConfig.addCollection("guideTree", (api) => guideTree(guides(api.getAll(), kinds(api)), docusaurusCategories()));
  eleventyConfig.addCollection("talks", (api) => talks(api.getAll(), kinds(api)));
  eleventyConfig.addCollection("tagList", (api) => tagList(api.getAll()));
  eleventyConfig.addCollection("communityGroups", (api) => communityOf(api).groups);
  // Pages (not posts, which the blog lists, nor meeting files, which their group lists).
  eleventyConfig.addCollection("subNavigation", (api) => {
    const kindOf = kinds(api);
    return subNavigation(api.getAll(), (item) => published(item) && item.data.draft !== true && NAVIGATION_KINDS.has(kindOf(item) ?? "post"));
  });
}

const NAVIGATION_KINDS = new Set(["page", "guide", "talk", "meeting-log"]);
