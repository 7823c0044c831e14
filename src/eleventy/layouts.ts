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
import { existsSync, readdirSync, readFileSync, realpathSync } from "node:fs";
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
  /** Whether Liquid includes are written as Jekyll writes them, unquoted (a site whose Markdown runs Liquid). */
  jekyllIncludes?: boolean;
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
    const refused = refusedInclude(source.path, this.guard);
    if (refused) throw new Error(`"${name}": ${refused}`);
    return source;
  }
}

/** Why a file may not be included: a content file the `templates` setting does not list. */
function refusedInclude(file: string, guard: IncludeGuard): string | undefined {
  const input = path.resolve(guard.inputDir);
  const absolute = path.resolve(file);
  const ownCode = guard.codeFolders().some((folder) => isWithin(path.resolve(folder), absolute));
  if (!isWithin(input, absolute) || ownCode || guard.mayRun(path.relative(input, absolute).split(path.sep).join("/"))) return undefined;
  return `${path.relative(process.cwd(), absolute).split(path.sep).join("/")} is a content file that the site's \`templates\` setting does not list, so it is not run as a template; list it there to include it`;
}

/**
 * The file system LiquidJS reads includes and layouts through, refusing content files the
 * `templates` setting does not list, as the Nunjucks loader does; files are followed only
 * inside the roots LiquidJS searches (their real paths, so a link cannot lead out).
 */
export function guardedLiquidFs(guard: IncludeGuard) {
  const checked = (file: string) => {
    const refused = refusedInclude(file, guard);
    if (refused) throw new Error(refused);
    return file;
  };
  const real = (file: string) => {
    try {
      return realpathSync(file);
    } catch {
      return path.resolve(file);
    }
  };
  return {
    exists: async (file: string) => existsSync(file),
    existsSync: (file: string) => existsSync(file),
    readFile: async (file: string) => readFileSync(checked(file), "utf8"),
    readFileSync: (file: string) => readFileSync(checked(file), "utf8"),
    resolve: (dir: string, file: string, ext: string) => {
      const resolved = path.resolve(dir, file);
      return path.extname(resolved) ? resolved : `${resolved}${ext}`;
    },
    contains: async (root: string, file: string) => isWithin(real(root), real(file)),
    containsSync: (root: string, file: string) => isWithin(real(root), real(file)),
    sep: path.sep,
    dirname: (file: string) => path.dirname(file),
  };
}

/** Layout files at the top of an includes folder: `page.njk`, `base.njk`… */
export function layoutFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".njk"))
    .map((entry) => entry.name)
    .sort();
}

/** The listed layouts in the content's `_layouts/` folder the site's includes do not have, by name (`main`, `main.njk`). */
export function contentLayouts(inputDir: string, siteIncludes: string, mayRun: (relativePath: string) => boolean): Map<string, string> {
  const aliases = new Map<string, string>();
  const folder = path.join(inputDir, "_layouts");
  if (!existsSync(folder)) return aliases;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (!entry.isFile() || !/\.(?:njk|liquid|html)$/i.test(entry.name)) continue;
    if (!mayRun(`_layouts/${entry.name}`) || existsSync(path.join(siteIncludes, entry.name))) continue;
    const target = path.relative(siteIncludes, path.join(folder, entry.name)).split(path.sep).join("/");
    aliases.set(entry.name, target);
    aliases.set(entry.name.replace(/\.[^.]+$/, ""), target);
  }
  return aliases;
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
  // A site's own layouts kept in the content's `_layouts/` (the GOV.UK Eleventy plugin's and
  // Jekyll's folder), where the templates setting lists them, by name.
  for (const [name, target] of contentLayouts(path.resolve(guard.inputDir), siteIncludes, guard.mayRun)) eleventyConfig.addLayoutAlias(name, target);
  // Then GOV.UK Frontend's macros (`govuk/components/…/macro.njk`), when the package is installed.
  const govuk = govukFrontendDist();
  // A Jekyll site's `_includes/` inside the content folder is searched too (`{% include "x.html" %}`).
  const contentIncludes = path.resolve(guard.inputDir, "_includes");
  const searchPaths = [...new Set([siteIncludes, process.cwd(), path.resolve(guard.inputDir), contentIncludes, path.resolve(toolIncludes), ...(govuk ? [govuk] : [])])];
  // Eleventy's own default options for its Nunjucks environment.
  eleventyConfig.setLibrary("njk", new nunjucks.Environment(new GuardedLoader(searchPaths, guard), { dev: true }));
  // Liquid (Jekyll sites, listed .liquid files) reads through the same guard; Jekyll writes
  // includes unquoted (`{% include past.html %}`) and keeps them in the content's `_includes/`.
  eleventyConfig.setLiquidOptions({
    fs: guardedLiquidFs(guard),
    root: [...new Set([siteIncludes, path.resolve(guard.inputDir), contentIncludes])],
    ...(guard.jekyllIncludes ? { dynamicPartials: false } : {}),
  });
}
