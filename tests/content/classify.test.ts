import { describe, expect, it } from "vitest";
import { classify, relativeToInput } from "../../src/content/classify.ts";
import { sortMeetings, type ParsedMeeting } from "../../src/meetings/index.ts";

describe("classify: kinds from where a file sits in the input folder", () => {
  it.each([
    ["index.md", "page", ""],
    ["about.md", "page", ""],
    ["meetups/notes.md", "page", ""],
    ["blog/2023-12-08-welcome.md", "post", ""],
    ["blog/index.md", "page", ""],
    ["blog/drafts/2023-12-08-x.md", "page", ""],
    ["blog/welcome.md", "post", ""],
    ["blog/feed.njk", "page", ""],
    ["myblog/x.md", "page", ""],
    ["blog.md", "page", ""],
    ["special-interest/g/blog/x.md", "post", "g"],
    ["guides/writing-notes.md", "guide", ""],
    ["guides/index.md", "page", ""],
    ["guides/history.njk", "guide", ""],
    ["talks/notes-in-the-open.txt", "talk", ""],
    ["archive/talks/2019/keynote.txt", "talk", ""],
    ["notes/readme.txt", "page", ""],
    ["special-interest/accessibility/index.md", "group-index", "accessibility"],
    ["special-interest/accessibility/notes.md", "page", "accessibility"],
    ["special-interest/inner-source/meetings/2023-07-05.md", "meeting-file", "inner-source"],
    ["special-interest/inner-source/meetings/2023-07-05-licensing-clinic.md", "meeting-file", "inner-source"],
    ["special-interest/inner-source/meetings/index.md", "page", "inner-source"],
    ["special-interest/inner-source/meetings/2023-07-05.txt", "page", "inner-source"],
    ["special-interest/inner-source/meetings/notes-2023-07-05.md", "page", "inner-source"],
    ["special-interest/inner-source/meetings/old/2023-07-05.md", "page", "inner-source"],
    ["special-interest/index.md", "page", ""],
    ["meetups/meetings/2023-07-05.md", "page", ""],
    ["special-interest/accessibility/guides/x.md", "guide", "accessibility"],
  ])("%s is a %s of group %j", (relativePath, kind, group) => {
    expect(classify(relativePath)).toMatchObject({ kind, group });
  });

  it("tolerates ./ and Windows separators", () => {
    expect(classify(".\\special-interest\\a\\meetings\\2023-07-05.md")).toMatchObject({ kind: "meeting-file", group: "a" });
  });

  it("takes the groups folder from the settings, at any depth", () => {
    const options = { groupsFolder: "community/groups" };
    expect(classify("community/groups/data/index.md", {}, options)).toMatchObject({ kind: "group-index", group: "data" });
    expect(classify("community/groups/data/meetings/2024-01-05.md", {}, options)).toMatchObject({ kind: "meeting-file", group: "data" });
    expect(classify("special-interest/data/index.md", {}, options)).toMatchObject({ kind: "page", group: "" });
    expect(classify("community/index.md", {}, options)).toMatchObject({ kind: "page", group: "" });
  });

  it("makes a post of any Markdown file tagged post or posts, and of Jekyll's _posts", () => {
    expect(classify("blog/2025/01/conference.md", { tags: ["post"] }).kind).toBe("post");
    expect(classify("news/launch.md", { tags: "posts" }).kind).toBe("post");
    expect(classify("news/launch.md", { tags: "news, posts" }).kind).toBe("post");
    expect(classify("_posts/2019-05-04-hello.md").kind).toBe("post");
    expect(classify("_posts/2019/2019-05-04-hello.md").kind).toBe("post");
    for (const [path, data] of [["news/launch.md", { tags: ["postal"] }], ["news/launch.njk", { tags: ["post"] }], ["blog/2025/01/x.md", {}]] as const) {
      expect(classify(path, data).kind, path).toBe("page");
    }
    // A group's own files stay what they are.
    expect(classify("special-interest/a/index.md", { tags: ["post"] }).kind).toBe("group-index");
  });

  it("knows a transcript from the talks extension's data, wherever it is", () => {
    expect(classify("recordings/keynote.txt", { talk: true }).kind).toBe("talk");
  });

  it("says which Markdown pages may be logs of meetings", () => {
    expect(classify("meetups/notes.md").mayHoldMeetings).toBe(true);
    expect(classify("special-interest/a/notes.md").mayHoldMeetings).toBe(true);
    expect(classify("about.md").mayHoldMeetings).toBe(true);
    for (const path of ["blog/2023-01-01-x.md", "guides/x.md", "blog/index.md", "talks/x.md", "special-interest/a/index.md", "special-interest/a/meetings/2023-01-01.md", "x.njk"]) {
      expect(classify(path).mayHoldMeetings, path).toBe(false);
    }
  });
});

describe("relativeToInput", () => {
  it.each([
    ["./content/special-interest/a/notes.md", "./content/", "special-interest/a/notes.md"],
    ["./content/about.md", "content", "about.md"],
    ["./about.md", "./", "about.md"],
    ["./about.md", ".", "about.md"],
  ])("%s in %s is %s", (inputPath, input, expected) => {
    expect(relativeToInput(inputPath, input, "/site")).toBe(expected);
  });

  it("works with absolute paths and an input folder elsewhere", () => {
    expect(relativeToInput("/tmp/copy/blog/x.md", "/tmp/copy", "/work/site")).toBe("blog/x.md");
    expect(relativeToInput("../../tmp/copy/blog/x.md", "../../tmp/copy/", "/work/site")).toBe("blog/x.md");
  });
});

describe("sortMeetings", () => {
  const meeting = (date: string, group: string, line: number, id = ""): ParsedMeeting => ({
    group, date, id, line, title: "", url: "", topics: [], attendees: [], organisations: [], excerpt: "", sourcePath: "", valid: true,
  });

  it("puts the newest first, then orders by group and line, keeping ties stable", () => {
    const input = [
      meeting("2023-01-01", "b", 1),
      meeting("2024-01-01", "b", 9),
      meeting("2024-01-01", "a", 20),
      meeting("2024-01-01", "b", 3, "first"),
      meeting("2024-01-01", "b", 3, "second"),
    ];
    const sorted = sortMeetings(input);
    expect(sorted.map((m) => `${m.date} ${m.group} ${m.line}${m.id}`)).toEqual([
      "2024-01-01 a 20",
      "2024-01-01 b 3first",
      "2024-01-01 b 3second",
      "2024-01-01 b 9",
      "2023-01-01 b 1",
    ]);
    expect(input[0]?.date).toBe("2023-01-01");
  });
});
