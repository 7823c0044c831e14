import { readdirSync, rmSync, rmdirSync } from "node:fs";
import path from "node:path";
import { isWithin } from "../content/paths.ts";

/** True unless the folder is the project, one of its ancestors or one of its source folders. */
export function isDisposableOutput(output: string, projectRoot: string): boolean {
  const containsProject = isWithin(output, projectRoot);
  const top = path.relative(projectRoot, output).split(path.sep)[0] ?? "";
  const sourceFolders = new Set(["content", "_includes", "_data", "src", "assets", "tests", "node_modules", ".git", ".github"]);
  return !containsProject && !sourceFolders.has(top);
}

/**
 * Deletes every file under `output` that this build did not write, then the folders left
 * empty, so a folder that is built over gives the same tree as a fresh one (no page from a
 * deleted file, no previewed draft). Writing over files is much cheaper than creating them
 * again, which is why the output is not emptied first. `skip` keeps a relative path (and
 * everything under it) out of pruning. Returns the relative paths removed, sorted.
 */
export function pruneOutput(output: string, written: Iterable<string>, skip: (relative: string) => boolean = () => false): string[] {
  const root = path.resolve(output);
  const keep = new Set<string>();
  for (const file of written) keep.add(path.resolve(file));
  const removed: string[] = [];
  const folders: string[] = [];
  let entries;
  try {
    entries = readdirSync(root, { withFileTypes: true, recursive: true });
  } catch {
    return removed; // nothing there yet
  }
  for (const entry of entries) {
    const absolute = path.join(entry.parentPath, entry.name);
    const relative = path.relative(root, absolute);
    if (skip(relative.split(path.sep).join("/"))) continue;
    if (entry.isDirectory()) folders.push(absolute);
    else if (!keep.has(absolute)) {
      rmSync(absolute, { force: true });
      removed.push(relative);
    }
  }
  // Deepest first, so a folder whose subfolders were emptied goes too.
  folders.sort((a, b) => b.length - a.length);
  for (const folder of folders) {
    if (readdirSync(folder).length === 0) rmdirSync(folder);
  }
  return removed.sort();
}

/** The files an `Eleventy#write()` wrote: its templates' output paths and passthrough copies. */
export function writtenFiles(results: unknown): string[] {
  const files: string[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== "object") return;
    const record = value as { outputPath?: unknown; map?: unknown };
    if (typeof record.outputPath === "string") files.push(record.outputPath);
    if (record.map && typeof record.map === "object") {
      for (const destination of Object.values(record.map)) if (typeof destination === "string") files.push(destination);
    }
  };
  visit(results);
  return files;
}
