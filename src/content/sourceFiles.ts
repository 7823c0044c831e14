/**
 * The content folder read as data (front matter + body) for indexes that need every page at
 * once: the meeting index and the group pages. Eleventy renders the same files; this reads
 * them with the same front matter normalisation, so both see the same values.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { normaliseFrontMatter, type FrontMatter } from "./frontMatter.ts";
import { defaultPermalink } from "./permalinks.ts";

export interface SourceFile {
  /** Path relative to the content folder, forward slashes: `special-interest/g/notes.md`. */
  relativePath: string;
  /** Path as Eleventy names it (and diagnostics print it), relative to the working directory. */
  sourcePath: string;
  data: FrontMatter;
  body: string;
  /** 1-based line of the file where `body` starts. */
  bodyLine: number;
  url: string;
}

/**
 * Files under a folder whose names match `extensions`, in code-unit order (never the
 * builder's locale), skipping dot-folders and node_modules, and `_`-folders unless asked.
 */
export function listContentFiles(
  folder: string,
  options: { extensions?: RegExp; underscoreFolders?: boolean } = {},
): string[] {
  const extensions = options.extensions ?? /\.md$/;
  const out: string[] = [];
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (options.underscoreFolders || !entry.name.startsWith("_")) walk(full);
      } else if (entry.isFile() && extensions.test(entry.name)) out.push(full);
    }
  };
  walk(folder);
  return out;
}

/** Markdown files under a folder, skipping dot-folders, `_`-folders and node_modules. */
export function listMarkdownFiles(folder: string): string[] {
  return listContentFiles(folder);
}

/** URL of a page as Eleventy will publish it: its own `permalink` or the default. */
export function pageUrl(relativePath: string, data: FrontMatter): string {
  if (typeof data.permalink === "string" && data.permalink.startsWith("/")) {
    return data.permalink.replace(/index\.html$/, "");
  }
  return defaultPermalink(`/${relativePath.replace(/\.md$/, "")}`);
}

/** Splits and normalises one file. Files whose front matter does not parse are left to the build's own error. */
export function readSourceFile(file: string, contentFolder: string, cwd = process.cwd()): SourceFile | undefined {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
  let parsed;
  try {
    parsed = matter(text, {}); // an options object keeps gray-matter from caching every file
  } catch {
    return undefined;
  }
  const relativePath = path.relative(contentFolder, file).split(path.sep).join("/");
  const data = normaliseFrontMatter((parsed.data ?? {}) as FrontMatter);
  const headerLength = text.length - parsed.content.length;
  const bodyLine = text.slice(0, headerLength).split("\n").length;
  return {
    relativePath,
    sourcePath: path.relative(cwd, file).split(path.sep).join("/"),
    data,
    body: parsed.content,
    bodyLine,
    url: pageUrl(relativePath, data),
  };
}

export function readSourceFiles(
  contentFolder: string,
  options: { includeDrafts: boolean },
  read: (file: string, contentFolder: string) => SourceFile | undefined = readSourceFile,
): SourceFile[] {
  return listMarkdownFiles(contentFolder)
    .map((file) => read(file, contentFolder))
    .filter((f): f is SourceFile => f !== undefined && (options.includeDrafts || f.data.draft !== true));
}
