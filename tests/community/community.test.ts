// The community as data: which files give meetings, which give groups, and the per-build cache.
import { mkdirSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildCommunity, clearCommunityCache, loadCommunity } from "../../src/community/community.ts";
import { pageUrl, type SourceFile } from "../../src/content/sourceFiles.ts";
import { tempDir } from "../helpers/tempDir.ts";

/** A SourceFile as readSourceFile would give it for `content/<relativePath>`. */
function source(relativePath: string, body: string, data: Record<string, unknown> = {}, bodyLine = 1): SourceFile {
  return { relativePath, sourcePath: `content/${relativePath}`, data, body, bodyLine, url: pageUrl(relativePath, data) };
}

const LOG = [
  "Intro paragraph.", // 1
  "", // 2
  "## 8 December 2023", // 3
  "", // 4
  "### Licensing", // 5
  "", // 6
  "## Overview", // 7
  "", // 8
  "Not a meeting.", // 9
  "", // 10
  "## 12 April 2023: Case study", // 11
  "", // 12
  "## 2023-10-13", // 13
  "",
].join("\n");

describe("buildCommunity: log pages", () => {
  it("gives one meeting per date section, deep-linked to its heading", () => {
    const page = source("special-interest/g/notes.md", LOG);
    const { meetings } = buildCommunity([page]);
    expect(meetings.map((m) => [m.date, m.id, m.url])).toEqual([
      ["2023-12-08", "2023-12-08", "/special-interest/g/notes/#2023-12-08"],
      ["2023-10-13", "2023-10-13", "/special-interest/g/notes/#2023-10-13"],
      ["2023-04-12", "2023-04-12", "/special-interest/g/notes/#2023-04-12"],
    ]);
    for (const m of meetings) {
      expect(m.group).toBe("g");
      expect(m.url).toBe(`${page.url}#${m.id}`);
      expect(m.sourcePath).toBe("content/special-interest/g/notes.md");
    }
    expect(meetings[0]?.topics).toEqual(["Licensing"]);
  });

  it("counts lines from where the body starts in the file", () => {
    const { meetings } = buildCommunity([source("special-interest/g/notes.md", LOG, { title: "Notes" }, 4)]);
    // Heading on body line 3, body starting on file line 4 → file line 6.
    expect(meetings.find((m) => m.date === "2023-12-08")?.line).toBe(6);
    expect(meetings.find((m) => m.date === "2023-04-12")?.line).toBe(14);
  });

  it("reads setext date headings, as the parser and renderer do", () => {
    const body = "Intro\n\n8 December 2023\n---------------\n\nText\n\n12 April 2023: Case study\n---\n";
    const { meetings } = buildCommunity([source("special-interest/g/notes.md", body)]);
    expect(meetings.map((m) => m.url)).toEqual(["/special-interest/g/notes/#2023-12-08", "/special-interest/g/notes/#2023-04-12"]);
  });

  it("gives group \"\" to notes outside any group", () => {
    const { meetings } = buildCommunity([source("notes.md", "## 8 Dec 2023\n"), source("community/calls.md", "## 9 Dec 2023\n")]);
    expect(meetings.map((m) => [m.group, m.url])).toEqual([
      ["", "/community/calls/#2023-12-09"],
      ["", "/notes/#2023-12-08"],
    ]);
  });

  it("never reads blog posts, guides or talks as notes, date headings or not", () => {
    const dated = "## 8 December 2023\n\nText\n\n## 2024-01-05 – Review\n";
    const files = [
      source("blog/2023-12-08-x.md", dated),
      source("guides/running-a-meeting.md", dated),
      source("talks/keynote.md", dated),
      source("blog/index.md", dated),
    ];
    expect(buildCommunity(files).meetings).toEqual([]);
  });

  it("treats a group's index.md as metadata, not notes", () => {
    const { meetings, groups } = buildCommunity([source("special-interest/g/index.md", "## 8 December 2023\n", { title: "G" })]);
    expect(meetings).toEqual([]);
    expect(groups.map((g) => g.slug)).toEqual(["g"]);
  });

  it("leaves out impossible dates", () => {
    const body = "## 31 February 2024\n\nText\n\n## 29 February 2024\n\nLeap day\n";
    const { meetings } = buildCommunity([source("special-interest/g/notes.md", body)]);
    expect(meetings.map((m) => m.date)).toEqual(["2024-02-29"]);
  });
});

describe("buildCommunity: per-meeting files", () => {
  it("gives one meeting per file, at the page's own URL", () => {
    const { meetings } = buildCommunity([
      source("special-interest/g/meetings/2024-01-05.md", "## Licensing\n\n## Tooling\n"),
      source("special-interest/g/meetings/2024-02-02-clinic.md", "Just text, no headings.\n", { title: "Clinic" }),
    ]);
    expect(meetings.map((m) => [m.group, m.date, m.id, m.title, m.url])).toEqual([
      // The page's published URL: outside blog folders the date stays in the name.
      ["g", "2024-02-02", "", "Clinic", "/special-interest/g/meetings/2024-02-02-clinic/"],
      ["g", "2024-01-05", "", "5 January 2024", "/special-interest/g/meetings/2024-01-05/"],
    ]);
    expect(meetings[1]?.topics).toEqual(["Licensing", "Tooling"]);
  });

  it("leaves out a file named after an impossible date", () => {
    expect(buildCommunity([source("special-interest/g/meetings/2023-02-31.md", "Notes\n")]).meetings).toEqual([]);
  });

  it("sorts meetings from every file newest first", () => {
    const { meetings } = buildCommunity([
      source("special-interest/a/notes.md", "## 2023-10-13\n\n## 2024-03-01\n"),
      source("special-interest/b/meetings/2023-12-08.md", "Notes\n"),
      source("notes.md", "## 2024-01-05\n"),
    ]);
    expect(meetings.map((m) => `${m.date} ${m.group}`)).toEqual(["2024-03-01 a", "2024-01-05 ", "2023-12-08 b", "2023-10-13 a"]);
  });
});

