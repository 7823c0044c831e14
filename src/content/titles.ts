/**
 * A title for pages that do not give one: a per-meeting file is named after its group and
 * date ("Inner source: 16 August 2023"); anything else after its file name.
 */
import { dateFromFileName } from "./contentDate.ts";
import { readableDate } from "../filters/dates.ts";
import { isMeetingFile } from "../meetings/index.ts";
import { titleFromSlug, type Group } from "../groups/groups.ts";

export function defaultTitle(page: { inputPath: string; fileSlug: string }, groups: Group[] = [], language = "en-GB"): string {
  const date = dateFromFileName(page.inputPath);
  if (date && isMeetingFile(page.inputPath)) {
    // The folder above `meetings/`, wherever the input folder is (groupFromPath needs `content/`).
    const slug = page.inputPath.replace(/\\/g, "/").split("/").at(-3) ?? "";
    const group = groups.find((g) => g.slug === slug)?.title ?? titleFromSlug(slug);
    return `${group}: ${readableDate(date, language)}`;
  }
  return titleFromSlug(page.fileSlug || "home");
}

/** What a page's data needs for `giveDefaultTitle`: Eleventy's `page`, plus global `groups` and `site`. */
export interface TitledData {
  title?: unknown;
  page: { inputPath: string; fileSlug: string };
  groups?: Group[];
  site?: { language?: string };
}

/**
 * Sets `data.title` when the page gives none (or only blanks), so layouts, breadcrumbs,
 * listings and feeds all see the same title. Run once per page, as a preprocessor: a global
 * `eleventyComputed` did the same but cost every page a computed-data pass (about 0.2 s on
 * a 2,000-page build, and again on every rebuild).
 */
export function giveDefaultTitle(data: TitledData): void {
  if (typeof data.title === "string" && data.title.trim()) return;
  data.title = defaultTitle(data.page, data.groups, data.site?.language);
}
