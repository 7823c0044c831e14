// Special-interest groups: metadata from index.md (or the folder name), meetings, pages, organisations.
import { describe, expect, it } from "vitest";
import { buildGroups as build, groupUrl, organisationCounts } from "../../src/community/groups.ts";
import { sourceFile, type SourceFile } from "../../src/content/source.ts";
import { pageAddress } from "../../src/content/permalinks.ts";
import type { Meeting } from "../../src/meetings/index.ts";

function source(relativePath: string, data: Record<string, unknown> = {}, body = ""): SourceFile {
  const url = pageAddress({ stem: `/${relativePath.replace(/\.md$/, "")}` });
  return sourceFile({ inputPath: `./content/${relativePath}`, inputDir: "content", data, body, url, outputPath: `./_site${url}index.html` }, { groupsFolder: "special-interest" });
}

const buildGroups = (files: SourceFile[], meetings: Meeting[]) => build(files, meetings, "special-interest");

function meeting(group: string, date: string, organisations: string[] = []): Meeting {
  return {
    group,
    groupTitle: group,
    groupUrl: `/special-interest/${group}/`,
    date,
    readableDate: date,
    id: "",
    title: date,
    ownTitle: "",
    pageUrl: `/special-interest/${group}/meetings/${date}/`,
    url: `/special-interest/${group}/meetings/${date}/`,
    topics: [],
    attendees: [],
    organisations,
    excerpt: "",
    sourcePath: `content/special-interest/${group}/meetings/${date}.md`,
    line: 1,
    valid: true,
  };
}

describe("organisationCounts", () => {
  it("counts an organisation once per meeting, most meetings first, then by name", () => {
    const counts = organisationCounts([
      meeting("g", "2024-03-01", ["GDS", "CDDO"]),
      meeting("g", "2024-02-02", ["CDDO", "CDDO", "Met Office"]),
      meeting("g", "2024-01-05", ["CDDO", "GDS"]),
      meeting("g", "2023-12-08", ["BBC"]),
    ]);
    expect(counts).toEqual([
      { name: "CDDO", count: 3 },
      { name: "GDS", count: 2 },
      { name: "BBC", count: 1 },
      { name: "Met Office", count: 1 },
    ]);
  });
});

