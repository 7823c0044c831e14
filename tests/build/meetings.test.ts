/**
 * The meeting index end to end: notes pages dropped unchanged into group folders become
 * `/meetings/`, group pages, `/meetings.json`, feeds and calendars.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildSite, projectRoot, type BuiltSite } from "./buildSite.ts";
import type { Meeting } from "../../src/meetings/index.ts";

const fixture = (name: string) => readFileSync(path.join(projectRoot, "tests/fixtures/meetings-site", name), "utf8");

/** An entry of /meetings.json: the published fields of a Meeting. */
type JsonMeeting = Pick<Meeting, "group" | "date" | "id" | "title" | "url" | "topics" | "organisations">;

describe("the meeting index of a site with two groups", () => {
  let site: BuiltSite;
  let meetings: JsonMeeting[];
  beforeAll(async () => {
    site = await buildSite({
      // A group folder with no index.md, holding a log page with nine meetings.
      "special-interest/open-data/notes.md": fixture("nine-meetings.md"),
      // A second group: a log page with three meetings, two per-meeting files, metadata.
      "special-interest/design-system/notes.md": fixture("three-meetings.md"),
      "special-interest/design-system/index.md":
        "---\ntitle: Design system\naim: Share components and patterns.\ncadence: every month\nnext: 2027-02-12\nstatus: active\n---\nCome and show what you built.\n",
      "special-interest/design-system/meetings/2024-01-12.md":
        '---\ntitle: Component audit\nattendees:\n  - "GH (HMRC)"\n---\n## Notes\n\n### Buttons\n\nAudited buttons.\n',
      "special-interest/design-system/meetings/2024-02-09.md": "Attendees:\n\n- IJ (DWP)\n\n## Notes\n\n### Tables\n\nSorted tables.\n",
      "meetups/notes.md": "---\ntitle: Meet-up notes\n---\n## 30 April 2024\n\n### Lightning talks\n\nThree talks.\n",
    });
    const json = JSON.parse(site.file("/meetings.json")) as { meetings: JsonMeeting[] };
    meetings = json.meetings;
  });

  test("nine meetings of the log page in a folder without index.md, each deep-linking to its heading", () => {
    const openData = meetings.filter((m) => m.group === "open-data");
    expect(openData).toHaveLength(9);
    const page = site.html("/special-interest/open-data/notes/");
    const headingIds = new Set(page.querySelectorAll("h2[id]").map((h) => h.getAttribute("id")));
    for (const meeting of openData) {
      expect(meeting.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(meeting.id).toBe(meeting.date);
      expect(meeting.url).toBe(`/special-interest/open-data/notes/#${meeting.date}`);
      expect(headingIds.has(meeting.id)).toBe(true);
    }
    expect(openData[0]?.date).toBe("2024-09-13");
    expect(openData[0]?.topics).toEqual(["Topic 1"]);
    expect(openData[0]?.organisations).toEqual(["ONS", "DfT"]);
  });

  test("the second group is counted separately, log sections and per-meeting files together", () => {
    const design = meetings.filter((m) => m.group === "design-system");
    expect(design.map((m) => m.date)).toEqual(["2024-02-09", "2024-01-12", "2023-12-08", "2023-11-10", "2023-10-13"]);
    const file = design.find((m) => m.date === "2024-01-12");
    expect(file?.url).toBe("/special-interest/design-system/meetings/2024-01-12/");
    expect(file?.title).toBe("Component audit");
    expect(file?.organisations).toEqual(["HMRC"]);
    expect(meetings.filter((m) => m.group === "")).toHaveLength(1);
  });

  test("/meetings/ links straight to every meeting, newest first, grouped by year", () => {
    const page = site.html("/meetings/");
    const links = page.querySelectorAll(".meeting__title a").map((a) => a.getAttribute("href"));
    expect(links).toEqual(meetings.map((m) => m.url));
    expect(page.querySelectorAll("section h2").map((h) => h.getAttribute("id"))).toEqual(["year-2024", "year-2023"]);
  });

  test("the groups index shows each group with its meeting count and last meeting", () => {
    const cards = site.html("/special-interest/").querySelectorAll(".card");
    const byTitle = new Map(cards.map((c) => [c.querySelector("h2 a")?.text, c.text.replace(/\s+/g, " ")]));
    expect(byTitle.get("Open data")).toContain("9 meetings");
    expect(byTitle.get("Open data")).toContain("13 September 2024");
    expect(byTitle.get("Design system")).toContain("5 meetings");
    expect(byTitle.get("Design system")).toContain("Meets every month");
  });

  test("a group page without index.md is titled from its folder and lists its meetings and pages", () => {
    const page = site.html("/special-interest/open-data/");
    expect(page.querySelector("h1")?.text).toBe("Open data");
    expect(page.querySelectorAll(".meeting-list .meeting")).toHaveLength(9);
    expect(page.querySelector('a[href="/special-interest/open-data/notes/"]')?.text).toBe("Open data meeting notes");
    const orgs = page.querySelectorAll(".org-list li").map((li) => li.text.replace(/\s+/g, " ").trim());
    expect(orgs).toContain("ONS (5 meetings)");
  });

  test("a group page with index.md shows its metadata, its text and a calendar for the next meeting", () => {
    const page = site.html("/special-interest/design-system/");
    expect(page.querySelector("h1")?.text).toBe("Design system");
    expect(page.querySelector(".lead")?.text).toBe("Share components and patterns.");
    expect(page.text).toContain("Come and show what you built.");
    expect(page.querySelector('a[href="/special-interest/design-system/next.ics"]')).not.toBeNull();
    const ics = site.file("/special-interest/design-system/next.ics");
    expect(ics).toContain("BEGIN:VCALENDAR");
    expect(ics).toContain("DTSTART;VALUE=DATE:20270212");
    expect(site.exists("/special-interest/open-data/next.ics")).toBe(false);
  });

  test("per-meeting pages link to the previous and next meeting of their group", () => {
    const page = site.html("/special-interest/design-system/meetings/2024-01-12/");
    expect(page.querySelector("h1")?.text).toBe("Component audit");
    expect(page.querySelector(".pager a[rel=next]")?.getAttribute("href")).toBe("/special-interest/design-system/meetings/2024-02-09/");
    expect(page.querySelector(".pager a[rel=prev]")).toBeNull();
    const untitled = site.html("/special-interest/design-system/meetings/2024-02-09/");
    expect(untitled.querySelector("h1")?.text).toBe("Design system: 9 February 2024");
    expect(untitled.querySelector(".pager a[rel=prev]")?.getAttribute("href")).toBe("/special-interest/design-system/meetings/2024-01-12/");
  });

  test("a log page lists its meetings at the top", () => {
    const nav = site.html("/special-interest/open-data/notes/").querySelector("nav.page-contents");
    expect(nav?.querySelectorAll("a").map((a) => a.getAttribute("href"))).toEqual(
      meetings.filter((m) => m.group === "open-data").map((m) => `#${m.id}`),
    );
  });

  test("meetings are in the site feed and in a feed per group, with absolute URLs", () => {
    const feed = site.file("/feed.xml");
    expect(feed).toContain('<link href="https://example-community.github.io/special-interest/open-data/notes/#2024-09-13"/>');
    const groupFeed = site.file("/special-interest/open-data/feed.xml");
    expect(groupFeed.match(/<entry>/g)).toHaveLength(9);
    expect(groupFeed).toContain("<updated>2024-09-13T00:00:00Z</updated>");
  });
});
