import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LineIndex, lineColumn } from "../../src/checks/types.ts";

/** What locating an offset means: count the newlines before it. */
function scanned(text: string, offset: number, firstLine = 1): { line: number; column: number } {
  let line = firstLine;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

describe("LineIndex", () => {
  it("locates offsets as counting the newlines before them does", () => {
    const text = "ab\ncd\n\nef";
    const lines = new LineIndex(text);
    expect([0, 2, 3, 6, 7, 9].map((offset) => lines.locate(offset))).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 3 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
      { line: 4, column: 3 },
    ]);
    expect(new LineIndex(text, 5).locate(3)).toEqual({ line: 6, column: 1 });
    expect([0, 1, 2, 3, 4].map((i) => lines.lineText(i))).toEqual(["ab", "cd", "", "ef", ""]);
    expect(lines.lineCount).toBe(4);
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom("a", "\n", "\r", "é") }), fc.nat(40), (t, offset) => {
      expect(new LineIndex(t).locate(Math.min(offset, t.length))).toEqual(scanned(t, Math.min(offset, t.length)));
      expect(lineColumn(t, offset, 3)).toEqual(scanned(t, offset, 3));
    }));
  });

  it("locates 100,000 offsets in a 100,000-line text, each at its line", () => {
    const text = Array.from({ length: 100_000 }, (_, i) => `line ${i}`).join("\n");
    const lines = new LineIndex(text);
    const offsets = Array.from({ length: 100_000 }, (_, i) => text.indexOf(" ", lines.starts[i]));
    expect(offsets.every((offset, i) => {
      const { line, column } = lines.locate(offset);
      return line === i + 1 && column === 5;
    })).toBe(true);
    // lineColumn keeps the table of the text it was last asked about.
    expect(offsets.every((offset, i) => lineColumn(text, offset).line === i + 1)).toBe(true);
  });
});
