/**
 * "Last updated" dates from Git history, for every file at once: one `git log` per build,
 * not one per page (and under `npm start`, one per commit). The dates come from commits, so
 * the same commit always builds the same pages. Outside a Git checkout (or without git) the
 * map is empty and pages omit the date.
 */
import { execFile, execFileSync } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

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

const execFileAsync = promisify(execFile);
const GIT_OPTIONS = { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 } as const;

/**
 * Last commit date (ISO 8601) of every file under `folder`, keyed by absolute path. Git runs
 * as its own process, so the build goes on while it walks the history (0.5 s for 1,500
 * commits over 2,000 files on the development machine).
 */
export async function gitLastModified(folder: string): Promise<Map<string, string>> {
  try {
    const run = async (args: string[]) => (await execFileAsync("git", args, { ...GIT_OPTIONS, cwd: folder })).stdout;
    const topLevel = (await run(["rev-parse", "--show-toplevel"])).trim();
    return parseGitLog(await run(["log", "--format=%x00%cI", "--name-only", "--no-renames", "--", "."]), topLevel);
  } catch {
    return new Map();
  }
}

/** The commit checked out in `folder`, or "" outside a Git checkout. */
function gitHead(folder: string): string {
  try {
    return execFileSync("git", ["rev-parse", "HEAD"], { ...GIT_OPTIONS, cwd: folder, stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "";
  }
}

/**
 * The dates of one site's builds, kept by the plugin (one per Eleventy run). `start` is
 * called as a build starts, so `git log` runs while Eleventy reads data and content; `dates`
 * gives what that build started. Commit dates change only with the commit checked out, so
 * under `npm start` one walk of the history serves every rebuild until HEAD moves.
 */
export class GitDates {
  #last: { folder: string; head: string; dates: Promise<Map<string, string>> } | undefined;

  start(folder: string): Promise<Map<string, string>> {
    const key = path.resolve(folder);
    const head = gitHead(key);
    if (this.#last && this.#last.folder === key && this.#last.head === head) return this.#last.dates;
    this.#last = { folder: key, head, dates: gitLastModified(key) };
    return this.#last.dates;
  }

  /** The dates the running build started, or, if none were, these. */
  dates(folder: string): Promise<Map<string, string>> {
    return this.#last?.folder === path.resolve(folder) ? this.#last.dates : this.start(folder);
  }
}
