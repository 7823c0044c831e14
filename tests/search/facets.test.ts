// What the search index is told about each page.
import { describe, expect, it } from "vitest";
import { isSystemPage, pageKind, pagefindFields, searchFacets, type SearchPage } from "../../src/search/facets.ts";
import type { Group } from "../../src/groups/groups.ts";
import type { Meeting } from "../../src/meetings/index.ts";

function meeting(group: string, date: string, url: string, id = "", line = 1): Meeting {
  return {
    group,
    date,
    id,
    title: date,
    url: id ? `${url}#${id}` : url,
    topics: [],
    attendees: [],
    organisations: [],
    excerpt: "",
    sourcePath: "content/x.md",
    line,
    valid: true,
  };
}

const NOTES = "/special-interest/platform/notes/";
const meetings = [
  meeting("platform", "2024-04-12", NOTES, "2024-04-12", 10),
  meeting("platform", "2023-12-08", NOTES, "2023-12-08", 30),
  meeting("platform", "2023-07-05", "/special-interest/platform/meetings/2023-07-05/"),
  meeting("", "2024-04-30", "/meetups/notes/", "2024-04-30"),
];
const groups = [{ slug: "platform", title: "Platform & tooling", url: "/special-interest/platform/" }] as Group[];

const page = (url: string | false, inputPath: string, date?: Date): SearchPage => ({ url, inputPath, date });

describe("pageKind", () => {
  it("calls log pages and per-meeting pages meetings, wherever they are", () => {
    expect(pageKind(page(NOTES, "./content/special-interest/platform/notes.md"), meetings)).toBe("meeting");
    expect(pageKind(page("/special-interest/platform/meetings/2023-07-05/", "./content/x.md"), meetings)).toBe("meeting");
    expect(pageKind(page("/meetups/notes/", "./content/meetups/notes.md"), meetings)).toBe("meeting");
  });

  it("tells posts, guides, talks and plain pages apart by where they come from", () => {
    expect(pageKind(page("/blog/hello/", "./content/blog/2024-01-10-hello.md"), meetings)).toBe("post");
    expect(pageKind(page("/guides/how/", "./content/guides/how.md"), meetings)).toBe("guide");
    expect(pageKind(page("/talks/x/", "./content/talks/x.txt"), meetings)).toBe("talk");
    expect(pageKind(page("/talks/y/", "./content/talks/y.md"), meetings, { talk: true })).toBe("talk");
    expect(pageKind(page("/about/", "./content/about.md"), meetings)).toBe("page");
    expect(pageKind(page("/special-interest/platform/charter/", "./content/special-interest/platform/charter.md"), meetings)).toBe("page");
  });
});

describe("searchFacets", () => {
  it("gives a log page every year and its group, and a span of years to show", () => {
    expect(searchFacets(page(NOTES, "./content/special-interest/platform/notes.md"), meetings, groups)).toEqual({
      kind: "meeting",
      kindLabel: "Meeting notes",
      groups: ["Platform & tooling"],
      years: ["2024", "2023"],
      date: "",
    });
  });

  it("dates a single meeting and names community meet-ups", () => {
    expect(searchFacets(page("/special-interest/platform/meetings/2023-07-05/", "./content/x.md"), meetings, groups)).toMatchObject({
      kindLabel: "Meeting",
      groups: ["Platform & tooling"],
      years: ["2023"],
      date: "5 July 2023",
    });
    expect(searchFacets(page("/meetups/notes/", "./content/meetups/notes.md"), meetings, groups)).toMatchObject({
      kindLabel: "Meeting",
      groups: ["Community meet-up"],
      date: "30 April 2024",
    });
  });

  it("dates posts and dated talks, not pages", () => {
    const date = new Date("2024-01-10T00:00:00Z");
    expect(searchFacets(page("/blog/hello/", "./content/blog/2024-01-10-hello.md", date), meetings, groups)).toEqual({
      kind: "post",
      kindLabel: "Post",
      groups: [],
      years: ["2024"],
      date: "10 January 2024",
    });
    expect(searchFacets(page("/talks/x/", "./content/talks/x.txt", date), meetings, groups, { talk: true, date })).toMatchObject({ years: ["2024"] });
    expect(searchFacets(page("/talks/y/", "./content/talks/y.txt", date), meetings, groups, { talk: true })).toMatchObject({ years: [], date: "" });
    expect(searchFacets(page("/about/", "./content/about.md", date), meetings, groups)).toMatchObject({ kind: "page", years: [], date: "" });
  });

  it("files pages in a group's folder under that group, and indexes the group page itself", () => {
    expect(searchFacets(page("/special-interest/platform/charter/", "./content/special-interest/platform/charter.md"), meetings, groups)).toMatchObject({
      kind: "page",
      groups: ["Platform & tooling"],
    });
    expect(searchFacets(page("/special-interest/platform/", "./content/_system/group.njk"), meetings, groups)).toMatchObject({
      kind: "page",
      kindLabel: "Group",
      groups: ["Platform & tooling"],
    });
  });

  it("leaves out drafts, the home page, listings and files that are not pages", () => {
    expect(searchFacets(page("/about/", "./content/about.md"), meetings, groups, { draft: true })).toBeUndefined();
    expect(searchFacets(page("/", "./content/index.md"), meetings, groups)).toBeUndefined();
    expect(searchFacets(page("/meetings/", "./content/_system/meetings.njk"), meetings, groups)).toBeUndefined();
    expect(searchFacets(page("/search/", "./content/_system/search.njk"), meetings, groups)).toBeUndefined();
    expect(searchFacets(page("/feed.xml", "./content/_system/feed.njk"), meetings, groups)).toBeUndefined();
    expect(searchFacets(page(false, "./content/notes/readme.txt"), meetings, groups)).toBeUndefined();
  });

  it("recognises system pages on any platform", () => {
    expect(isSystemPage("./content/_system/tags.njk")).toBe(true);
    expect(isSystemPage(".\\content\\_system\\tags.njk")).toBe(true);
    expect(isSystemPage("./content/system/tags.md")).toBe(false);
  });
});

describe("pagefindFields", () => {
  it("writes one hidden element per filter value, and metadata only where filters cannot say it", () => {
    expect(pagefindFields({ kind: "meeting", kindLabel: "Meeting notes", groups: ["Data & <AI>"], years: ["2024", "2023"], date: "" })).toBe(
      '<div hidden data-pagefind-ignore><span data-pagefind-filter="kind">meeting</span>' +
        '<span data-pagefind-filter="group">Data &amp; &lt;AI&gt;</span>' +
        '<span data-pagefind-filter="year">2024</span><span data-pagefind-filter="year">2023</span>' +
        '<span data-pagefind-meta="kind">Meeting notes</span></div>',
    );
    expect(pagefindFields({ kind: "post", kindLabel: "Post", groups: [], years: ["2024"], date: "10 January 2024" })).toBe(
      '<div hidden data-pagefind-ignore><span data-pagefind-filter="kind">post</span>' +
        '<span data-pagefind-filter="year">2024</span><span data-pagefind-meta="date">10 January 2024</span></div>',
    );
  });
});
