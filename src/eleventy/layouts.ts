/**
 * The tool's layouts and partials, with the site's own first. A file in the site's includes
 * folder with the name of one of ours replaces it: layouts by name (`page.njk`), partials by
 * path (`partials/header.njk`). Layouts the site does not have are layout aliases to our
 * files (Eleventy 3.1 resolves virtual layouts only inside the input folder, and our
 * includes usually sit beside it); partials are found by Nunjucks, which looks in the
 * site's includes folder, then the project folder, then ours.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import nunjucks from "nunjucks";
import type { EleventyConfig } from "./types.ts";

/** Layout files at the top of an includes folder: `page.njk`, `base.njk`… */
export function layoutFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".njk"))
    .map((entry) => entry.name)
    .sort();
}

/** Each of our layouts the site lacks, by the names it can be asked for (`page.njk`, `page`), with its path from the site's includes. */
export function layoutAliases(siteIncludes: string, toolIncludes: string): Map<string, string> {
  const aliases = new Map<string, string>();
  if (path.resolve(siteIncludes) === path.resolve(toolIncludes)) return aliases;
  for (const name of layoutFiles(toolIncludes)) {
    if (existsSync(path.join(siteIncludes, name))) continue;
    const target = path.relative(path.resolve(siteIncludes), path.join(toolIncludes, name)).split(path.sep).join("/");
    aliases.set(name, target);
    aliases.set(name.replace(/\.njk$/, ""), target);
  }
  return aliases;
}

export function useToolLayouts(eleventyConfig: EleventyConfig, toolIncludes: string): void {
  const siteIncludes = path.resolve(eleventyConfig.directories.includes);
  for (const [name, target] of layoutAliases(siteIncludes, toolIncludes)) eleventyConfig.addLayoutAlias(name, target);
  const searchPaths = [...new Set([siteIncludes, process.cwd(), path.resolve(toolIncludes)])];
  // Eleventy's own default options for its Nunjucks environment.
  eleventyConfig.setLibrary("njk", new nunjucks.Environment(new nunjucks.FileSystemLoader(searchPaths), { dev: true }));
}
