import { describe, expect, test } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { GitDates, gitLastModified, parseGitLog } from "../../src/content/gitDates.ts";
import { tempDir } from "../helpers/tempDir.ts";

describe("parseGitLog", () => {
  test("the newest commit touching a file gives its date", () => {
    const output = "\u00002024-03-01T10:00:00+00:00\n\ncontent/a.md\ncontent/b.md\n\u00002023-01-01T09:00:00+00:00\n\ncontent/a.md\ncontent/c.md\n";
    const dates = parseGitLog(output, "/repo");
    expect(dates.get("/repo/content/a.md")).toBe("2024-03-01T10:00:00+00:00");
    expect(dates.get("/repo/content/b.md")).toBe("2024-03-01T10:00:00+00:00");
    expect(dates.get("/repo/content/c.md")).toBe("2023-01-01T09:00:00+00:00");
  });
});

/** A repository with content/a.md committed on 8 December 2023. */
function repository(): { repo: string; commit: (file: string, date: string) => void } {
  const repo = tempDir("git-dates-");
  const git = (date: string, ...args: string[]) =>
    execFileSync("git", args, { cwd: repo, env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
  git("", "init", "-q");
  git("", "config", "user.email", "t@example.org");
  git("", "config", "user.name", "T");
  mkdirSync(path.join(repo, "content"));
  const commit = (file: string, date: string) => {
    writeFileSync(path.join(repo, "content", file), `# ${file} ${date}\n`);
    git(date, "add", ".");
    git(date, "commit", "-qm", file);
  };
  commit("a.md", "2023-12-08T10:00:00Z");
  return { repo, commit };
}

describe("gitLastModified", () => {
  test("reads commit dates from a real repository, one git log for all files", async () => {
    const { repo } = repository();
    const dates = await gitLastModified(path.join(repo, "content"));
    expect(dates.get(path.join(repo, "content/a.md"))).toMatch(/^2023-12-08T10:00:00/);
  });

  test("outside a Git checkout the map is empty", async () => {
    expect((await gitLastModified(tempDir("no-git-"))).size).toBe(0);
  });
});

describe("GitDates: the dates of one site's builds", () => {
  test("walks the history once while HEAD stays, and again after a commit", async () => {
    const { repo, commit } = repository();
    const content = path.join(repo, "content");
    const git = new GitDates();
    const first = git.start(content);
    expect((await first).has(path.join(content, "a.md"))).toBe(true);
    expect(git.dates(content)).toBe(first); // the data file, in the same build
    expect(git.start(content)).toBe(first); // the next build, nothing committed
    writeFileSync(path.join(content, "a.md"), "an edit, not committed\n");
    expect(git.start(content)).toBe(first);
    commit("b.md", "2024-02-02T09:00:00Z");
    const second = git.start(content);
    expect(second).not.toBe(first);
    expect((await second).get(path.join(content, "b.md"))).toMatch(/^2024-02-02T09:00:00/);
    expect((await first).has(path.join(content, "b.md"))).toBe(false);
  });

  test("outside a Git checkout, builds get an empty map", async () => {
    expect((await new GitDates().start(tempDir("no-git-"))).size).toBe(0);
    // A data file asking first (no build has started) starts the walk itself.
    expect((await new GitDates().dates(tempDir("no-git-"))).size).toBe(0);
  });
});
