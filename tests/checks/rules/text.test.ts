import { describe, expect, it } from "vitest";
import { textRule, unmangle } from "../../../src/checks/rules/text.ts";
import { firstBadByte } from "../../../src/content/readable.ts";
import type { Diagnostic } from "../../../src/diagnostics/diagnostic.ts";
import { contextFrom } from "../helpers.ts";

async function check(files: Record<string, string | Uint8Array>): Promise<Diagnostic[]> {
  return textRule.check(contextFrom(files));
}

const at = (d: Diagnostic) => [d.file, d.line, d.column];
const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === "string" ? [...utf8(part)] : part)));

describe("textRule: bytes", () => {
  it("reports a file that is not UTF-8 once, at the first bad byte, without crashing", async () => {
    // "café" saved as Windows-1252 on line 3, and again later: one error for the file.
    const file = bytes("---\ntitle: x\n---\nA caf", [0xe9], " and a caf", [0xe9], "\n");
    const diagnostics = await check({ "about.md": file });
    expect(diagnostics).toHaveLength(1);
    expect(at(diagnostics[0]!)).toEqual(["content/about.md", 4, 6]);
    expect(diagnostics[0]?.message).toMatch(/not valid UTF-8 \(byte 0xE9 here.*save it as UTF-8/);
  });

  it("reports NUL bytes and UTF-16, including in talk transcripts", async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x54, 0x00, 0x69, 0x00]);
    const diagnostics = await check({ "a.md": bytes("ok\nnul", [0], "\n"), "talks/t.txt": utf16 });
    expect(diagnostics.map((d) => [...at(d), d.message.slice(0, 30)])).toEqual([
      ["content/a.md", 2, 4, "the file contains a NUL byte ("],
      ["content/talks/t.txt", 1, 1, "the file is saved as UTF-16; s"],
    ]);
  });

  it("finds the first invalid sequence as the WHATWG decoder does", () => {
    expect(firstBadByte(utf8("é ’ 😀"))).toBeNull();
    expect(firstBadByte(new Uint8Array([0x61, 0xc0, 0x80]))).toEqual({ offset: 1, nul: false }); // overlong
    expect(firstBadByte(new Uint8Array([0xed, 0xa0, 0x80]))).toEqual({ offset: 0, nul: false }); // surrogate
    expect(firstBadByte(new Uint8Array([0x61, 0xe2, 0x80]))).toEqual({ offset: 1, nul: false }); // truncated
  });
});

describe("textRule: mojibake", () => {
  it("reports mangled quotes, accents and no-break spaces at their column, one per line", async () => {
    const text = [
      "---",
      "title: Itâ€™s here", // 2
      "---",
      "A cafÃ© and a naÃ¯ve one.", // 4: two on the line, one report
      "Price:Â\u00A05 and Â£3", // 5
      "Â Leading", // 6
      "He said â€œhiâ€\u009d and â€\"dash", // 7
      "Fine: château, SÃO PAULO, Ärger, naïve, £5, © 2024.", // 8
    ].join("\n");
    const diagnostics = await check({ "about.md": text });
    expect(diagnostics.map((d) => [d.line, d.column, d.message.split(":")[0]])).toEqual([
      [2, 10, 'mojibake "â€™" (probably "’")'],
      [4, 6, 'mojibake "Ã©" (probably "é")'],
      [5, 7, "mojibake \"Â\u00A0\" (probably a no-break space)"],
      [6, 1, 'mojibake "Â " (probably a no-break space)'],
      [7, 9, 'mojibake "â€œ" (probably "“")'],
    ]);
  });

  it("checks talk transcripts too", async () => {
    const diagnostics = await check({ "talks/t.txt": "Title: x\nCaptions:\n\tthe naÃ¯ve approach\n" });
    expect(diagnostics.map(at)).toEqual([["content/talks/t.txt", 3, 8]]);
  });

  it("undoes the mangling for the message when it can", () => {
    expect(unmangle("â€”")).toBe('"—"');
    expect(unmangle("ï»¿")).toBe("a byte order mark");
    expect(unmangle("â€\"")).toBeUndefined();
  });
});

describe("textRule: no-break spaces after Markdown markers", () => {
  it("reports headings, list items and quotes that a no-break space breaks", async () => {
    const text = [
      "---", "title: x", "---",
      "##\u00A0Heading", // 4
      "-\u00A0item", // 5
      "  12.\u00A0item", // 6
      ">\u00A0quote", // 7
      "> *\u202Fnested", // 8
      "A sentence with\u00A0a no-break space is fine.", // 9
      "- a normal item", // 10
    ].join("\n");
    const diagnostics = await check({ "about.md": text });
    expect(diagnostics.map((d) => [d.line, d.column, d.message.split(":")[0]])).toEqual([
      [4, 3, 'no-break space (U+00A0) after "##"'],
      [5, 2, 'no-break space (U+00A0) after "-"'],
      [6, 6, 'no-break space (U+00A0) after "12."'],
      [7, 2, 'no-break space (U+00A0) after ">"'],
      [8, 4, 'no-break space (U+202F) after "*"'],
    ]);
    expect(diagnostics[0]?.message).toContain("so this line is not a heading");
    expect(diagnostics[3]?.message).toContain("not a block quote");
  });

  it("ignores code fences and files without no-break spaces", async () => {
    const text = "# T\n\n```\n#\u00A0a shell comment\n-\u00A0x\n```\n\n    ~~~\n";
    expect(await check({ "about.md": text, "plain.md": "## Fine\n- fine\n" })).toEqual([]);
  });
});
