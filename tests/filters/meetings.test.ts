// Filters that shape the meeting index for templates.
import { describe, expect, it } from "vitest";
import {
  feedItems,
  groupTitle,
  meetingForPage,
  meetingHeading,
  meetingNeighbours,
  meetingsByYear,
  meetingsJson,
  meetingsOnPage,
} from "../../src/filters/meetings.ts";
import type { CollectionItem } from "../../src/eleventy/types.ts";
import type { Group } from "../../src/groups/groups.ts";
import type { Meeting } from "../../src/meetings/index.ts";

/** A per-meeting file's record unless `id` is given (then a section of a log page at `page`). */
function meeting(group: string, date: string, extra: Partial<Meeting> & { page?: string } = {}): Meeting {
  const { page, ...rest } = extra;
  const id = rest.id ?? "";
  const url = id ? `${page ?? `/special-interest/${group}/notes/`}#${id}` : `/special-interest/${group}/meetings/${date}/`;
  return {
    group,
    date,
    id,
    title: date,
    url,
    topics: [],
    attendees: [],
    organisations: [],
    excerpt: "",
    sourcePath: "content/x.md",
    line: 1,
    valid: true,
    ...rest,
  };
}

const groups = [{ slug: "inner-source", title: "Inner source" }, { slug: "ai", title: "AI" }] as Group[];

function post(date: string, url: string, title: string): CollectionItem {
  return { url, inputPath: `./content${url}.md`, fileSlug: url, date: new Date(date), data: { title } as CollectionItem["data"] };
}

describe("meetingsByYear", () => {
  it("groups consecutive meetings by year, keeping their order", () => {
    const meetings = [meeting("a", "2024-03-01"), meeting("b", "2024-01-05"), meeting("a", "2023-12-08"), meeting("a", "2022-05-05")];
    expect(meetingsByYear(meetings).map((y) => [y.year, y.meetings.map((m) => m.date)])).toEqual([
      ["2024", ["2024-03-01", "2024-01-05"]],
      ["2023", ["2023-12-08"]],
      ["2022", ["2022-05-05"]],
    ]);
    expect(meetingsByYear([])).toEqual([]);
  });
});

describe("groupTitle", () => {
  it("names community-wide notes, known groups and unknown slugs", () => {
    expect(groupTitle("", groups)).toBe("Community");
    expect(groupTitle("ai", groups)).toBe("AI");
    expect(groupTitle("unknown-group", groups)).toBe("unknown-group");
  });
});

describe("meetingsJson", () => {
  const meetings = [
    meeting("ai", "2024-03-01", {
      id: "2024-03-01",
      title: "Case study",
      topics: ["Models"],
      attendees: ["Sam (GDS)", "Kim (she/her)"],
      organisations: ["GDS"],
      excerpt: "We talked.",
      sourcePath: "content/special-interest/ai/notes.md",
    }),
    meeting("", "2024-01-05"),
  ];

  it("is valid JSON with a meetings list and no attendee names", () => {
    const text = meetingsJson(meetings, groups);
    expect(text.endsWith("}\n")).toBe(true);
    const parsed = JSON.parse(text) as { meetings: Record<string, unknown>[] };
    expect(Object.keys(parsed)).toEqual(["meetings"]);
    expect(parsed.meetings).toHaveLength(2);
    expect(parsed.meetings[0]).toMatchObject({
      group: "ai",
      groupTitle: "AI",
      date: "2024-03-01",
      id: "2024-03-01",
      title: "Case study",
      url: "/special-interest/ai/notes/#2024-03-01",
      topics: ["Models"],
      organisations: ["GDS"],
    });
    expect(parsed.meetings[1]).toMatchObject({ group: "", groupTitle: "Community", id: "" });
    for (const entry of parsed.meetings) expect(entry).not.toHaveProperty("attendees");
    expect(text).not.toContain("Sam");
    expect(text).not.toContain("Kim");
  });

  it("keeps one key order whatever order the record's fields were set in", () => {
    const [first] = meetings;
    const shuffled = Object.fromEntries(Object.entries(first!).reverse()) as unknown as Meeting;
    const keys = (text: string) => (JSON.parse(text) as { meetings: object[] }).meetings.map((m) => Object.keys(m));
    const expected = ["group", "groupTitle", "date", "id", "title", "url", "topics", "organisations", "excerpt", "source"];
    expect(keys(meetingsJson([first!], groups))).toEqual([expected]);
    expect(meetingsJson([shuffled], groups)).toBe(meetingsJson([first!], groups));
  });
});

