// What the search index is told about each page.
import { describe, expect, it } from "vitest";
import { pageKind, pagefindFields, searchFacets, type SearchPage } from "../../src/search/facets.ts";
import { communityFrom } from "../helpers/model.ts";

const NOTES = "/special-interest/platform/notes/";
const community = communityFrom({
  "special-interest/platform/index.md": "---\ntitle: Platform & tooling\n---\nWe look after the platform.\n",
  "special-interest/platform/notes.md": "---\ntitle: Notes\n---\n## 2024-04-12\n\nText.\n\n## 2023-12-08\n\nMore.\n",
  "special-interest/platform/meetings/2023-07-05.md": "Notes.\n",
  "special-interest/platform/charter.md": "---\ntitle: Charter\n---\nWhat we do.\n",
  "meetups/notes.md": "## 2024-04-30\n\nWe met.\n",
  "blog/2024-01-10-hello.md": "---\ntitle: Hello\n---\nHi.\n",
  "guides/how.md": "---\ntitle: How\n---\nLike this.\n",
  "talks/x.txt": "Title: X\nCaptions:\n\tHello\n",
  "about.md": "---\ntitle: About\n---\nUs.\n",
  "index.md": "---\ntitle: Home\n---\nWelcome.\n",
});

const page = (url: string | false, path: string, date?: Date): SearchPage => ({ url, inputPath: `./content/${path}`, date });
const kindOf = (path: string) => pageKind(community.fileAt(`./content/${path}`)!, community);

describe("pageKind", () => {
  it("calls log pages and per-meeting pages meetings, wherever they are", () => {
    expect(kindOf("special-interest/platform/notes.md")).toBe("meeting");
    expect(kindOf("special-interest/platform/meetings/2023-07-05.md")).toBe("meeting");
    expect(kindOf("meetups/notes.md")).toBe("meeting");
  });

  it("tells posts, guides, talks and plain pages apart as the content model classifies them", () => {
    expect(kindOf("blog/2024-01-10-hello.md")).toBe("post");
    expect(kindOf("guides/how.md")).toBe("guide");
    expect(kindOf("talks/x.txt")).toBe("talk");
    expect(kindOf("about.md")).toBe("page");
    expect(kindOf("special-interest/platform/charter.md")).toBe("page");
  });
});

describe("searchFacets", () => {
  it("gives a log page every year and its group, and a span of years to show", () => {
    expect(searchFacets(page(NOTES, "special-interest/platform/notes.md"), community)).toEqual({
      kind: "meeting",
      kindLabel: "Meeting notes",
      groups: ["Platform & tooling"],
      years: ["2024", "2023"],
      date: "",
    });
  });

  it("dates a single meeting and names community meet-ups", () => {
    expect(searchFacets(page("/special-interest/platform/meetings/2023-07-05/", "special-interest/platform/meetings/2023-07-05.md"), community)).toMatchObject({
      kindLabel: "Meeting",
      groups: ["Platform & tooling"],
      years: ["2023"],
      date: "5 July 2023",
    });
    expect(searchFacets(page("/meetups/notes/", "meetups/notes.md"), community)).toMatchObject({
      kindLabel: "Meeting",
      groups: ["Community meet-up"],
      date: "30 April 2024",
    });
  });

  it("dates posts and dated talks, not pages", () => {
    const date = new Date("2024-01-10T00:00:00Z");
    expect(searchFacets(page("/blog/hello/", "blog/2024-01-10-hello.md", date), community)).toEqual({
      kind: "post",
      kindLabel: "Post",
      groups: [],
      years: ["2024"],
      date: "10 January 2024",
    });
    expect(searchFacets(page("/talks/x/", "talks/x.txt", date), community, { date })).toMatchObject({ years: ["2024"] });
    expect(searchFacets(page("/talks/x/", "talks/x.txt", date), community)).toMatchObject({ years: [], date: "" });
    expect(searchFacets(page("/about/", "about.md", date), community)).toMatchObject({ kind: "page", years: [], date: "" });
  });

  it("files pages in a group's folder under that group, and indexes the group page itself", () => {
    expect(searchFacets(page("/special-interest/platform/charter/", "special-interest/platform/charter.md"), community)).toMatchObject({
      kind: "page",
      groups: ["Platform & tooling"],
    });
    expect(searchFacets(page("/special-interest/platform/", "_system/group.njk"), community)).toMatchObject({
      kind: "page",
      kindLabel: "Group",
      groups: ["Platform & tooling"],
    });
  });

  it("leaves out drafts, the home page, the tool's own pages and files that are not pages", () => {
    expect(searchFacets(page("/about/", "about.md"), community, { draft: true })).toBeUndefined();
    expect(searchFacets(page("/", "index.md"), community)).toBeUndefined();
    expect(searchFacets(page("/meetings/", "_system/meetings.njk"), community)).toBeUndefined();
    expect(searchFacets(page("/search/", "_system/search.njk"), community)).toBeUndefined();
    expect(searchFacets(page("/feed.xml", "_system/feed.njk"), community)).toBeUndefined();
    expect(searchFacets(page(false, "notes/readme.txt"), community)).toBeUndefined();
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
