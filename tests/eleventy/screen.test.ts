/**
 * The content screen: which names in a content folder are refused before Eleventy reads
 * anything, and which ignore patterns keep them unread. Real folders and links, no build.
 */
import { describe, expect, test } from "vitest";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { screenContent, type ScreenOptions } from "../../src/eleventy/screen.ts";
import { templatesAllowed } from "../../src/content/templates.ts";
import { MAX_CONTENT_FILE_BYTES } from "../../src/content/limits.ts";
import { tempDir } from "../helpers/tempDir.ts";

/** A project folder with `content/` holding the given files ("" makes a folder). */
function project(files: Record<string, string>): { root: string; content: string } {
  const root = tempDir("community-notes-screen-");
  const content = path.join(root, "content");
  mkdirSync(content);
  for (const [name, text] of Object.entries(files)) {
    const target = path.join(content, name);
    mkdirSync(path.dirname(target), { recursive: true });
    if (name.endsWith("/")) mkdirSync(target, { recursive: true });
    else writeFileSync(target, text);
  }
  return { root, content };
}

/** Screens from the project root, as the build runs; problems as `file rule`. */
function screen(root: string, content: string, options: Omit<ScreenOptions, "project"> = {}) {
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const result = screenContent(path.relative(root, content), { project: root, ...options });
    return { ...result, found: result.problems.map((p) => `${p.file} ${p.rule}`).sort() };
  } finally {
    process.chdir(cwd);
  }
}

describe("files that would run code", () => {
  test("JavaScript templates are refused and ignored, in any folder and module kind", () => {
    const { root, content } = project({ "a.11ty.js": "", "blog/b.11ty.cjs": "", "c.11ty.mjs": "", "d.11ty.ts": "", "ok.md": "# ok", "script.js": "" });
    const { found, ignores } = screen(root, content);
    expect(found).toEqual(["content/a.11ty.js runs-code", "content/blog/b.11ty.cjs runs-code", "content/c.11ty.mjs runs-code", "content/d.11ty.ts runs-code"]);
    expect(ignores.sort()).toEqual(["content/a.11ty.js", "content/blog/b.11ty.cjs", "content/c.11ty.mjs", "content/d.11ty.ts"]);
  });

  test("files that are neither pages nor copied are named, with why, never skipped without a word", () => {
    const { root, content } = project({
      "assets/site.css": "", "js/app.js": "", "feed.xml": "", "logo.svg": "", "_data/fields.json": "{}",
      "photo.png": "", "page.md": "# Page", "blog/blog.11tydata.json": "{}", "docs/_category_.json": "{}", ".gitkeep": "",
    });
    const { unpublished, problems } = screen(root, content);
    expect(problems).toEqual([]);
    const said = Object.fromEntries(unpublished.map((p) => [p.file, p.message]));
    expect(Object.keys(said).sort()).toEqual(["content/_data/fields.json", "content/assets/site.css", "content/feed.xml", "content/js/app.js", "content/logo.svg"]);
    expect(said["content/assets/site.css"]).toMatch(/stylesheet.*`stylesheets` setting/);
    expect(said["content/js/app.js"]).toMatch(/script.*content runs no code/);
    expect(said["content/logo.svg"]).toMatch(/SVG.*use a PNG/);
    expect(said["content/_data/fields.json"]).toMatch(/_data folder inside the content folder/);
    expect(said["content/feed.xml"]).toMatch(/neither a page nor an image/);
    expect(unpublished.every((p) => p.rule === "unpublished")).toBe(true);
  });

  test("MDX pages are refused with what to do, never skipped without a word", () => {
    const { root, content } = project({ "docs/tabs.mdx": "import Tabs from '@theme/Tabs';\n", "docs/plain.md": "# Plain" });
    const { problems, pages } = screen(root, content);
    expect(problems).toEqual([{ file: "content/docs/tabs.mdx", rule: "runs-code", message: expect.stringMatching(/is MDX, which runs code .* rename it \.md/) }]);
    expect(pages).toEqual(["docs/plain.md"]);
  });

  test("a page's JavaScript data file keeps that page unread; a folder's keeps the folder unread", () => {
    const { root, content } = project({ "blog/post.11tydata.js": "", "blog/post.md": "", "guides/guides.11tydata.mjs": "", "talks/index.11tydata.cjs": "", "notes/notes.11tydata.json": "{}" });
    const { found, ignores } = screen(root, content);
    expect(found).toEqual(["content/blog/post.11tydata.js runs-code", "content/guides/guides.11tydata.mjs runs-code", "content/talks/index.11tydata.cjs runs-code"]);
    expect(ignores.sort()).toEqual(["content/blog/post.*", "content/guides/**", "content/talks/**"]);
  });

  test("names with glob characters are ignored literally", () => {
    const { root, content } = project({ "[draft] *.11ty.js": "" });
    expect(screen(root, content).ignores).toEqual(["content/\\[draft\\] \\*.11ty.js"]);
  });
});

