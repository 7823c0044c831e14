// The content folder read as data: front matter, where the body starts, the URL, and which files count.
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { listMarkdownFiles, pageUrl, readSourceFile, readSourceFiles } from "../../src/content/sourceFiles.ts";
import { tempDir } from "../helpers/tempDir.ts";

/** A temporary content folder holding `files` (relative path → text). */
function contentFolder(files: Record<string, string>): string {
  const folder = tempDir("community-notes-sources-");
  for (const [name, text] of Object.entries(files)) {
    const target = path.join(folder, name);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  return folder;
}

const relative = (folder: string, files: string[]) => files.map((f) => path.relative(folder, f).split(path.sep).join("/"));

describe("listMarkdownFiles", () => {
  it("lists Markdown files only, skipping _-folders, dot-folders and node_modules", () => {
    const folder = contentFolder({
      "index.md": "# Home",
      "notes.txt": "not Markdown",
      "blog/2023-12-08-x.md": "post",
      "special-interest/g/notes.md": "notes",
      "_drafts/idea.md": "draft",
      "special-interest/g/_unused/old.md": "old",
      ".git/readme.md": "git",
      ".github/pull_request_template.md": "template",
      "node_modules/pkg/README.md": "package",
      "guides/node_modules/x.md": "nested package",
    });
    expect(relative(folder, listMarkdownFiles(folder))).toEqual(["blog/2023-12-08-x.md", "index.md", "special-interest/g/notes.md"]);
  });

  it("lists in code-unit order, whatever the builder's locale", () => {
    const folder = contentFolder({ "b.md": "", "B.md": "", "a.md": "", "ä.md": "", "z.md": "", "a/inner.md": "", "a-b.md": "" });
    const first = relative(folder, listMarkdownFiles(folder));
    // Each folder's entries by UTF-16 code unit ("B" < "a" < "z" < "ä"), folders walked in place.
    expect(first).toEqual(["B.md", "a/inner.md", "a-b.md", "a.md", "b.md", "z.md", "ä.md"]);
    expect(relative(folder, listMarkdownFiles(folder))).toEqual(first);
  });

  it("gives an empty list for a folder that does not exist", () => {
    expect(listMarkdownFiles(path.join(tmpdir(), "community-notes-no-such-folder", "content"))).toEqual([]);
  });
});

describe("pageUrl", () => {
  it.each([
    ["special-interest/g/notes.md", "/special-interest/g/notes/"],
    ["special-interest/g/index.md", "/special-interest/g/"],
    ["special-interest/g/meetings/2024-05-10.md", "/special-interest/g/meetings/2024-05-10/"],
    ["blog/2023-12-08-x.md", "/blog/x/"],
    ["blog/index.md", "/blog/"],
    ["index.md", "/"],
    ["about.md", "/about/"],
  ])("%s → %s by default", (file, url) => {
    expect(pageUrl(file, {})).toBe(url);
  });

  it("uses an absolute permalink, dropping a trailing index.html", () => {
    expect(pageUrl("blog/2023-12-08-x.md", { permalink: "/news/welcome/" })).toBe("/news/welcome/");
    expect(pageUrl("about.md", { permalink: "/about-us/index.html" })).toBe("/about-us/");
    expect(pageUrl("feed.md", { permalink: "/feed.xml" })).toBe("/feed.xml");
  });

  it("falls back to the default for a permalink that is not an absolute path", () => {
    expect(pageUrl("about.md", { permalink: false })).toBe("/about/");
    expect(pageUrl("about.md", { permalink: "relative/" })).toBe("/about/");
  });
});

describe("readSourceFile", () => {
  it("normalises front matter as the build does", () => {
    const folder = contentFolder({
      "blog/2023-12-08-x.md": "---\ntitle: Hello\ntags: meetings, news\npublished: false\n---\nBody\n",
    });
    const file = readSourceFile(path.join(folder, "blog/2023-12-08-x.md"), folder);
    expect(file?.data.tags).toEqual(["meetings", "news"]);
    expect(file?.data.draft).toBe(true);
    expect(file?.data.title).toBe("Hello");
    expect(file?.body).toBe("Body\n");
  });

  it("names the file relative to the content folder and to the working directory", () => {
    const folder = contentFolder({ "special-interest/g/notes.md": "# Notes\n" });
    const file = readSourceFile(path.join(folder, "special-interest/g/notes.md"), folder, path.dirname(folder));
    expect(file?.relativePath).toBe("special-interest/g/notes.md");
    expect(file?.sourcePath).toBe(`${path.basename(folder)}/special-interest/g/notes.md`);
    expect(file?.url).toBe("/special-interest/g/notes/");
  });

  it("takes the URL from permalink (or Docusaurus slug) when given", () => {
    const folder = contentFolder({
      "a.md": "---\npermalink: /elsewhere/\n---\nA",
      "b.md": "---\nslug: /docs/b\n---\nB",
    });
    expect(readSourceFile(path.join(folder, "a.md"), folder)?.url).toBe("/elsewhere/");
    expect(readSourceFile(path.join(folder, "b.md"), folder)?.url).toBe("/docs/b/");
  });

  it.each([
    ["no front matter", "## 8 Dec 2023\n\nText\n", 1],
    ["front matter", "---\ntitle: T\ntags: a\n---\n## 8 Dec 2023\n\nText\n", 5],
    ["CRLF front matter", "---\r\ntitle: T\r\ntags: a\r\n---\r\n## 8 Dec 2023\r\n\r\nText\r\n", 5],
    ["blank lines after front matter", "---\ntitle: T\n---\n\n\n## 8 Dec 2023\n", 4],
    ["empty front matter", "---\n---\n## 8 Dec 2023\n", 3],
  ])("bodyLine is the file line where the body starts (%s)", (_, text, bodyLine) => {
    const folder = contentFolder({ "notes.md": text });
    const file = readSourceFile(path.join(folder, "notes.md"), folder);
    expect(file?.bodyLine).toBe(bodyLine);
    // Line k of the body is line bodyLine + k of the file.
    const fileLines = text.split(/\r?\n/);
    const bodyLines = (file?.body ?? "").split(/\r?\n/);
    expect(fileLines.slice(bodyLine - 1)).toEqual(bodyLines);
    const heading = bodyLines.findIndex((line) => line.startsWith("## "));
    expect(fileLines[bodyLine - 1 + heading]).toBe("## 8 Dec 2023");
  });

  it("gives undefined for broken YAML or a missing file, without throwing", () => {
    const folder = contentFolder({ "broken.md": "---\ntitle: [unclosed\n---\nBody\n" });
    expect(readSourceFile(path.join(folder, "broken.md"), folder)).toBeUndefined();
    expect(readSourceFile(path.join(folder, "missing.md"), folder)).toBeUndefined();
  });
});

describe("readSourceFiles", () => {
  const files = {
    "index.md": "# Home\n",
    "blog/2023-12-08-x.md": "---\ntitle: X\n---\nPost\n",
    "blog/2023-12-09-draft.md": "---\ndraft: true\n---\nDraft\n",
    "blog/2023-12-10-unpublished.md": "---\npublished: false\n---\nUnpublished\n",
    "blog/2023-12-11-string-draft.md": "---\ndraft: \"true\"\n---\nDraft too\n",
    "guides/broken.md": "---\ntitle: \"unterminated\n---\nBody\n",
    "special-interest/g/notes.md": "## 8 Dec 2023\n",
    "_includes/layout.md": "layout",
  };

  it("leaves drafts out, skips broken files, and keeps a sorted order", () => {
    const folder = contentFolder(files);
    expect(readSourceFiles(folder, { includeDrafts: false }).map((f) => f.relativePath)).toEqual([
      "blog/2023-12-08-x.md",
      "index.md",
      "special-interest/g/notes.md",
    ]);
  });

  it("keeps drafts when asked", () => {
    const folder = contentFolder(files);
    expect(readSourceFiles(folder, { includeDrafts: true }).map((f) => f.relativePath)).toEqual([
      "blog/2023-12-08-x.md",
      "blog/2023-12-09-draft.md",
      "blog/2023-12-10-unpublished.md",
      "blog/2023-12-11-string-draft.md",
      "index.md",
      "special-interest/g/notes.md",
    ]);
  });
});