describe("feedItems", () => {
  const posts = [post("2024-01-05T00:00:00Z", "/blog/new-year/", "New year"), post("2023-11-20T10:00:00Z", "/blog/autumn/", "Autumn")];
  const meetings = [
    meeting("inner-source", "2024-03-01"),
    meeting("ai", "2024-01-05", { id: "2024-01-05", title: "Case study" }),
    meeting("", "2023-12-08", { id: "2023-12-08", page: "/notes/" }),
  ];

  it("merges posts and meetings newest first, posts first on the same day", () => {
    expect(feedItems(posts, meetings, groups).map((i) => [i.kind, i.url, i.title])).toEqual([
      ["meeting", "/special-interest/inner-source/meetings/2024-03-01/", "Inner source: 2024-03-01"],
      ["post", "/blog/new-year/", "New year"],
      ["meeting", "/special-interest/ai/notes/#2024-01-05", "AI: Case study"],
      ["meeting", "/notes/#2023-12-08", "Community: 2023-12-08"],
      ["post", "/blog/autumn/", "Autumn"],
    ]);
  });

  it("puts posts first on the same day whichever list comes first", () => {
    const sameDay = [meeting("ai", "2024-01-05", { id: "2024-01-05" }), meeting("inner-source", "2024-01-05")];
    const kinds = feedItems([posts[0]!], sameDay, groups).map((i) => i.kind);
    expect(kinds).toEqual(["post", "meeting", "meeting"]);
    expect(feedItems([posts[0]!], [...sameDay].reverse(), groups).map((i) => i.url)).toEqual(
      feedItems([posts[0]!], sameDay, groups).map((i) => i.url),
    );
  });

  it("dates meetings at UTC midnight and stops at the limit", () => {
    const items = feedItems(posts, meetings, groups, 2);
    expect(items).toHaveLength(2);
    expect(items[0]?.date.toISOString()).toBe("2024-03-01T00:00:00.000Z");
    expect(feedItems(posts, meetings, groups, 0)).toEqual([]);
  });
});

describe("meetingForPage", () => {
  const file = meeting("ai", "2024-01-05");
  const section = meeting("ai", "2024-01-05", { id: "2024-01-05" });

  it("finds the per-meeting record behind a page", () => {
    expect(meetingForPage([section, file], "/special-interest/ai/meetings/2024-01-05/")).toBe(file);
  });

  it("finds nothing for a log page, another page, or no URL", () => {
    expect(meetingForPage([section, file], "/special-interest/ai/notes/")).toBeUndefined();
    expect(meetingForPage([section, file], "/special-interest/ai/notes/#2024-01-05")).toBeUndefined();
    expect(meetingForPage([section, file], false)).toBeUndefined();
    expect(meetingForPage([section, file], undefined)).toBeUndefined();
  });
});

describe("meetingNeighbours", () => {
  // Newest first, as the meetings collection is.
  const march = meeting("ai", "2024-03-01");
  const feb = meeting("ai", "2024-02-02");
  const febSection = meeting("ai", "2024-01-20", { id: "2024-01-20" });
  const other = meeting("inner-source", "2024-01-10");
  const jan = meeting("ai", "2024-01-05");
  const all = [march, feb, febSection, other, jan];

  it("gives the older and newer per-meeting files of the same group", () => {
    expect(meetingNeighbours(all, feb)).toEqual({ newer: march, older: jan });
  });

  it("gives only one neighbour at either end", () => {
    expect(meetingNeighbours(all, march)).toEqual({ newer: undefined, older: feb });
    expect(meetingNeighbours(all, jan)).toEqual({ newer: feb, older: undefined });
    expect(meetingNeighbours(all, other)).toEqual({ newer: undefined, older: undefined });
  });

  it("gives none for no meeting or a log-page section", () => {
    expect(meetingNeighbours(all, undefined)).toEqual({});
    expect(meetingNeighbours(all, febSection)).toEqual({});
  });
});

describe("meetingsOnPage", () => {
  const page = "/a/notes/";
  const s1 = meeting("a", "2024-03-01", { id: "2024-03-01", page, line: 40 });
  const s2 = meeting("a", "2023-12-08", { id: "2023-12-08", page, line: 12 });
  const s3 = meeting("a", "2024-01-05", { id: "2024-01-05", page, line: 25 });
  const lookalike = meeting("a", "2024-02-02", { id: "2024-02-02", page: "/a/notes-2/", line: 5 });
  const nested = meeting("a", "2024-02-03", { id: "2024-02-03", page: "/a/notes/old/", line: 6 });
  const file = { ...meeting("a", "2024-02-10"), url: page };
  const all = [s1, lookalike, s3, file, nested, s2];

  it("gives that page's sections in line order", () => {
    expect(meetingsOnPage(all, page)).toEqual([s2, s3, s1]);
  });

  it("gives nothing for a page without sections, or no URL", () => {
    expect(meetingsOnPage(all, "/a/")).toEqual([]);
    expect(meetingsOnPage(all, "/a/notes-2/")).toEqual([lookalike]);
    expect(meetingsOnPage(all, false)).toEqual([]);
  });
});

describe("meetingHeading", () => {
  it.each([
    ["8 Dec 2023", "2023-12-08", "8 December 2023"],
    ["2023-12-08", "2023-12-08", "8 December 2023"],
    ["Fri 8 December 2023", "2023-12-08", "8 December 2023"],
    ["Case study", "2023-04-12", "12 April 2023: Case study"],
    ["12 April 2023 – Case study", "2023-04-12", "12 April 2023: Case study"],
    ["  ", "2023-04-12", "12 April 2023"],
  ])("title %j on %s → %j", (title, date, heading) => {
    expect(meetingHeading(meeting("g", date, { title }))).toBe(heading);
  });

  it("writes the date in the site's language", () => {
    expect(meetingHeading(meeting("g", "2023-12-08", { title: "8 Dec 2023" }), "en-US")).toBe("December 8, 2023");
  });
});