describe("links", () => {
  test("links out of the repository, to nothing, or to a folder around them are refused and never walked", () => {
    const { root, content } = project({ "guides/": "", "loop/": "" });
    const outside = tempDir("community-notes-outside-");
    writeFileSync(path.join(outside, "secret.md"), "# not ours");
    mkdirSync(path.join(outside, "deep"));
    writeFileSync(path.join(outside, "deep/x.11ty.js"), "");
    symlinkSync("/etc/passwd", path.join(content, "guides/passwd.md"));
    symlinkSync(path.join(outside, "secret.md"), path.join(content, "secret.md"));
    symlinkSync(outside, path.join(content, "elsewhere"));
    symlinkSync("/", path.join(content, "root"));
    symlinkSync("..", path.join(content, "loop/up"));
    symlinkSync("no-such-file.md", path.join(content, "dangling.md"));
    const { found, ignores, problems } = screen(root, content);
    expect(found).toEqual([
      "content/dangling.md link",
      "content/elsewhere link",
      "content/guides/passwd.md link",
      "content/loop/up link",
      "content/root link",
      "content/secret.md link",
    ]);
    // What is behind a refused link is not screened either (the .11ty.js outside is not named).
    expect(found.some((f) => f.includes("x.11ty.js"))).toBe(false);
    expect(ignores).toContain("content/root/**");
    expect(ignores).toContain("content/guides/passwd.md");
    expect(problems.find((p) => p.file === "content/root")?.message).toMatch(/out of the repository/);
    expect(problems.find((p) => p.file === "content/loop/up")?.message).toMatch(/folder that holds it/);
    expect(problems.find((p) => p.file === "content/dangling.md")?.message).toMatch(/to nothing/);
  });

  test("links that stay inside the repository are followed, and what they lead to is screened", () => {
    const { root, content } = project({ "notes.md": "# notes" });
    writeFileSync(path.join(root, "README.md"), "# readme");
    mkdirSync(path.join(root, "docs"));
    writeFileSync(path.join(root, "docs/page.11ty.js"), "");
    symlinkSync("../README.md", path.join(content, "readme.md"));
    symlinkSync("notes.md", path.join(content, "same-notes.md"));
    symlinkSync("../docs", path.join(content, "docs"));
    const { found } = screen(root, content);
    expect(found).toEqual(["content/docs/page.11ty.js runs-code"]);
  });
});

describe("size", () => {
  test("a page over the limit is refused, naming its size and the limit, and kept unread; images of any size are not pages", () => {
    const big = "x".repeat(MAX_CONTENT_FILE_BYTES + 1);
    const { root, content } = project({ "notes.md": big, "talks/long.txt": big, "at-limit.md": big.slice(1), "photo.png": big });
    const result = screen(root, content);
    expect(result.found).toEqual(["content/notes.md size", "content/talks/long.txt size"]);
    expect(result.problems[0]?.message).toBe("is 2,097,153 bytes, over the limit of 2,097,152 bytes for one content file, so it is not read: split it into several pages");
    expect(result.ignores).toEqual(["content/notes.md", "content/talks/long.txt"]);
  });
});

describe(".eleventyignore", () => {
  test("is refused in a content folder of its own, not at the project root", () => {
    const { root, content } = project({ ".eleventyignore": "notes.md\n", "blog/.eleventyignore": "x\n" });
    writeFileSync(path.join(root, ".eleventyignore"), "drafts/\n");
    expect(screen(root, content).found).toEqual(["content/.eleventyignore eleventyignore"]);
    // Content at the project root: the .eleventyignore there is the site's own (and one in a
    // folder below the input folder is one Eleventy does not read).
    expect(screen(root, root).found).toEqual([]);
  });
});

describe("templates", () => {
  test(".njk, .liquid and .html files run only when the templates setting lists them", () => {
    const { root, content } = project({
      "index.njk": "",
      "blog/index.njk": "",
      "blog/old.liquid": "",
      "archive/2019.html": "",
      "archive/2020.HTML": "",
      "notes.md": "",
      "_includes/own.njk": "",
      "_data/x.json": "{}",
    });
    const { found, ignores } = screen(root, content, { templatesAllowed: templatesAllowed(["blog/index.njk", "archive/*.html"]), skip: [path.join(content, "_includes")] });
    // Matched as written: 2020.HTML is not 2020.html (Linux runners tell them apart).
    expect(found).toEqual(["content/archive/2020.HTML templates", "content/blog/old.liquid templates", "content/index.njk templates"]);
    expect(ignores.sort()).toEqual(["content/archive/2020.HTML", "content/blog/old.liquid", "content/index.njk"]);
  });
});
