import { describe, expect, it } from "vitest";
import { groupFromPath, isMeetingFile, sortMeetings, type Meeting } from "../../src/meetings/index.ts";

describe("groupFromPath", () => {
  it.each([
    ["content/special-interest/accessibility/notes.md", "accessibility"],
    ["./content/special-interest/inner-source/meetings/2023-07-05.md", "inner-source"],
    ["/home/ci/site/content/special-interest/supply-chain-security/notes.md", "supply-chain-security"],
    ["C:\\site\\content\\special-interest\\accessibility\\notes.md", "accessibility"],
    ["content/meetups/notes.md", ""],
    ["content/special-interest/index.md", ""],
    ["content/special-interest/accessibility", ""],
    ["special-interest/accessibility/notes.md", ""],
    ["", ""],
  ])("%j → %j", (path, group) => {
    expect(groupFromPath(path)).toBe(group);
  });
});

describe("isMeetingFile", () => {
  it.each([
    "content/special-interest/inner-source/meetings/2023-07-05.md",
    "./content/special-interest/inner-source/meetings/2023-07-05-licensing-clinic.md",
    "C:\\site\\content\\special-interest\\a\\meetings\\2023-07-05.md",
    "special-interest/a/meetings/2023-07-05.md",
  ])("%j is a meeting file", (path) => {
    expect(isMeetingFile(path)).toBe(true);
  });

  it.each([
    "content/special-interest/inner-source/notes.md",
    "content/special-interest/inner-source/meetings/index.md",
    "content/special-interest/inner-source/meetings/2023-07-05.txt",
    "content/special-interest/inner-source/meetings/notes-2023-07-05.md",
    "content/special-interest/inner-source/meetings/old/2023-07-05.md",
    "content/meetups/meetings/2023-07-05.md",
  ])("%j is not", (path) => {
    expect(isMeetingFile(path)).toBe(false);
  });
});

describe("sortMeetings", () => {
  const meeting = (date: string, group: string, line: number, id = ""): Meeting => ({
    group, date, id, line, title: "", url: "", topics: [], attendees: [], organisations: [], excerpt: "", sourcePath: "", valid: true,
  });

  it("puts the newest first, then orders by group and line, keeping ties stable", () => {
    const input = [
      meeting("2023-01-01", "b", 1),
      meeting("2024-01-01", "b", 9),
      meeting("2024-01-01", "a", 20),
      meeting("2024-01-01", "b", 3, "first"),
      meeting("2024-01-01", "b", 3, "second"),
    ];
    const sorted = sortMeetings(input);
    expect(sorted.map((m) => `${m.date} ${m.group} ${m.line}${m.id}`)).toEqual([
      "2024-01-01 a 20",
      "2024-01-01 b 3first",
      "2024-01-01 b 3second",
      "2024-01-01 b 9",
      "2023-01-01 b 1",
    ]);
    expect(input[0]?.date).toBe("2023-01-01");
  });
});
