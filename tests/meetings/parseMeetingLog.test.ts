import { describe, expect, it } from "vitest";
import { createMarkdown } from "../../src/markdown/index.ts";
import { meetingsFromTokens, parseMeetingLog } from "../../src/meetings/index.ts";
import { readFixture, renderedHeadingIds } from "./helpers.ts";
import { md } from "../helpers/model.ts";

const options = { sourcePath: "content/special-interest/demo/notes.md", url: "/special-interest/demo/notes/", group: "demo" };
const parse = (markdown: string, bodyLine?: number) => parseMeetingLog(md, markdown, { ...options, bodyLine });

describe("parseMeetingLog: date headings", () => {
  it.each([
    "08 Dec 2023",
    "8 December 2023",
    "8th of December 2023",
    "Friday 8 December 2023",
    "Fri. 8 Dec. 2023",
    "Friday, 8 December 2023",
    "December 8, 2023",
    "Dec 8 2023",
    "2023-12-08",
    "Friday 2023-12-08",
    "**8 Dec 2023**",
    "8\u00a0Dec\u00a02023",
    "\u200b8 Dec 2023",
    "   8   Dec    2023   ",
  ])("reads ## %j as a meeting on 2023-12-08", (heading) => {
    const [meeting, ...rest] = parse(`## ${heading}\n\nNotes.`);
    expect(rest).toEqual([]);
    expect(meeting).toMatchObject({ date: "2023-12-08", id: "2023-12-08", valid: true, line: 1 });
    expect(meeting?.url).toBe("/special-interest/demo/notes/#2023-12-08");
  });

  it("keeps the date as written as the title, or the title after it", () => {
    const meetings = parse("## Fri 8 Dec 2023\n\n## 12 Apr 2023 – Case study: grants\n\n## 1 May 2023: Retro\n");
    expect(meetings.map((m) => m.title)).toEqual(["Fri 8 Dec 2023", "Case study: grants", "Retro"]);
  });

  it("ignores level-2 headings that are not dates, and dates at other levels", () => {
    const meetings = parse("## Overview\n\n## December plans\n\n### 8 Dec 2023\n\n# 9 Dec 2023\n\n## 2023 review\n");
    expect(meetings).toEqual([]);
  });

  it("reads setext level-2 headings", () => {
    expect(parse("8 Dec 2023\n----------\n\nNotes.").map((m) => m.date)).toEqual(["2023-12-08"]);
  });

  it("marks date-like headings that are not calendar dates as invalid", () => {
    const [meeting] = parse("## 31 Feb 2023\n\nNo notes this time.");
    expect(meeting).toMatchObject({ date: "2023-02-31", id: "2023-02-31", valid: false, excerpt: "No notes this time." });
  });

  it("ignores headings inside code fences and block quotes", () => {
    const markdown = "```\n## 8 Dec 2023\n```\n\n~~~md\n## 9 Dec 2023\n~~~\n\n> ## 10 Dec 2023\n";
    expect(parse(markdown)).toEqual([]);
  });

  it("gives two meetings on one date the -1 id the page gives them", () => {
    const markdown = "## 8 Dec 2023\n\nMorning.\n\n## 8 December 2023 – Afternoon\n\nAfternoon.\n";
    const ids = parse(markdown).map((m) => m.id);
    expect(ids).toEqual(["2023-12-08", "2023-12-08-1"]);
    expect(renderedHeadingIds(markdown)).toEqual(ids);
  });

  it("counts ids taken by other headings, as the page does", () => {
    const markdown = "# 2023-12-08\n\n## 8 Dec 2023\n";
    expect(parse(markdown)[0]?.id).toBe("2023-12-08-1");
    expect(renderedHeadingIds(markdown)).toContain("2023-12-08-1");
  });

  it("returns [] for empty, blank and meeting-free input", () => {
    expect(parse("")).toEqual([]);
    expect(parse("   \n\n\t")).toEqual([]);
    expect(parse("Just a paragraph.\n\n## Overview\n")).toEqual([]);
  });

  it("never throws on input that is not a string", () => {
    // Called from JavaScript and Nunjucks too, where nothing checks the types.
    const loose = parseMeetingLog as (md: unknown, markdown: unknown, options: unknown) => unknown;
    expect(loose(md, undefined, undefined)).toEqual([]);
    expect(loose(md, 42, null)).toEqual([]);
    expect(loose(md, "## 8 Dec 2023", {})).toMatchObject([{ id: "2023-12-08", url: "#2023-12-08", group: "" }]);
  });
});