describe("buildCommunity: groups", () => {
  it("builds a group for every folder under special-interest/, with or without index.md", () => {
    const { groups } = buildCommunity([
      source("special-interest/with-index/index.md", "About us.\n", { title: "Named group" }),
      source("special-interest/no-index/notes.md", "## 2024-01-05\n"),
      source("special-interest/only-meetings/meetings/2024-02-02.md", "Notes\n"),
      source("blog/2024-01-01-x.md", "Post\n"),
    ]);
    expect(groups.map((g) => [g.slug, g.title, g.meetingCount])).toEqual([
      ["no-index", "No index", 1],
      ["only-meetings", "Only meetings", 1],
      ["with-index", "Named group", 0],
    ]);
    expect(groups.find((g) => g.slug === "no-index")?.pages).toEqual([{ title: "Notes", url: "/special-interest/no-index/notes/" }]);
    // A per-meeting file is a meeting, not one of the group's pages.
    expect(groups.find((g) => g.slug === "only-meetings")?.pages).toEqual([]);
  });
});

describe("loadCommunity", () => {
  afterEach(() => {
    clearCommunityCache();
  });

  function write(folder: string, name: string, text: string): void {
    mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    writeFileSync(path.join(folder, name), text);
  }

  function contentFolder(): string {
    const folder = tempDir("community-notes-community-");
    write(folder, "special-interest/g/notes.md", "## 2024-01-05\n");
    write(folder, "special-interest/g/meetings/2024-02-02.md", "---\ndraft: true\n---\nDraft notes\n");
    return folder;
  }

  it("after an edit, re-reads only the changed file (npm start's rebuilds)", () => {
    const folder = contentFolder();
    write(folder, "special-interest/h/notes.md", "## 2023-03-03\n");
    const before = loadCommunity(folder, { includeDrafts: false });
    const untouched = before.meetings.find((m) => m.group === "h");
    clearCommunityCache();
    write(folder, "special-interest/g/notes.md", "## 2024-01-05\n\n## 2023-12-08\n");
    utimesSync(path.join(folder, "special-interest/g/notes.md"), new Date(), new Date(Date.now() + 5000));
    const after = loadCommunity(folder, { includeDrafts: false });
    expect(after.meetings.filter((m) => m.group === "g").map((m) => m.date)).toEqual(["2024-01-05", "2023-12-08"]);
    // The unchanged file's meeting is the very same record: it was not parsed again.
    expect(after.meetings.find((m) => m.group === "h")).toBe(untouched);
  });

  it("reads the folder once per (folder, includeDrafts) until the cache is cleared", () => {
    const folder = contentFolder();
    const first = loadCommunity(folder, { includeDrafts: false });
    expect(first.meetings.map((m) => m.date)).toEqual(["2024-01-05"]);

    write(folder, "special-interest/g/meetings/2024-03-01.md", "New notes\n");
    expect(loadCommunity(folder, { includeDrafts: false })).toBe(first);
    // The same folder named another way is the same entry.
    expect(loadCommunity(path.relative(process.cwd(), folder), { includeDrafts: false })).toBe(first);

    const withDrafts = loadCommunity(folder, { includeDrafts: true });
    expect(withDrafts).not.toBe(first);
    expect(withDrafts.meetings.map((m) => m.date)).toEqual(["2024-03-01", "2024-02-02", "2024-01-05"]);

    clearCommunityCache();
    const fresh = loadCommunity(folder, { includeDrafts: false });
    expect(fresh).not.toBe(first);
    expect(fresh.meetings.map((m) => m.date)).toEqual(["2024-03-01", "2024-01-05"]);
  });

  it("keeps folders apart", () => {
    const a = contentFolder();
    const b = contentFolder();
    write(b, "special-interest/h/notes.md", "## 2023-12-08\n");
    expect(loadCommunity(a, { includeDrafts: false }).groups.map((g) => g.slug)).toEqual(["g"]);
    expect(loadCommunity(b, { includeDrafts: false }).groups.map((g) => g.slug)).toEqual(["g", "h"]);
  });

  it("reads front matter dates from the files (a group's next meeting)", () => {
    const folder = contentFolder();
    write(folder, "special-interest/g/index.md", "---\ntitle: Gee\nnext: 2024-06-07\ndescription: We talk.\n---\nAbout.\n");
    const [group] = loadCommunity(folder, { includeDrafts: false }).groups;
    expect(group).toMatchObject({ slug: "g", title: "Gee", next: "2024-06-07", aim: "We talk.", body: "About.\n" });
  });
});