describe("buildGroups", () => {
  it("reads metadata from index.md", () => {
    const index = source(
      "special-interest/inner-source/index.md",
      { title: "InnerSource", aim: " Share code inside organisations. ", contact: "Sam", cadence: "monthly", channel: "#inner-source", status: "active" },
      "About the group.\n",
    );
    const [group] = buildGroups([index], []);
    expect(group).toEqual({
      slug: "inner-source",
      title: "InnerSource",
      aim: "Share code inside organisations.",
      contact: "Sam",
      cadence: "monthly",
      channel: "#inner-source",
      status: "active",
      next: "",
      url: "/special-interest/inner-source/",
      sourcePath: "content/special-interest/inner-source/index.md",
      body: "About the group.\n",
      meetings: [],
      meetingCount: 0,
      lastMeeting: "",
      pages: [],
      organisations: [],
    });
  });

  it("titles a group without index.md (or without a title) from its folder", () => {
    const groups = buildGroups(
      [source("special-interest/supply-chain-security/notes.md"), source("special-interest/open-data/index.md", { description: "Data." })],
      []);
    expect(groups.map((g) => [g.slug, g.title, g.aim, g.sourcePath])).toEqual([
      ["open-data", "Open data", "Data.", "content/special-interest/open-data/index.md"],
      ["supply-chain-security", "Supply chain security", "", ""],
    ]);
  });

  it("prefers aim to description", () => {
    const [group] = buildGroups([source("special-interest/g/index.md", { aim: "The aim", description: "The description" })], []);
    expect(group?.aim).toBe("The aim");
  });

  it.each([
    ["archived", "archived"],
    ["Archived", "archived"],
    [" ARCHIVED ", "archived"],
    ["active", "active"],
    ["paused", "active"],
    [undefined, "active"],
  ])("status %j → %s", (status, expected) => {
    const [group] = buildGroups([source("special-interest/g/index.md", status === undefined ? {} : { status })], []);
    expect(group?.status).toBe(expected);
  });

  it.each([
    ["a YAML date", new Date(Date.UTC(2024, 5, 7)), "2024-06-07"],
    ["an ISO string", "2024-06-07", "2024-06-07"],
    ["a string with a time", "2024-06-07T18:00:00Z", "2024-06-07"],
    ["an impossible date", "2024-02-31", ""],
    ["words", "soon", ""],
    ["an invalid Date", new Date(Number.NaN), ""],
    ["nothing", undefined, ""],
  ])("next from %s", (_, next, expected) => {
    const [group] = buildGroups([source("special-interest/g/index.md", next === undefined ? {} : { next })], []);
    expect(group?.next).toBe(expected);
  });

  it("gives each group its own meetings, their count, the latest date and organisations", () => {
    const meetings = [
      meeting("a", "2024-03-01", ["GDS"]),
      meeting("b", "2024-02-15", ["BBC"]),
      meeting("a", "2024-02-02", ["GDS", "CDDO"]),
      meeting("a", "2024-01-05", ["CDDO", "CDDO"]),
      meeting("", "2024-01-01", ["Elsewhere"]),
    ];
    const groups = buildGroups([source("special-interest/a/notes.md"), source("special-interest/b/index.md")], meetings);
    const a = groups.find((g) => g.slug === "a");
    expect(a?.meetings.map((m) => m.date)).toEqual(["2024-03-01", "2024-02-02", "2024-01-05"]);
    expect(a?.meetingCount).toBe(3);
    expect(a?.lastMeeting).toBe("2024-03-01");
    expect(a?.organisations).toEqual([
      { name: "CDDO", count: 2 },
      { name: "GDS", count: 2 },
    ]);
    const b = groups.find((g) => g.slug === "b");
    expect([b?.meetingCount, b?.lastMeeting, b?.organisations]).toEqual([1, "2024-02-15", [{ name: "BBC", count: 1 }]]);
  });

  it("lists the folder's other pages with titles, sorted, leaving out index.md and meeting files", () => {
    const files = [
      source("special-interest/g/index.md", { title: "G" }),
      source("special-interest/g/reading-list.md"),
      source("special-interest/g/meetings/2024-01-05.md"),
      source("special-interest/g/meetings/2024-02-02-clinic.md", { title: "Clinic" }),
      source("special-interest/g/notes.md", { title: "Meeting notes" }),
      source("special-interest/g/guides/getting_started.md"),
      source("special-interest/other/notes.md"),
      source("blog/2024-01-01-g.md"),
    ];
    const [group] = buildGroups(files, []);
    expect(group?.pages).toEqual([
      { title: "Getting started", url: "/special-interest/g/guides/getting_started/" },
      { title: "Meeting notes", url: "/special-interest/g/notes/" },
      { title: "Reading list", url: "/special-interest/g/reading-list/" },
    ]);
  });

  it("sorts groups by slug and ignores files outside special-interest/", () => {
    const groups = buildGroups(
      [source("special-interest/zeta/notes.md"), source("special-interest/alpha/index.md"), source("notes.md"), source("special-interest/index.md")],
      []);
    expect(groups.map((g) => g.slug)).toEqual(["alpha", "zeta"]);
  });
});

describe("groupUrl", () => {
  it("puts a group's page under the groups folder, whatever it is", () => {
    expect(groupUrl("special-interest", "a11y")).toBe("/special-interest/a11y/");
    expect(groupUrl("community/groups", "data")).toBe("/community/groups/data/");
    const [group] = build([sourceFile({ inputPath: "./content/sig/x/notes.md", inputDir: "content", data: {}, body: "", url: "/sig/x/notes/", outputPath: false }, { groupsFolder: "sig" })], [], "sig");
    expect(group).toMatchObject({ slug: "x", url: "/sig/x/" });
  });
});
