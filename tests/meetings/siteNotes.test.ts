// The fixture site's notes (tests/fixtures/e2e-site, a copy of the demo community's), parsed as
// the site will parse them.
import { describe, expect, it } from "vitest";
import { parseMeetingLog, sortMeetings } from "../../src/meetings/index.ts";
import { classify } from "../../src/content/classify.ts";
import { readRepoFile, renderedHeadingIds, splitFrontMatter } from "./helpers.ts";
import { md } from "../helpers/model.ts";

const SITE = "tests/fixtures/e2e-site/";

/** `path`: a file of the fixture site, from its folder. */
function parseNotes(path: string) {
  const source = readRepoFile(`${SITE}${path}`);
  const { body, bodyLine } = splitFrontMatter(source);
  const meetings = parseMeetingLog(md, body, { sourcePath: `${SITE}${path}`, url: "/notes/", group: classify(path).group, bodyLine });
  return { source, body, meetings };
}

describe("the fixture site's notes", () => {
  const { source, body, meetings } = parseNotes("special-interest/supply-chain-security/notes.md");

  it("finds the nine supply chain meetings, newest first", () => {
    expect(meetings).toHaveLength(9);
    expect(meetings.map((m) => m.date)).toEqual([
      "2024-05-24",
      "2024-04-26",
      "2024-03-29",
      "2024-03-01",
      "2024-02-02",
      "2024-01-05",
      "2023-12-08",
      "2023-11-10",
      "2023-10-13",
    ]);
    expect(sortMeetings(meetings)).toEqual(meetings);
    expect(meetings.every((m) => m.group === "supply-chain-security" && m.valid)).toBe(true);
  });

  it("points each meeting at its heading line and its id on the page", () => {
    const lines = source.split("\n");
    const ids = renderedHeadingIds(body);
    for (const meeting of meetings) {
      expect(lines[meeting.line - 1]).toMatch(/^## /u);
      expect(ids).toContain(meeting.id);
    }
  });

  it("reads attendees, organisations and topics of the latest meeting", () => {
    expect(meetings[0]).toMatchObject({
      attendees: ["RK (HMRC)", "JS (Met Office)", "AO (NHS England)", "TB (Leeds City Council)", "MW (CDDO)", "Hannah"],
      organisations: ["HMRC", "Met Office", "NHS England", "Leeds City Council", "CDDO"],
      topics: ["sbom-action v1.0 is out", "What the xz incident means for us", "Licence allow-list"],
    });
    expect(meetings[1]).toMatchObject({ date: "2024-04-26", excerpt: "No notes this time.", attendees: [] });
  });

  it("picks up organisations from speaker lines", () => {
    // "Jo (DWP, joined late) said …" in the notes; DWP is not in the attendee list.
    expect(meetings[4]?.organisations).toContain("DWP");
  });

  it.each([
    ["meetups/notes.md", 4, ""],
    ["special-interest/accessibility/notes.md", 4, "accessibility"],
    ["special-interest/inner-source/notes.md", 3, "inner-source"],
  ])("finds the meetings in %s", (file, count, group) => {
    const { meetings: found } = parseNotes(file);
    expect(found).toHaveLength(count);
    expect(found.every((m) => m.group === group)).toBe(true);
  });
});