describe("parseMeetingLog: meeting boundaries and lines", () => {
  // As if the fixture followed four lines of front matter: headings on lines 7, 32, 47 and 57.
  const meetings = parse(readFixture("formats.md"), 5);

  it("finds each meeting, in page order, with its line in the file", () => {
    expect(meetings.map((m) => [m.id, m.line])).toEqual([
      ["2023-12-08", 11],
      ["2023-12-08-1", 36],
      ["2023-11-10", 51],
      ["2023-02-31", 61],
    ]);
  });

  it("ends a meeting at a non-date level-2 heading", () => {
    const second = meetings[1];
    expect(second?.topics).toEqual(["Second meeting on the same day"]);
    expect(second?.organisations).not.toContain("Hidden Org");
    expect(second?.excerpt).toBe("Short.");
  });

  it("ends a meeting at a level-1 heading", () => {
    const [meeting] = parse("## 8 Dec 2023\n\nIn.\n\n# Appendix\n\nOut.\n");
    expect(meeting?.excerpt).toBe("In.");
  });

  it("does not take footnote text into the last meeting", () => {
    const [meeting] = parse("## 8 Dec 2023\n\nSee note.[^1]\n\n[^1]: Jim (GCHQ) wrote this.\n");
    expect(meeting?.organisations).toEqual([]);
  });

  it("keeps meetings with no notes", () => {
    expect(meetings[3]).toMatchObject({ attendees: [], topics: [], organisations: [], excerpt: "No notes this time." });
  });
});

describe("parseMeetingLog: attendees, topics and organisations", () => {
  const [first, second, third] = parse(readFixture("formats.md"));

  it("reads a **Attendees:** list, ignoring the fenced example", () => {
    expect(first?.attendees).toEqual(["AS (CDDO)", "Jim (GCHQ)", "Ola GCHQ", "Sam"]);
    expect(first?.organisations).toEqual(["CDDO", "GCHQ"]);
  });

  it("uses ### headings as topics, leaving out Actions", () => {
    expect(first?.topics).toEqual(["Signing in practice"]);
  });

  it("reads a **Attendees**: list and skips pronouns", () => {
    expect(second?.attendees).toEqual(["Kim (she/her) (Met Office)", "Lee (they/them)"]);
    expect(second?.organisations).toEqual(["Met Office"]);
  });

  it("reads a ### Attendees list and speaker lines in list items", () => {
    expect(third?.attendees).toEqual(["MW (CDDO)"]);
    expect(third?.topics).toEqual(["Dependabot noise"]);
    expect(third?.organisations).toEqual(["CDDO", "DWP"]);
  });

  it.each([
    ["Attendees:\n\n- MW (CDDO)\n- Sam", ["MW (CDDO)", "Sam"]],
    ["Attendees:\n- MW (CDDO)\n- Sam", ["MW (CDDO)", "Sam"]],
    ["Attendees\n\n- MW (CDDO)", ["MW (CDDO)"]],
    ["**Attendees:** MW (CDDO), Jo (DWP, remote); Sam.", ["MW (CDDO)", "Jo (DWP, remote)", "Sam"]],
    ["Attendees:\nMW (CDDO)\nSam", ["MW (CDDO)", "Sam"]],
    ["### Attendees\n\n1. *MW* (CDDO)\n2. `Sam`", ["MW (CDDO)", "Sam"]],
    ["### Attendees\n\nMW (CDDO), Sam", ["MW (CDDO)", "Sam"]],
    ["Attendees:\n\n- [MW](/people/mw) (CDDO)\n  - nested note", ["MW (CDDO)"]],
  ])("reads attendees from %j", (block, expected) => {
    expect(parse(`## 8 Dec 2023\n\n${block}\n`)[0]?.attendees).toEqual(expected);
  });

  it("does not read a list as attendees when something else comes between", () => {
    const [meeting] = parse("## 8 Dec 2023\n\nAttendees:\n\n```\nx\n```\n\n- JS (Met Office)\n");
    expect(meeting?.attendees).toEqual([]);
  });

  it("does not take a paragraph starting with a label word for a label", () => {
    const [meeting] = parse("## 8 Dec 2023\n\nPresent the plan to the board.\n\n- A (B)\n");
    expect(meeting?.attendees).toEqual([]);
    expect(meeting?.excerpt).toBe("Present the plan to the board. A (B)");
  });

  it("keeps the attendee list out of the excerpt and cuts long notes at a word", () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`).join(" ");
    const [meeting] = parse(`## 8 Dec 2023\n\nAttendees:\n\n- MW (CDDO)\n\n### Topic\n\n${words}\n`);
    const excerpt = meeting?.excerpt ?? "";
    expect(excerpt.startsWith("word0 word1")).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(200);
    expect(excerpt).toMatch(/ word\d+…$/u);
  });
});

describe("meetingsFromTokens", () => {
  it("gives the same meetings from tokens the caller already parsed", () => {
    const markdown = readFixture("formats.md");
    const tokens = createMarkdown().parse(markdown, {});
    expect(meetingsFromTokens(tokens, options)).toEqual(parse(markdown));
  });
});
