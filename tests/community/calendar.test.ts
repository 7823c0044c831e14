// A group's next meeting as an iCalendar file: all-day, stable, absolute, CRLF.
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it, vi } from "vitest";
import { groupCalendar } from "../../src/community/calendar.ts";
import type { Group } from "../../src/community/groups.ts";

function group(overrides: Partial<Group> = {}): Group {
  return {
    slug: "inner-source",
    title: "Inner source",
    aim: "Share code inside organisations.",
    contact: "",
    cadence: "monthly",
    channel: "#inner-source",
    status: "active",
    next: "2024-06-07",
    url: "/special-interest/inner-source/",
    sourcePath: "content/special-interest/inner-source/index.md",
    body: "",
    meetings: [],
    meetingCount: 0,
    lastMeeting: "",
    pages: [],
    organisations: [],
    ...overrides,
  };
}

/** Content lines with RFC 5545 folding undone (CRLF followed by a space or tab continues a line). */
function lines(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, "").split("\r\n");
}

const value = (ics: string, name: string) => lines(ics).find((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`));

afterEach(() => {
  vi.useRealTimers();
});

describe("groupCalendar", () => {
  it("gives nothing for a group without a next meeting", () => {
    expect(groupCalendar(group({ next: "" }), "https://example.org/", "Site")).toBeUndefined();
    expect(groupCalendar(group({ next: "7 June 2024" }), "https://example.org/", "Site")).toBeUndefined();
  });

  it("gives a calendar with one all-day event", () => {
    const ics = groupCalendar(group(), "https://example.org/", "Community notes");
    expect(ics).toBeDefined();
    const all = lines(ics!);
    expect(all[0]).toBe("BEGIN:VCALENDAR");
    expect(all.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(1);
    expect(all.filter((l) => l === "END:VEVENT")).toHaveLength(1);
    expect(all.at(-2)).toBe("END:VCALENDAR");
    expect(value(ics!, "DTSTART")).toBe("DTSTART;VALUE=DATE:20240607");
    expect(value(ics!, "DTEND")).toBe("DTEND;VALUE=DATE:20240608");
    expect(value(ics!, "SUMMARY")).toBe("SUMMARY:Inner source meeting");
    expect(value(ics!, "X-WR-CALNAME")).toBe("X-WR-CALNAME:Community notes: Inner source");
    const description = value(ics!, "DESCRIPTION") ?? "";
    expect(description).toContain("Share code inside organisations.");
    expect(description).toContain("We meet monthly.");
    expect(description).toContain("Notes: https://example.org/special-interest/inner-source/");
  });

  it.each([
    ["2024-02-28", "20240229"],
    ["2024-02-29", "20240301"],
    ["2023-02-28", "20230301"],
    ["2023-12-31", "20240101"],
  ])("ends the day after %s", (next, end) => {
    expect(value(groupCalendar(group({ next }), "https://example.org/", "Site")!, "DTEND")).toBe(`DTEND;VALUE=DATE:${end}`);
  });

  it("has a UID made of the group, the date and the site's host", () => {
    const uid = value(groupCalendar(group(), "https://x.github.io/repo/", "Site")!, "UID");
    expect(uid).toBe("UID:inner-source-2024-06-07@x.github.io");
    expect(value(groupCalendar(group({ slug: "other" }), "https://x.github.io/repo/", "Site")!, "UID")).not.toBe(uid);
    expect(value(groupCalendar(group({ next: "2024-07-05" }), "https://x.github.io/repo/", "Site")!, "UID")).not.toBe(uid);
  });

  it("builds the same file whenever it is built (DTSTAMP does not come from the clock)", async () => {
    const first = groupCalendar(group(), "https://example.org/", "Site");
    await sleep(15);
    const second = groupCalendar(group(), "https://example.org/", "Site");
    expect(second).toBe(first);

    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2031-01-02T03:04:05Z"));
    expect(groupCalendar(group(), "https://example.org/", "Site")).toBe(first);
    expect(value(first!, "DTSTAMP")).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/);
  });

  it.each([
    ["https://example.org/", "https://example.org/special-interest/inner-source/"],
    ["https://x.github.io/repo/", "https://x.github.io/repo/special-interest/inner-source/"],
    ["https://x.github.io/repo", "https://x.github.io/repo/special-interest/inner-source/"],
    ["https://x.github.io/a/b/", "https://x.github.io/a/b/special-interest/inner-source/"],
  ])("links to the group page under the base %s", (base, url) => {
    const ics = groupCalendar(group(), base, "Site")!;
    expect(value(ics, "URL")).toBe(`URL:${url}`);
    expect(value(ics, "DESCRIPTION")).toContain(`Notes: ${url}`);
  });

  it("ends every line with CRLF", () => {
    const ics = groupCalendar(group(), "https://x.github.io/repo/", "Site")!;
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });
});
