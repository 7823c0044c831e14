import { describe, expect, test } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gitLastModified, parseGitLog } from "../../src/content/gitDates.ts";
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

describe("gitLastModified", () => {
  test("reads commit dates from a real repository, one git log for all files", () => {
    const repo = tempDir("git-dates-");
    const git = (...args: string[]) =>
      execFileSync("git", args, {
        cwd: repo,
        env: { ...process.env, GIT_AUTHOR_DATE: "2023-12-08T10:00:00Z", GIT_COMMITTER_DATE: "2023-12-08T10:00:00Z" },
      });
    git("init", "-q");
    git("config", "user.email", "t@example.org");
    git("config", "user.name", "T");
    mkdirSync(path.join(repo, "content"));
    writeFileSync(path.join(repo, "content/a.md"), "# A\n");
    git("add", ".");
    git("commit", "-qm", "a");
    const dates = gitLastModified(path.join(repo, "content"));
    expect(dates.get(path.join(repo, "content/a.md"))).toMatch(/^2023-12-08T10:00:00/);
  });

  test("outside a Git checkout the map is empty", () => {
    expect(gitLastModified(tempDir("no-git-")).size).toBe(0);
  });
});
