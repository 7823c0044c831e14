/**
 * "Last updated" dates from Git history, for every file at once: one `git log` per build,
 * not one per page. The dates come from commits, so the same commit always builds the same
 * pages. Outside a Git checkout (or without git) the map is empty and pages omit the date.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";

/** Parses `git log --format=%x00%cI --name-only` output: the first date seen for a path is its latest. */
export function parseGitLog(output: string, topLevel: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const entry of output.split("\u0000")) {
    const [date, ...files] = entry.split("\n").map((line) => line.trim());
    if (!date || !/^\d{4}-\d{2}-\d{2}T/.test(date)) continue;
    for (const file of files) {
      if (!file) continue;
      const absolute = path.resolve(topLevel, file);
      if (!dates.has(absolute)) dates.set(absolute, date);
    }
  }
  return dates;
}

/** Last commit date (ISO 8601) of every file under `folder`, keyed by absolute path. */
export function gitLastModified(folder: string): Map<string, string> {
  try {
    const run = (args: string[]) =>
      execFileSync("git", args, { cwd: folder, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 256 * 1024 * 1024 });
    const topLevel = run(["rev-parse", "--show-toplevel"]).trim();
    return parseGitLog(run(["log", "--format=%x00%cI", "--name-only", "--no-renames", "--", "."]), topLevel);
  } catch {
    return new Map();
  }
}
