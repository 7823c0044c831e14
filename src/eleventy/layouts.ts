/**
 * The tool's layouts and partials, with the site's own first. A file in the site's includes
 * folder with the name of one of ours replaces it: layouts by name (`page.njk`), partials by
 * path (`partials/header.njk`). Layouts the site does not have are layout aliases to our
 * files (Eleventy 3.1 resolves virtual layouts only inside the input folder, and our
 * includes usually sit beside it); partials are found by Nunjucks, which looks in the
 * site's includes folder, then the project folder, then the input folder, then ours.
 *
 * A file in the input folder is content, and content runs no templates unless the site's
 * `templates` setting lists it: an include, import or extends of a content file the setting
 * does not list is refused, however it is named (`banner.njk`, `content/x.md`), so a listed
 * page cannot run an unlisted file's text as a template.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import nunjucks, { type LoaderSource } from "nunjucks";
import type { EleventyConfig } from "./types.ts";
import { isWithin } from "../content/paths.ts";
import { govukFrontendDist } from "./govukFrontend.ts";

export interface IncludeGuard {
  /** The input folder, as Eleventy has it. */
  inputDir: string;
  /** Whether a content file (path from the input folder) may run as a template. */
  mayRun(relativePath: string): boolean;
  /** Folders in the input folder that are the site's own code (its includes, layouts, data). */
  codeFolders: () => readonly string[];
}

/** Nunjucks' file loader, refusing content files the `templates` setting does not list. */
class GuardedLoader extends nunjucks.FileSystemLoader {
  constructor(
    searchPaths: string[],
    private readonly guard: IncludeGuard,
  ) {
    super(searchPaths, { noCache: false });
  }

  override getSource(name: string): LoaderSource | null {
    const source = super.getSource(name);
    if (!source) return source;
    const input = path.resolve(this.guard.inputDir);
    const file = path.resolve(source.path);
    const ownCode = this.guard.codeFolders().some((folder) => isWithin(path.resolve(folder), file));
    if (isWithin(input, file) && !ownCode && !this.guard.mayRun(path.relative(input, file).split(path.sep).join("/"))) {
      throw new Error(`"${name}" is a content file (${path.relative(process.cwd(), file).split(path.sep).join("/")}) that the site's \`templates\` setting does not list, so it is not run as a template; list it there to include it`);
    }
    return source;
  }
}

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

export function useToolLayouts(eleventyConfig: EleventyConfig, toolIncludes: string, guard: IncludeGuard): void {
  const siteIncludes = path.resolve(eleventyConfig.directories.includes);
  for (const [name, target] of layoutAliases(siteIncludes, toolIncludes)) eleventyConfig.addLayoutAlias(name, target);
  // Then GOV.UK Frontend's macros (`govuk/components/…/macro.njk`), when the package is installed.
  const govuk = govukFrontendDist();
  const searchPaths = [...new Set([siteIncludes, process.cwd(), path.resolve(guard.inputDir), path.resolve(toolIncludes), ...(govuk ? [govuk] : [])])];
  // Eleventy's own default options for its Nunjucks environment.
  eleventyConfig.setLibrary("njk", new nunjucks.Environment(new GuardedLoader(searchPaths, guard), { dev: true }));
}
