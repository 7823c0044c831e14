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
