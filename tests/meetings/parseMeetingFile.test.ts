import { describe, expect, it } from "vitest";
import { parseMeetingFile } from "../../src/meetings/index.ts";
import { readFixture, readRepoFile, splitFrontMatter } from "./helpers.ts";
import { md } from "../helpers/model.ts";
import { frontMatterOfText } from "../../src/content/frontMatter.ts";

const base = { sourcePath: "x.md", url: "/special-interest/demo/meetings/2024-06-07-retro/", group: "demo" };

/** Reads a file the way Eleventy would: YAML front matter (dates become Date objects) and body. */
function load(source: string, fileName: string) {
  const { frontMatter, body, bodyLine } = splitFrontMatter(source);
  const data = frontMatterOfText(frontMatter)?.data ?? {};
  return parseMeetingFile(md, body, { ...base, fileName, frontMatter: data, bodyLine });
}

describe("parseMeetingFile", () => {
  it("reads a file of the fixture site with a front matter title and attendees", () => {
    const path = "tests/fixtures/e2e-site/special-interest/inner-source/meetings/2023-07-05.md";
    const meeting = load(readRepoFile(path), path);
    expect(meeting).toMatchObject({
      date: "2023-07-05",
      id: "",
      title: "Licensing questions clinic",
      url: base.url,
      attendees: ["OB (Land Registry)", "DK (Defra)", "YW (Scottish Government)", "KT (ONS)", "CL (Hackney Council)"],
      organisations: ["Land Registry", "Defra", "Scottish Government", "ONS", "Hackney Council"],
      // Only Agenda/Notes/Actions headings: the agenda items are the topics, AOB left out.
      topics: ["Questions collected in Discussions since May", "Crown copyright and open licences"],
      // Front matter ends on line 9; line 10 is blank, the body starts with "## Agenda" on line 11.
      line: 11,
      valid: true,
    });
    expect(meeting?.excerpt.startsWith("The first meeting written as its own file.")).toBe(true);
  });

  it("falls back to the file name for the date and the readable date for the title", () => {
    const meeting = load(readRepoFile("tests/fixtures/e2e-site/special-interest/inner-source/meetings/2023-08-16.md"), "2023-08-16.md");
    expect(meeting).toMatchObject({ date: "2023-08-16", title: "16 August 2023", valid: true });
    expect(meeting?.attendees).toHaveLength(3);
  });

  it("reads a file without front matter: inline attendees, ## topics, speaker lines", () => {
    const meeting = load(readFixture("2024-06-07-retro.md"), "meetings/2024-06-07-retro.md");
    expect(meeting).toMatchObject({
      date: "2024-06-07",
      title: "7 June 2024",
      attendees: ["MW (CDDO)", "JS (Met Office)", "Sam"],
      organisations: ["CDDO", "Met Office", "NCSC"],
      topics: ["What went well"],
      excerpt: "Priya (NCSC) said the pilot worked. MW to book the next one.",
      line: 1,
    });
  });

  it("prefers front matter attendees and adds organisations named in the notes", () => {
    const meeting = load(readFixture("2024-07-05.md"), "2024-07-05.md");
    expect(meeting).toMatchObject({
      date: "2024-07-05",
      title: "Agenda only",
      attendees: ["DK (Defra)", "Alex (she/her)"],
      organisations: ["Defra", "Environment Agency"],
      topics: ["Budget", "Hiring plans"],
      excerpt: "FH (Environment Agency) joined late. Brief meeting.",
    });
  });

  it.each([
    [new Date("2024-01-05T00:00:00Z"), "2024-01-05", true],
    ["2024-01-05", "2024-01-05", true],
    ["2024-01-05T10:30:00Z", "2024-01-05", true],
    ["5 January 2024", "2024-01-05", true],
    ["2024-02-30", "2024-02-30", false],
  ])("reads front matter date %j", (date, iso, valid) => {
    const meeting = parseMeetingFile(md, "Notes.", { ...base, fileName: "notes.md", frontMatter: { date } });
    expect(meeting).toMatchObject({ date: iso, valid });
  });

  it("shows an impossible date as written rather than rolled over", () => {
    const meeting = parseMeetingFile(md, "", { ...base, fileName: "2023-02-31.md", frontMatter: {} });
    expect(meeting).toMatchObject({ date: "2023-02-31", title: "2023-02-31", valid: false, topics: [], excerpt: "" });
  });

  it("uses the file name when the front matter date is unreadable", () => {
    const meeting = parseMeetingFile(md, "", { ...base, fileName: "2024-03-01.md", frontMatter: { date: "soon" } });
    expect(meeting?.date).toBe("2024-03-01");
  });

  it("returns null without a date, and never throws", () => {
    expect(parseMeetingFile(md, "## 8 Dec 2023", { ...base, fileName: "notes.md", frontMatter: {} })).toBeNull();
    const loose = parseMeetingFile as (md: unknown, markdown: unknown, options: unknown) => unknown;
    expect(loose(md, undefined, undefined)).toBeNull();
    expect(loose(md, null, { fileName: "2024-03-01.md", frontMatter: null })).toMatchObject({ date: "2024-03-01" });
    expect(loose(md, "x", { fileName: "x.md", frontMatter: { date: new Date(Number.NaN) } })).toBeNull();
  });
});
