import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codeSpanRanges } from "../../src/markdown/codeSpans.ts";

describe("code spans", () => {
  // The expression the scan replaced: its answers on short texts are the specification.
  const CODE_SPAN = /(`+)(?!`)(?:(?!\n[ \t]*\n)[\s\S])*?(?<!`)\1(?!`)/g;
  const byExpression = (text: string) => [...text.matchAll(CODE_SPAN)].map((m) => [m.index, m.index + m[0].length]);

  it("are the ranges the old regular expression matched", () => {
    expect(codeSpanRanges("a `b` c ``d`e`` f")).toEqual([[2, 5], [8, 15]]);
    expect(codeSpanRanges("``x` and `y`")).toEqual([[1, 4], [9, 12]]);
    expect(codeSpanRanges("`a\n\nb` c\n \t\nd`")).toEqual([]);
    const pieces = fc.constantFrom("`", "`", "``", "```", "a", " ", "\n", "\t", "x y");
    fc.assert(fc.property(fc.array(pieces, { maxLength: 40 }).map((a) => a.join("")), (text) => {
      expect(codeSpanRanges(text)).toEqual(byExpression(text));
    }), { numRuns: 2000 });
  });
});

