import { describe, expect, test } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { formatTable, median, ratio } from "../../src/bench/stats.ts";
import { scriptBytes } from "../../src/bench/weight.ts";
import { notesPage } from "../../src/bench/generate.ts";
import { parseMeetingLog } from "../../src/meetings/index.ts";
import { tempDir } from "../helpers/tempDir.ts";
import { md } from "../helpers/model.ts";

describe("benchmark statistics", () => {
  test("median of odd and even counts, ignoring NaN", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([Number.NaN, 5])).toBe(5);
    expect(median([])).toBeNaN();
  });
  test("ratio and table", () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(1, 0)).toBeNaN();
    expect(formatTable([["a", "1 s"]]).split("\n")).toHaveLength(3);
  });
});

describe("page weight", () => {
  test("counts inline scripts and the files script tags load", () => {
    const site = tempDir("weight-");
    mkdirSync(path.join(site, "assets/js"), { recursive: true });
    writeFileSync(path.join(site, "assets/js/a.js"), "x".repeat(100));
    expect(scriptBytes('<p>no script</p>', site)).toBe(0);
    expect(scriptBytes('<script src="/assets/js/a.js"></script><script>let y=1</script>', site)).toBe(100 + 7);
  });
});

describe("the synthetic community", () => {
  test("each notes page holds two dated meetings with attendees and topics", () => {
    const page = notesPage(3, 7);
    const meetings = parseMeetingLog(md, page.replace(/^---[\s\S]*?---\n/, ""), { sourcePath: "x.md", url: "/x/", group: "g" });
    expect(meetings).toHaveLength(2);
    expect(meetings.every((m) => m.attendees.length === 4 && m.topics.length === 2 && m.organisations.length > 0)).toBe(true);
    expect(page).toContain("```yaml");
  });
});
