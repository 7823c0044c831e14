// Filters that shape the meeting index for templates.
import { describe, expect, it } from "vitest";
import { feedItems, meetingHeading, meetingsByYear, meetingsJson } from "../../src/filters/meetings.ts";
import type { CollectionItem } from "../../src/eleventy/types.ts";
import type { Meeting } from "../../src/meetings/index.ts";

/** A per-meeting file's record unless `id` is given (then a section of a log page at `page`). */
function meeting(group: string, date: string, extra: Partial<Meeting> & { page?: string } = {}): Meeting {
  const { page, ...rest } = extra;
  const id = rest.id ?? "";
  const url = id ? `${page ?? `/special-interest/${group}/notes/`}#${id}` : `/special-interest/${group}/meetings/${date}/`;
  const titles: Record<string, string> = { "inner-source": "Inner source", ai: "AI" };
  return {
    group,
    groupTitle: group ? (titles[group] ?? group) : "Community",
    groupUrl: group ? `/special-interest/${group}/` : "",
    date,
    readableDate: date,
    id,
    title: date,
    ownTitle: "",
    url,
    pageUrl: url.split("#")[0]!,
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

function post(date: string, url: string, title: string): CollectionItem {
  return { url, outputPath: false, inputPath: `./content${url}.md`, fileSlug: url, date: new Date(date), data: { title } as CollectionItem["data"] };
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
    const text = meetingsJson(meetings);
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
    expect(keys(meetingsJson([first!]))).toEqual([expected]);
    expect(meetingsJson([shuffled])).toBe(meetingsJson([first!]));
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
    expect(feedItems(posts, meetings).map((i) => [i.kind, i.url, i.title])).toEqual([
      ["meeting", "/special-interest/inner-source/meetings/2024-03-01/", "Inner source: 2024-03-01"],
      ["post", "/blog/new-year/", "New year"],
      ["meeting", "/special-interest/ai/notes/#2024-01-05", "AI: Case study"],
      ["meeting", "/notes/#2023-12-08", "Community: 2023-12-08"],
      ["post", "/blog/autumn/", "Autumn"],
    ]);
  });

  it("puts posts first on the same day whichever list comes first", () => {
    const sameDay = [meeting("ai", "2024-01-05", { id: "2024-01-05" }), meeting("inner-source", "2024-01-05")];
    const kinds = feedItems([posts[0]!], sameDay).map((i) => i.kind);
    expect(kinds).toEqual(["post", "meeting", "meeting"]);
    expect(feedItems([posts[0]!], [...sameDay].reverse()).map((i) => i.url)).toEqual(
      feedItems([posts[0]!], sameDay).map((i) => i.url),
    );
  });

  it("dates meetings at UTC midnight and stops at the limit", () => {
    const items = feedItems(posts, meetings, 2);
    expect(items).toHaveLength(2);
    expect(items[0]?.date.toISOString()).toBe("2024-03-01T00:00:00.000Z");
    expect(feedItems(posts, meetings, 0)).toEqual([]);
  });
});

describe("meetingHeading", () => {
  it("is the readable date, and the meeting's own title when it has one", () => {
    expect(meetingHeading(meeting("g", "2023-12-08", { readableDate: "8 December 2023" }))).toBe("8 December 2023");
    expect(meetingHeading(meeting("g", "2023-04-12", { readableDate: "12 April 2023", ownTitle: "Case study" }))).toBe("12 April 2023: Case study");
  });
});
