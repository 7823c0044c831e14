import { describe, expect, it } from "vitest";
import { datedHeadings, meetingsRule } from "../../../src/checks/rules/meetings.ts";
import { markdownTokens } from "../../../src/checks/tokens.ts";
import { meetingsFromTokens } from "../../../src/meetings/index.ts";
import type { Diagnostic } from "../../../src/diagnostics/diagnostic.ts";
import { contextFrom } from "../helpers.ts";

async function check(files: Record<string, string>): Promise<Diagnostic[]> {
  return meetingsRule.check(contextFrom(files));
}

const brief = (d: Diagnostic) => [d.file, d.line, d.severity, d.message];

describe("meetingsRule: date headings", () => {
  it("reports a date-like heading that is not a real date, at its line", async () => {
    const notes = "---\ntitle: Notes\n---\nIntro.\n\n## 31 Feb 2023\n\nText.\n\n## 2023-01-10\n";
    expect((await check({ "meetups/notes.md": notes })).map(brief)).toEqual([
      ["content/meetups/notes.md", 6, "error", '"31 Feb 2023" is not a real date, so it is not listed as a meeting; fix the date'],
    ]);
  });

  it("does not read headings inside code fences, blockquotes or level-3 headings", async () => {
    const notes = "# Notes\n\n```markdown\n## 31 Feb 2023\n```\n\n> ## 31 Feb 2023\n\n### 31 Feb 2023\n\n## 8 Dec 2023\n";
    expect(await check({ "meetups/notes.md": notes })).toEqual([]);
  });

  it("leaves guides and blog posts alone (they show headings as examples)", async () => {
    const text = "---\ntitle: How to\n---\n## 31 Feb 2023\n\n## 1 Jan 2023\n\n## 1 Jan 2023\n";
    expect(await check({ "guides/how.md": text, "blog/2023-01-01-x.md": text })).toEqual([]);
  });
});

describe("meetingsRule: duplicates", () => {
  it("reports the same date twice on one page at the second, naming the first", async () => {
    const notes = "# Notes\n\n## 8 Dec 2023\n\nA\n\n## 2023-12-08 – Again\n";
    expect((await check({ "meetups/notes.md": notes })).map(brief)).toEqual([
      ["content/meetups/notes.md", 7, "error", "meeting date 2023-12-08 appears twice on this page; first at line 3"],
    ]);
  });

  it("reports a date shared by a group's log page and a per-meeting file, at the second in file order", async () => {
    const diagnostics = await check({
      "special-interest/g/meetings/2023-07-05.md": "---\ntitle: Clinic\n---\nNotes.\n",
      "special-interest/g/notes.md": "---\ntitle: Notes\n---\n## 5 July 2023\n\nDup.\n\n## 1 June 2023\n",
    });
    expect(diagnostics.map(brief)).toEqual([
      [
        "content/special-interest/g/notes.md",
        4,
        "error",
        'meeting date 2023-07-05 appears twice in group "g"; first at content/special-interest/g/meetings/2023-07-05.md:1',
      ],
    ]);
  });

  it("points at the date key of a per-meeting file whose front matter names the date", async () => {
    const diagnostics = await check({
      "special-interest/g/meetings/2023-07-05.md": "---\ntitle: A\n---\n",
      // Moved a day, but the front matter (which wins over the file name) still says the 5th.
      "special-interest/g/meetings/2023-07-06-moved.md": "---\ntitle: B\ndate: 2023-07-05\n---\n",
    });
    expect(diagnostics.map(brief)).toEqual([
      [
        "content/special-interest/g/meetings/2023-07-06-moved.md",
        3,
        "error",
        'meeting date 2023-07-05 appears twice in group "g"; first at content/special-interest/g/meetings/2023-07-05.md:1',
      ],
    ]);
  });

  it("does not compare different groups, or notes pages outside groups with each other", async () => {
    const notes = "## 8 Dec 2023\n";
    expect(
      await check({
        "special-interest/a/notes.md": notes,
        "special-interest/b/notes.md": notes,
        "meetups/notes.md": notes,
        "other/notes.md": notes,
      }),
    ).toEqual([]);
  });
});

describe("meetingsRule: order", () => {
  it("warns once, at the first meeting that is newer than the one above it", async () => {
    const notes = "# Notes\n\n## 8 Dec 2023\n\n## 1 Nov 2023\n\n## 5 Nov 2023\n\n## 1 Dec 2023\n";
    expect((await check({ "meetups/notes.md": notes })).map(brief)).toEqual([
      [
        "content/meetups/notes.md",
        7,
        "warning",
        "meetings are not newest first: 2023-11-05 comes after 2023-11-01 (line 5); put newer meetings above older ones",
      ],
    ]);
  });

  it("accepts newest-first pages, with non-date sections between meetings", async () => {
    const notes = "# Notes\n\n## Overview\n\n## 8 Dec 2023\n\n## Actions\n\n## 1 Nov 2023\n";
    expect(await check({ "special-interest/g/notes.md": notes })).toEqual([]);
  });
});

describe("datedHeadings", () => {
  it("finds exactly the meetings the build's parser finds", () => {
    const notes = [
      "---", "title: Notes", "---",
      "# Notes",
      "## Overview",
      "## 8 Dec 2023 – Case study",
      "8 Nov 2023",
      "----------",
      "## `2023-10-04` (online)",
      "## 2023 review",
      "## 4 Oct 2023 review",
      "- ## 1 Oct 2023",
      "> ## 1 Sep 2023",
      "<h2>1 Aug 2023</h2>",
      "",
      "## Fri\u200b 1 Sep 2023",
      "",
      "## 31 Feb 2023",
      "",
      "Text[^1].",
      "",
      "[^1]: A note.",
      "",
      "    ## 1 Jan 2020",
    ].join("\n");
    const context = contextFrom({ "meetups/notes.md": notes });
    const file = context.files[0]!;
    const fromParser = meetingsFromTokens(markdownTokens(file), { sourcePath: file.path, url: file.url || "", group: "", bodyLine: file.bodyLine });
    const ours = datedHeadings(file).map((d) => [d.date, d.valid, d.line]);
    expect(ours).toEqual(fromParser.map((m) => [m.date, m.valid, m.line]));
    expect(ours.length).toBeGreaterThanOrEqual(4);
  });
});

describe("meetings rule: weekdays", () => {
  it("warns when a heading names a weekday the date does not fall on", async () => {
    const context = contextFrom({
      "special-interest/g/notes.md": "---\ntitle: Notes\n---\n## Monday 8 December 2023\n\nA.\n\n## Friday 10 November 2023\n\nB.\n",
    });
    const diagnostics = await meetingsRule.check(context);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ line: 4, severity: "warning", rule: "meetings" });
    expect(diagnostics[0]?.message).toContain("was a Friday");
  });
});
