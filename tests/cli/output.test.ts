import { describe, expect, test } from "vitest";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isDisposableOutput, pruneOutput, writtenFiles } from "../../src/cli/output.ts";
import { tempDir } from "../helpers/tempDir.ts";

describe("isDisposableOutput", () => {
  const root = "/work/project";
  test("the default output folder and folders elsewhere may be emptied", () => {
    expect(isDisposableOutput("/work/project/_site", root)).toBe(true);
    expect(isDisposableOutput("/tmp/preview", root)).toBe(true);
    expect(isDisposableOutput("/work/project/dist/site", root)).toBe(true);
  });
  test("the project, its ancestors and its source folders never are", () => {
    expect(isDisposableOutput("/work/project", root)).toBe(false);
    expect(isDisposableOutput("/work", root)).toBe(false);
    expect(isDisposableOutput("/", root)).toBe(false);
    expect(isDisposableOutput("/work/project/content", root)).toBe(false);
    expect(isDisposableOutput("/work/project/content/blog", root)).toBe(false);
    expect(isDisposableOutput("/work/project/src", root)).toBe(false);
    expect(isDisposableOutput("/work/project/.git", root)).toBe(false);
  });
});

describe("pruneOutput", () => {
  function tree(files: string[]): string {
    const root = tempDir("community-notes-prune-");
    for (const file of files) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), file);
    }
    return root;
  }
  const list = (root: string) =>
    readdirSync(root, { recursive: true, withFileTypes: true })
      .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)) + (entry.isDirectory() ? "/" : ""))
      .sort();

  test("removes what the build did not write, and folders left empty, keeping skipped paths", () => {
    const root = tree(["index.html", "old/index.html", "old/deeper/index.html", "blog/a/index.html", "blog/draft/index.html", "pagefind/fragment/x.pf_fragment", "pagefind.txt"]);
    const written = [path.join(root, "index.html"), path.join(root, "blog/a/index.html"), "relative/ignored.html"];
    const removed = pruneOutput(root, written, (relative) => relative === "pagefind" || relative.startsWith("pagefind/"));
    expect(removed).toEqual(["blog/draft/index.html", "old/deeper/index.html", "old/index.html", "pagefind.txt"]);
    expect(list(root)).toEqual(["blog/", "blog/a/", "blog/a/index.html", "index.html", "pagefind/", "pagefind/fragment/", "pagefind/fragment/x.pf_fragment"]);
  });

  test("accepts written paths relative to the working folder, as Eleventy reports them", () => {
    const root = tree(["a.html", "b.html"]);
    const removed = pruneOutput(root, [path.relative(process.cwd(), path.join(root, "a.html"))]);
    expect(removed).toEqual(["b.html"]);
  });

  test("does nothing for a folder that does not exist yet", () => {
    expect(pruneOutput(path.join(tempDir("community-notes-prune-"), "missing"), [])).toEqual([]);
  });
});

describe("writtenFiles", () => {
  test("collects template output paths and passthrough destinations from Eleventy's write() result", () => {
    const results = [
      [{ count: 2, map: { "assets/a.css": "_site/assets/a.css", "assets/b.js": "_site/assets/b.js" } }, { count: 0, map: {} }],
      [{ outputPath: "_site/index.html", url: "/" }, { outputPath: false, url: false }, { outputPath: "_site/feed.xml" }],
    ];
    expect(writtenFiles(results).sort()).toEqual(["_site/assets/a.css", "_site/assets/b.js", "_site/feed.xml", "_site/index.html"]);
  });
  test("ignores shapes it does not know rather than failing", () => {
    expect(writtenFiles(undefined)).toEqual([]);
    expect(writtenFiles([null, 3, "x", { map: null }])).toEqual([]);
  });
});
