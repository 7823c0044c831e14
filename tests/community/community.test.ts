// The community as data: which files give meetings and groups, and what a Meeting tells its consumers.
import { describe, expect, it } from "vitest";
import { buildCommunity as build, ParseMemo, type CommunityOptions } from "../../src/community/community.ts";
import { sourceFile, type SourceFile } from "../../src/content/source.ts";
import { pageAddress } from "../../src/content/permalinks.ts";
import { md, sourceFrom } from "../helpers/model.ts";

/** A SourceFile as the plugin would give it for `content/<relativePath>`, with this body and data. */
function source(relativePath: string, body: string, data: Record<string, unknown> = {}, bodyLine = 1): SourceFile {
  const stem = `/${relativePath.replace(/\.[^./]+$/, "")}`;
  const url = relativePath.endsWith("/index.md") && relativePath.startsWith("special-interest/") && relativePath.split("/").length === 3 ? false : pageAddress({ stem });
  const file = sourceFile({ inputPath: `./content/${relativePath}`, inputDir: "content", data, body, url, outputPath: url && `./_site${url}index.html` }, { groupsFolder: "special-interest" });
  return { ...file, bodyLine };
}

const buildCommunity = (files: SourceFile[], options: Partial<CommunityOptions> = {}) =>
  build(files, { md, language: "en-GB", groupsFolder: "special-interest", ...options });

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
      expect(m.pageUrl).toBe(page.url);
      expect(m.groupUrl).toBe("/special-interest/g/");
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

describe("buildCommunity: what a Meeting tells its consumers", () => {
  const community = buildCommunity([
    source("special-interest/g/index.md", "About.\n", { title: "Gee group" }),
    source("special-interest/g/notes.md", "## 12 April 2023 – Case study\n\n## Fri 8 December 2023\n\n## 2024-03-01: Review\n"),
    source("special-interest/g/meetings/2024-01-05.md", "Notes\n"),
    source("special-interest/g/meetings/2024-02-02.md", "Notes\n", { title: "Clinic" }),
    source("special-interest/g/meetings/2023-11-10.md", "Notes\n"),
    source("meetups/notes.md", "## 2024-01-20\n"),
  ]);
  const at = (url: string) => community.meetings.find((m) => m.url === url)!;

  it("gives each its group's title and page, its date in the site's language and its own title", () => {
    expect(at("/special-interest/g/notes/#2023-04-12")).toMatchObject({ groupTitle: "Gee group", groupUrl: "/special-interest/g/", readableDate: "12 April 2023", ownTitle: "Case study" });
    expect(at("/special-interest/g/notes/#2023-12-08").ownTitle).toBe("");
    expect(at("/special-interest/g/meetings/2024-02-02/").ownTitle).toBe("Clinic");
    expect(at("/special-interest/g/meetings/2024-01-05/").ownTitle).toBe("");
    expect(at("/meetups/notes/#2024-01-20")).toMatchObject({ groupTitle: "Community", groupUrl: "" });
    expect(buildCommunity([source("notes.md", "## 2024-01-20\n")], { language: "en-US" }).meetings[0]?.readableDate).toBe("January 20, 2024");
  });

  it("links each per-meeting file to the group's older and newer files, not to log sections", () => {
    const [feb, jan, nov] = ["2024-02-02", "2024-01-05", "2023-11-10"].map((d) => at(`/special-interest/g/meetings/${d}/`));
    expect([feb?.newer, feb?.older]).toEqual([undefined, jan]);
    expect([jan?.newer, jan?.older]).toEqual([feb, nov]);
    expect([nov?.newer, nov?.older]).toEqual([jan, undefined]);
    expect(at("/special-interest/g/notes/#2024-03-01").older).toBeUndefined();
  });

  it("answers which meetings are on a page, in page order, and which meeting a page is", () => {
    expect(community.meetingsOnPage("/special-interest/g/notes/").map((m) => m.id)).toEqual(["2023-04-12", "2023-12-08", "2024-03-01"]);
    expect(community.meetingsOnPage("/special-interest/g/")).toEqual([]);
    expect(community.meetingsOnPage(false)).toEqual([]);
    expect(community.meetingForPage("/special-interest/g/meetings/2024-01-05/")?.date).toBe("2024-01-05");
    expect(community.meetingForPage("/special-interest/g/notes/")).toBeUndefined();
    expect(community.meetingForPage(undefined)).toBeUndefined();
  });

  it("makes a page with dated sections a meeting log, and finds files by their input path", () => {
    expect(community.fileAt("./content/special-interest/g/notes.md")?.kind).toBe("meeting-log");
    expect(community.fileAt("./content/special-interest/g/index.md")?.kind).toBe("group-index");
    expect(community.fileAt("./content/nope.md")).toBeUndefined();
  });

  it("titles a meeting file without a title after its group and date, on every page that shows it", () => {
    expect(community.fileAt("./content/special-interest/g/meetings/2024-01-05.md")?.data.title).toBe("Gee group: 5 January 2024");
    expect(community.pageTitles["/special-interest/g/meetings/2024-01-05/"]).toBe("Gee group: 5 January 2024");
    expect(community.pageTitles["/special-interest/g/"]).toBe("Gee group");
  });
});

