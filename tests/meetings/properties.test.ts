// Property tests: whatever an editor writes, parseMeetingLog returns meetings
// whose ids are real anchors on the rendered page.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createMarkdown } from "../../src/markdown/index.ts";
import { EXCERPT_LENGTH, parseMeetingLog } from "../../src/meetings/index.ts";

const md = createMarkdown();
const options = { sourcePath: "notes.md", url: "/notes/", group: "g" };
const ISO = /^\d{4}-\d{2}-\d{2}$/u;

function checkInvariants(markdown: string): void {
  const meetings = parseMeetingLog(md, markdown, options);
  if (meetings.length === 0) return;
  const html = md.render(markdown);
  const lineCount = markdown.split("\n").length;
  for (const meeting of meetings) {
    expect(html).toContain(`id="${meeting.id}"`);
    expect(meeting.date).toMatch(ISO);
    // The id is the date, or the date with a -n suffix for a repeated date.
    expect(meeting.id === meeting.date || meeting.id.startsWith(`${meeting.date}-`)).toBe(true);
    expect(meeting.url).toBe(`/notes/#${meeting.id}`);
    expect(meeting.line).toBeGreaterThanOrEqual(1);
    expect(meeting.line).toBeLessThanOrEqual(lineCount);
    expect(meeting.excerpt.length).toBeLessThanOrEqual(EXCERPT_LENGTH);
  }
}

// Lines an editor might plausibly write, including the awkward ones.
const REALISTIC_LINES = [
  "",
  "## 8 Dec 2023",
  "## Friday 8 December 2023 – Case study",
  "## 2023-12-08",
  "## 31 Feb 2023",
  "## 8\u00a0Dec\u00a02023",
  "##   Dec 8, 2023  ",
  "## **8 Dec 2023**",
  "## 8 Dec 2023 [link](/x)",
  "## `2023-12-08`",
  "## Overview",
  "# 2023-12-08",
  "### 8 Dec 2023",
  "### Topic: SBOMs",
  "### Attendees",
  "Attendees:",
  "**Attendees:**",
  "**Attendees**: MW (CDDO), Jo (DWP, late)",
  "- MW (CDDO)",
  "- Jim (GCHQ (Cheltenham))",
  "- Kim (she/her)",
  "- Jim GCHQ",
  "- (",
  "  - nested",
  "1. Agenda item",
  "Jim (GCHQ) explained",
  "No notes this time.",
  "```",
  "~~~",
  "> ## 9 Dec 2023",
  "> [!NOTE]",
  "[^1]: ## 10 Dec 2023",
  "Text[^1]",
  "8 Dec 2023",
  "----------",
  "==========",
  "    ## indented",
  "<h2>8 Dec 2023</h2>",
  "<!-- ## 8 Dec 2023 -->",
  "| a | b |",
  "|---|---|",
  "\u200b",
  "\t",
];

const realisticDocument = fc
  .array(fc.oneof(fc.constantFrom(...REALISTIC_LINES), fc.string({ maxLength: 20 })), { maxLength: 40 })
  .map((lines) => lines.join("\n"));

describe("parseMeetingLog properties", () => {
  it("never throws and keeps its invariants for arbitrary strings", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 300 }), checkInvariants), { numRuns: 300 });
  });

  it("never throws and keeps its invariants for realistic line mixtures", () => {
    fc.assert(fc.property(realisticDocument, checkInvariants), { numRuns: 500 });
  });

  it("finds one meeting per top-level date heading, newest ids unique", () => {
    const dates = fc.array(fc.date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }), {
      maxLength: 15,
    });
    fc.assert(
      fc.property(dates, (list) => {
        const isos = list.map((d) => d.toISOString().slice(0, 10));
        const markdown = isos.map((iso) => `## ${iso}\n\nAttendees:\n\n- A (B)\n`).join("\n");
        const meetings = parseMeetingLog(md, markdown, options);
        expect(meetings.map((m) => m.date)).toEqual(isos);
        expect(new Set(meetings.map((m) => m.id)).size).toBe(meetings.length);
      }),
      { numRuns: 100 },
    );
  });
});
