// Markdown that hides what follows it: unclosed comments and raw-text elements, and nesting past the limit.
import { describe, expect, test } from "vitest";
import { lostContentIn } from "../../src/markdown/lostContent.ts";
import { createMarkdown } from "../../src/markdown/index.ts";

const md = createMarkdown();
const lost = (source: string) => lostContentIn(md.parse(source, {}), source, (md.options as { maxNesting?: number }).maxNesting ?? 100).map((l) => [l.line, l.message.split(" ")[0]]);

describe("lostContentIn", () => {
  test("a comment never closed hides the rest; closed ones, and <!-->, are fine", () => {
    expect(lost("Intro.\n\n<!-- TODO finish\n\n## 2024-01-05\n\nNotes.\n")).toEqual([[2, "this"]]);
    expect(lost("Intro.\n\n<!-- a note -->\n\n## 2024-01-05\n")).toEqual([]);
    expect(lost("<!-- over\ntwo lines -->\n\nText.\n")).toEqual([]);
    expect(lost("<!-->\n\nText.\n")).toEqual([]);
  });

  test("raw-text elements never closed, in blocks or inline", () => {
    expect(lost("Intro.\n\n<textarea>\n\nThe rest.\n")).toEqual([[2, "<textarea>"]]);
    expect(lost("Intro <title>x and more.\n\nThe rest.\n")).toEqual([[0, "<title>"]]);
    expect(lost("<xmp>\nsomething\n\n## Later\n")).toEqual([[0, "<xmp>"]]);
    expect(lost("<plaintext>\n")).toEqual([[0, "<plaintext>"]]);
  });

  test("raw-text elements closed later in the page are fine", () => {
    expect(lost("<textarea>\n\nstill inside\n\n</textarea>\n\nAfter.\n")).toEqual([]);
    expect(lost("A <title>t</title> b.\n")).toEqual([]);
    expect(lost("Use `<textarea>` for long answers.\n\n```html\n<textarea>\n```\n")).toEqual([]);
  });

  test("nesting past markdown-it's limit, not up to it", () => {
    expect(lost(`${">".repeat(99)} deep\n`)).toEqual([]);
    expect(lost(`Intro.\n\n${">".repeat(100)} deep\n`)).toEqual([[2, "the"]]);
    const list = Array.from({ length: 60 }, (_, i) => `${"  ".repeat(i)}- item ${i}`).join("\n");
    expect(lost(`${list}\n`).map(([, word]) => word)).toEqual(["the"]);
  });
});