describe("buildCommunity: titles of meeting files", () => {
  it("keeps a title written in front matter, and recomputes a given one on every build", () => {
    const titled = sourceFrom("special-interest/g/meetings/2024-02-02.md", "---\ntitle: Clinic\n---\nNotes\n");
    const untitled = sourceFrom("special-interest/g/meetings/2024-01-05.md", "Notes\n");
    const index = (title: string) => sourceFrom("special-interest/g/index.md", `---\ntitle: ${title}\n---\n`);
    buildCommunity([titled, untitled, index("Old name")]);
    expect([titled.data.title, untitled.data.title]).toEqual(["Clinic", "Old name: 5 January 2024"]);
    // Under npm start the same data object comes back: a renamed group renames its meetings.
    buildCommunity([titled, untitled, index("New name")]);
    expect(untitled.data.title).toBe("New name: 5 January 2024");
  });

  it("leaves a file named after an impossible date with the title from its name", () => {
    const file = sourceFrom("special-interest/g/meetings/2023-02-31.md", "Notes\n");
    buildCommunity([file]);
    expect(file.data.title).toBe("2023 02 31");
  });
});

describe("buildCommunity: each notes page parsed once", () => {
  it("renders a notes page from the tokens it parsed, once, for that very body", () => {
    const body = "Intro\n\n## 8 December 2023\n\n```js\nlet x = 1;\n```\n\n## Overview\n\nText[^1]\n\n[^1]: A note.\n";
    const community = buildCommunity([source("special-interest/g/notes.md", body)]);
    expect(community.takeRendered("./content/special-interest/g/notes.md", "another body")).toBeUndefined();
    const taken = community.takeRendered("./content/special-interest/g/notes.md", body);
    expect(taken?.html).toBe(md.render(body, {}));
    expect(taken?.tokens.map((t) => t.type)).toEqual(md.parse(body, {}).map((t) => t.type));
    expect(community.takeRendered("./content/special-interest/g/notes.md", body)).toBeUndefined();
  });

  it("keeps the tokens it parsed when asked (the check reads them), the same a fresh parse gives", () => {
    const body = "## 8 December 2023\n\nText[^1]\n\n[^1]: A note.\n";
    const file = source("special-interest/g/notes.md", body);
    expect(buildCommunity([file]).tokensOf(file.inputPath)).toBeUndefined();
    const kept = buildCommunity([file], { keepTokens: true }).tokensOf(file.inputPath);
    expect(kept?.map((t) => [t.type, t.attrGet("id"), t.content])).toEqual(md.parse(body, {}).map((t) => [t.type, t.attrGet("id"), t.content]));
  });

  it("does not render pages it did not parse", () => {
    const community = buildCommunity([source("about.md", "No meetings here.\n"), source("blog/2024-01-01-x.md", "## 8 December 2023\n")]);
    expect(community.takeRendered("./content/about.md", "No meetings here.\n")).toBeUndefined();
    expect(community.takeRendered("./content/blog/2024-01-01-x.md", "## 8 December 2023\n")).toBeUndefined();
  });

  it("parses again only the files whose body or data changed (npm start's rebuilds)", () => {
    const memo = new ParseMemo();
    const g = source("special-interest/g/notes.md", "## 2024-01-05\n");
    const h = source("special-interest/h/notes.md", "## 2023-03-03\n");
    const before = buildCommunity([g, h], { memo });
    const edited = { ...g, body: "## 2024-01-05\n\n## 2023-12-08\n" };
    const after = buildCommunity([edited, h], { memo });
    expect(after.meetings.filter((m) => m.group === "g").map((m) => m.date)).toEqual(["2024-01-05", "2023-12-08"]);
    // The unchanged file's parse is the very same: it was not parsed again.
    expect(after.parsedMeetings.get(h)).toBe(before.parsedMeetings.get(h));
    expect(after.parsedMeetings.get(edited)).not.toBe(before.parsedMeetings.get(g));
  });
});
