// Line breaks Eleventy would not see: a carriage return alone.
import { describe, expect, test } from "vitest";
import { loneCarriageReturn } from "../../src/content/readable.ts";

describe("loneCarriageReturn", () => {
  test("LF and CRLF files are fine", () => {
    expect(loneCarriageReturn("---\ntitle: A\n---\nText\n")).toBeUndefined();
    expect(loneCarriageReturn("---\r\ntitle: A\r\n---\r\nText\r\n")).toBeUndefined();
    expect(loneCarriageReturn("")).toBeUndefined();
  });

  test("a file of CR line endings is named as such, at its first one", () => {
    expect(loneCarriageReturn("---\rtitle: A\r---\rText\r")).toMatchObject({ line: 1, column: 4, message: expect.stringMatching(/old Mac line endings/) });
  });

  test("a stray CR in an LF file is found at its line and column", () => {
    expect(loneCarriageReturn("---\ntitle: A\n---\nOne\r\nTwo\nThr\ree\n")).toMatchObject({ line: 6, column: 4, message: expect.stringMatching(/one kind of line ending/) });
  });
});
