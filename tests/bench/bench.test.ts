import { describe, expect, test } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { formatTable, median, ratio } from "../../src/bench/stats.ts";
import { scriptBytes } from "../../src/bench/weight.ts";
import { notesPage } from "../../src/bench/generate.ts";
import { describeTimed, hostileCases } from "../../src/bench/hostile.ts";
import { MAX_FRONT_MATTER_BYTES, readFrontMatter } from "../../src/content/frontMatter.ts";
import { MAX_CONTENT_FILE_BYTES } from "../../src/content/limits.ts";
import { MAX_TRANSCRIPT_LINE_BYTES, parseTranscript } from "../../src/talks/parseTranscript.ts";
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

describe("the hostile cases", () => {
  const cases = new Map(hostileCases().map((c) => [c.name, Object.values(c.files)[0] ?? ""]));

  test("hold what their names say", () => {
    expect(cases.get("200 KB of backticks")!.match(/`/g)).toHaveLength(200_000);
    expect(cases.get("100,000 e-mail addresses")!.match(/@/g)).toHaveLength(100_000);
    expect(cases.get("100,000 headings")!.match(/^## /gm)).toHaveLength(100_000);
    expect(cases.get("100,000 headings with one text")!.match(/^## Notes$/gm)).toHaveLength(100_000);
    expect(cases.get("a URL ending in 100,000 dots")!).toContain(".".repeat(100_000));
  });

  test("stay under the size limit for one content file, so each reaches the step it is about", () => {
    for (const hostile of hostileCases()) {
      for (const text of Object.values(hostile.files)) expect(Buffer.byteLength(text), hostile.name).toBeLessThanOrEqual(MAX_CONTENT_FILE_BYTES);
    }
  });

  test("put the caption line and one front matter block just under their limits, and the other over", () => {
    const caption = cases.get("a 1 MB transcript caption line")!;
    const longest = Math.max(...caption.split("\n").map((line) => Buffer.byteLength(line)));
    expect(longest).toBeLessThanOrEqual(MAX_TRANSCRIPT_LINE_BYTES);
    expect(longest).toBeGreaterThan(MAX_TRANSCRIPT_LINE_BYTES - 2048);
    expect(parseTranscript(caption).problems).toEqual([]);
    const block = (text: string) => /^---\n([\s\S]*?)\n---\n/.exec(text)![1]!;
    const keys = block(cases.get("64 KB of front matter keys (the limit)")!);
    expect(Buffer.byteLength(keys)).toBeGreaterThan(MAX_FRONT_MATTER_BYTES - 1024);
    expect(readFrontMatter(keys, 2).problems).toEqual([]);
    expect(readFrontMatter(block(cases.get("1 MB front matter block")!), 2).problems).toHaveLength(1);
  });

  test("say how each run went", () => {
    expect(describeTimed({ seconds: 1.234, code: 0, maxRssMiB: 150.2 }, 120)).toBe("1.23 s (exit 0, 150 MiB)");
    expect(describeTimed({ seconds: 120, code: null, maxRssMiB: Number.NaN }, 120)).toBe("> 120 s (stopped)");
  });
});
