/**
 * What may not be in a content folder, found before Eleventy reads anything: files Eleventy
 * would run as code (JavaScript templates and data files, and templates the site's settings
 * do not list), links that lead out of the
 * project (to `/etc/passwd`, or to `/`, which Eleventy would walk), and an `.eleventyignore`
 * that would hide pages without a word, and pages too large to read (MAX_CONTENT_FILE_BYTES).
 * Names and sizes only: no file is read.
 *
 * Each refused file comes with Eleventy ignore patterns that keep it unread, so a check can
 * go on and report everything else without running any of it.
 */
import { readdirSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { TEMPLATE_FILE } from "../content/templates.ts";
import { MAX_CONTENT_FILE_BYTES, overLimit } from "../content/limits.ts";
import { isWithin as within } from "../content/paths.ts";
import { isCopiedFile } from "../content/files.ts";

export interface ScreenProblem {
  /** The file's path from the working folder, as diagnostics print it. */
  file: string;
  /** The check rule that names it: `runs-code`, `templates`, `link`, `size` or `eleventyignore`. */
  rule: string;
  message: string;
}

export interface Screening {
  problems: ScreenProblem[];
  /** Files that are neither read nor published, with why (a check warns about each; the build publishes the rest). */
  unpublished: ScreenProblem[];
  /** The pages Eleventy will read (Markdown, transcripts, listed templates), by path from the input folder. */
  pages: string[];
  /** Eleventy ignore patterns (from the working folder) that keep what was refused unread. */
  ignores: string[];
}

/** Eleventy's JavaScript templates (and TypeScript, where a site has added it). */
const JS_TEMPLATE = /\.11ty\.(?:js|cjs|mjs|ts|cts|mts|jsx|tsx)$/i;
/** Eleventy's JavaScript data files: `<page>.11tydata.js` beside a page, `<folder>.11tydata.js` for a folder. */
const JS_DATA = /^(.*)\.11tydata\.(?:js|cjs|mjs|ts|cts|mts)$/i;
/** What is not published from a content folder, by kind, and what to do instead. */
const NOT_PUBLISHED: [RegExp, string][] = [
  [/\.(?:css|scss|sass|less)$/i, "is a stylesheet, which is not published from the content folder: put it with the site's own files and list it in the `stylesheets` setting"],
  [/\.svg$/i, "is an SVG image, which is not published: an SVG can carry a script that would run on the site's address; use a PNG or WebP image instead"],
  [/\.(?:js|mjs|cjs|ts|mts|cts|jsx|tsx)$/i, "is a script, which is not published: content runs no code (the site's own scripts belong in its _includes/ or assets)"],
];
/** Files the build reads that are not pages: folder data, Docusaurus categories. */
const READ_AS_DATA = /(?:\.11tydata\.json|^_category_\.json)$/i;

/** MDX (Docusaurus): Markdown compiled to JavaScript, whose `import`, `export` and `{expressions}` run. */
const MDX = /\.mdx$/i;
/** Files Eleventy reads as pages (templates only when listed, which the screen has checked by then). */
const PAGE_FILE = /\.(?:md|markdown|txt|njk|liquid|html)$/i;
/** Folders Eleventy never reads as content. */
const SKIPPED = new Set(["node_modules", ".git"]);


/** Escapes glob syntax in a literal path. */
const literal = (text: string) => text.replace(/[*?[\]{}()!+@\\]/g, (c) => `\\${c}`);

/**
 * Screens the input folder. Links may lead anywhere in `project` (the working folder: the
 * site's repository) or in the input folder, as long as they do not lead back up to a folder
 * around them.
 */
export interface ScreenOptions {
  /** The site's repository (the working folder). */
  project?: string;
  /** Folders inside the input folder that are the site's code, not content (its includes, layouts, data). */
  skip?: readonly string[];
  /** Whether a `.njk`, `.liquid` or `.html` file (path from the input folder) may run templates. */
  templatesAllowed?: (relativePath: string) => boolean;
}

export function screenContent(input: string, options: ScreenOptions = {}): Screening {
  const { project = process.cwd(), templatesAllowed = () => false } = options;
  const root = path.resolve(input);
  const realPath = (folder: string) => {
    try {
      return realpathSync(folder);
    } catch {
      return undefined;
    }
  };
  const realRoot = realPath(root);
  const projectRoot = realPath(project) ?? path.resolve(project);
  const problems: ScreenProblem[] = [];
  const ignores: string[] = [];
  const pages: string[] = [];
  const unpublished: ScreenProblem[] = [];
  const shown = (absolute: string) => path.relative(process.cwd(), absolute).split(path.sep).join("/") || ".";
  const ignore = (absolute: string, pattern = "") => ignores.push(literal(shown(absolute)) + pattern);
  /** Real folders walked, so a link to a folder already seen is not walked again. */
  const walked = new Set<string>();
  const skipped = new Set((options.skip ?? []).map((folder) => path.resolve(folder)));

  const walk = (dir: string, real: string) => {
    if (walked.has(real)) return;
    walked.add(real);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (SKIPPED.has(entry.name)) continue;
      const absolute = path.join(dir, entry.name);
      if (entry.isSymbolicLink()) {
        const target = realPath(absolute);
        const isFolder = target !== undefined && statSync(target, { throwIfNoEntry: false })?.isDirectory() === true;
        // A folder link that holds the folder it is in would be walked for ever.
        const loops = isFolder && within(target!, real);
        const inside = target !== undefined && (within(projectRoot, target) || within(realRoot!, target));
        if (inside && !loops) {
          if (isFolder) walk(absolute, target);
          else screenFile(dir, entry.name, absolute);
          continue;
        }
        const where = !target ? "to nothing" : !inside ? "out of the repository" : "to a folder that holds it";
        problems.push({ file: shown(absolute), rule: "link", message: `is a link ${where}; content must be files in the repository, so it is neither read nor published` });
        // Whatever it points to, Eleventy must not read or walk it.
        ignore(absolute);
        ignore(absolute, "/**");
        continue;
      }
      if (entry.isDirectory()) {
        if (!skipped.has(absolute)) walk(absolute, path.join(real, entry.name));
      }
      else screenFile(dir, entry.name, absolute);
    }
  };

  const screenFile = (dir: string, name: string, absolute: string) => {
    if (JS_TEMPLATE.test(name)) {
      problems.push({ file: shown(absolute), rule: "runs-code", message: "is a JavaScript template: content may not run code, so it is not read; write the page in Markdown (templates belong in the site's own code)" });
      ignore(absolute);
      return;
    }
    if (MDX.test(name)) {
      problems.push({ file: shown(absolute), rule: "runs-code", message: "is MDX, which runs code (its import, export, components and {expressions}), and content may not run code, so it is not read; a page that uses none of them is Markdown: rename it .md (Docusaurus reads it the same way)" });
      return;
    }
    const data = JS_DATA.exec(name);
    if (data) {
      problems.push({ file: shown(absolute), rule: "runs-code", message: "is a JavaScript data file: content may not run code, so it and the pages it would give data to are not read; write the data as JSON (`.11tydata.json`) or in front matter" });
      const base = data[1]!;
      // A folder's data file (`posts/posts.11tydata.js`, `index.11tydata.js`) applies to every
      // page beneath it, a page's to that page: Eleventy runs it only for pages it reads.
      if (base === path.basename(dir) || base === "index") ignore(dir, "/**");
      else ignore(path.join(dir, base), ".*");
      return;
    }
    if (TEMPLATE_FILE.test(name) && !templatesAllowed(path.relative(root, absolute).split(path.sep).join("/"))) {
      const kind = path.extname(name).slice(1).toLowerCase();
      problems.push({
        file: shown(absolute),
        rule: "templates",
        message: `is a template (.${kind}), and content runs no templates unless the site's \`templates\` setting lists it, so it is not read; write it in Markdown, or list it there`,
      });
      ignore(absolute);
      return;
    }
    if (PAGE_FILE.test(name)) {
      const bytes = statSync(absolute, { throwIfNoEntry: false })?.size ?? 0;
      if (bytes > MAX_CONTENT_FILE_BYTES) {
        problems.push({
          file: shown(absolute),
          rule: "size",
          message: `is ${overLimit(bytes, MAX_CONTENT_FILE_BYTES)} for one content file, so it is not read: split it into several pages`,
        });
        ignore(absolute);
        return;
      }
    }
    if (PAGE_FILE.test(name)) pages.push(path.relative(root, absolute).split(path.sep).join("/"));
    else if (!name.startsWith(".") && !READ_AS_DATA.test(name) && !isCopiedFile(name)) {
      const inData = path.relative(root, dir).split(path.sep).includes("_data");
      const why = inData
        ? "is in a _data folder inside the content folder, which is not the site's data (that is the _data folder beside the content) and is not published"
        : (NOT_PUBLISHED.find(([pattern]) => pattern.test(name))?.[1] ?? "is not published: it is neither a page nor an image, document or media file the build copies");
      unpublished.push({ file: shown(absolute), rule: "unpublished", message: why });
    }
    if (name === ".eleventyignore" && dir === root && root !== projectRoot) {
      problems.push({ file: shown(absolute), rule: "eleventyignore", message: "would leave pages out of the site without a word, so it is refused; the site's configuration says which files are not published" });
    }
  };

  // A content folder that does not exist is Eleventy's to report.
  if (realRoot) walk(root, realRoot);
  return { problems, ignores, pages, unpublished };
}
