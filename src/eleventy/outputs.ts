/**
 * Where a page may be written: inside the output folder, and not over a file the site copies
 * there (the tool's `assets/`, the search index, the site's own passthrough copies). A
 * `permalink: ../../x.html` or `permalink: /assets/css/site.css` is a located error in the
 * check and in the build, before anything is written.
 */
import { statSync } from "node:fs";
import path from "node:path";
import { isWithin as inside } from "../content/paths.ts";

/** Whether a path is a glob: wildcards, braces or classes (Eleventy asks tinyglobby the same). */
const isDynamicPattern = (pattern: string) => /[*?{}[\]]/.test(pattern);

/** A place in the output folder that something other than a page writes. */
export interface ReservedOutput {
  /** Path inside the output folder, with forward slashes, no leading or trailing slash. */
  path: string;
  /** A folder (everything under it is taken) or one file. */
  folder: boolean;
  /** Who writes it, for the message: "the site's copied files", "the search index". */
  owner: string;
}

const slashes = (p: string) => p.split(path.sep).join("/");


/** The part of a glob before its first dynamic segment: `assets/**\/*.png` → `assets`. */
function staticBase(pattern: string): string {
  const segments = slashes(pattern).split("/");
  const fixed: string[] = [];
  for (const segment of segments) {
    if (isDynamicPattern(segment)) break;
    fixed.push(segment);
  }
  return fixed.join("/");
}

/**
 * Where Eleventy's passthrough copies land, from `addPassthroughCopy`'s entries (input path or
 * glob → `true` for "the same path, from the input folder", or a path in the output folder).
 * A glob takes the folder before its first pattern; one whose files land all over the site
 * (`**\/*.png`) reserves nothing, since pages live there too.
 */
export function passthroughOutputs(copies: Readonly<Record<string, { outputPath: string | true }>>, inputDir: string, cwd = process.cwd()): ReservedOutput[] {
  const reserved: ReservedOutput[] = [];
  for (const [input, { outputPath }] of Object.entries(copies)) {
    const glob = isDynamicPattern(slashes(input));
    const source = path.resolve(cwd, glob ? staticBase(input) : input);
    const isFolder = glob || statSync(source, { throwIfNoEntry: false })?.isDirectory() === true;
    let target: string;
    if (outputPath === true) {
      const from = path.resolve(cwd, inputDir);
      target = inside(from, source) ? path.relative(from, source) : path.relative(cwd, source);
    } else {
      target = outputPath;
      // A file copied into a folder keeps its name there.
      if (!isFolder && (target === "" || target.endsWith("/"))) target = path.join(target, path.basename(source));
    }
    const clean = slashes(path.normalize(target)).replace(/^\/+|\/+$/g, "");
    if (clean === "." || clean === "" || clean === ".." || clean.startsWith("../")) continue;
    reserved.push({ path: clean, folder: isFolder, owner: "the site's copied files" });
  }
  return reserved;
}

/**
 * What is wrong with writing a page to `outputPath` (as Eleventy gives it: from the working
 * folder), or undefined when nothing is.
 */
export function outputProblem(outputPath: string, outputDir: string, reserved: readonly ReservedOutput[], cwd = process.cwd()): string | undefined {
  const root = path.resolve(cwd, outputDir);
  const target = path.resolve(cwd, outputPath);
  if (!inside(root, target) || target === root) {
    // From the output folder, which the check does not have: the same words from both.
    return `would be written outside the output folder (at ${slashes(path.relative(root, target)) || "the folder itself"}, from it); give it a \`permalink\` inside the site, a path from its root like /about/`;
  }
  const within = slashes(path.relative(root, target));
  for (const place of reserved) {
    const taken = place.folder ? within === place.path || within.startsWith(`${place.path}/`) : within === place.path;
    if (taken) return `would be written to /${within}, over ${place.owner} (${place.folder ? `everything under /${place.path}/` : `/${place.path}`}); give it another \`permalink\``;
  }
  return undefined;
}
