/**
 * Listing and machine-readable pages (blog index, guides, talks, tags, feed, sitemap,
 * robots.txt, 404) are part of the tool, not of a community's content: they are read
 * from this folder and added as Eleventy virtual templates, so `content/` holds only
 * what editors write.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { EleventyConfig } from "../eleventy/types.ts";

export function systemPageFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith(".njk"))
    .sort();
}

export function addSystemPages(eleventyConfig: EleventyConfig, folder: string): void {
  for (const name of systemPageFiles(folder)) {
    eleventyConfig.addTemplate(`_system/${name}`, readFileSync(path.join(folder, name), "utf8"));
  }
}
