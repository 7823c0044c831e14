/**
 * The tool's own pages (blog index, guides, talks, tags, meetings, groups, feeds, sitemap,
 * search, robots.txt, 404) are part of the tool, not of a community's content: they are read
 * from this folder and added as Eleventy virtual templates, so the content folder holds only
 * what editors write.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { EleventyConfig } from "../eleventy/types.ts";
import { frontMatterOfText } from "../content/frontMatter.ts";

/** The folder, inside the input folder, the virtual templates appear in. */
export const TOOL_PAGES_FOLDER = "_system";

export function systemPageFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith(".njk"))
    .sort();
}

/**
 * Adds every page; `data` gives some of them data of their own (by file name). A page whose
 * fixed address `siteHas` (the site has a page of its own there) is not written. Returns the
 * titles of the pages with a fixed address, by URL (for breadcrumbs).
 */
export function addSystemPages(
  eleventyConfig: EleventyConfig,
  folder: string,
  data: Record<string, Record<string, unknown>> = {},
  siteHas: (url: string) => boolean = () => false,
): Record<string, string> {
  const titles: Record<string, string> = {};
  for (const name of systemPageFiles(folder)) {
    const text = readFileSync(path.join(folder, name), "utf8");
    const own = data[name];
    const merged = { ...frontMatterOfText(text)?.data, ...own };
    // The site's own page at a listing's address (by its path or its permalink) replaces it
    // (`listing:` shows the listing below its text). Asked when Eleventy resolves permalinks,
    // once it has read every page's front matter.
    const fixed = typeof merged.permalink === "string" && !merged.permalink.includes("{") ? merged.permalink : undefined;
    const pageData = fixed === undefined ? own : { ...own, permalink: () => (siteHas(fixed) ? false : fixed) };
    eleventyConfig.addTemplate(`${TOOL_PAGES_FOLDER}/${name}`, text, pageData);
    if (typeof merged.permalink === "string" && merged.permalink.endsWith("/") && !merged.permalink.includes("{") && typeof merged.title === "string") {
      titles[merged.permalink] = merged.title;
    }
  }
  return titles;
}
