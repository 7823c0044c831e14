import { describe, expect, it } from "vitest";
import { htmlProblems, isJavascriptUrl, unsafeHtmlRule } from "../../../src/checks/rules/unsafeHtml.ts";
import type { Diagnostic } from "../../../src/diagnostics/diagnostic.ts";
import { contextFrom } from "../helpers.ts";

async function check(files: Record<string, string>): Promise<Diagnostic[]> {
  return unsafeHtmlRule.check(contextFrom(files));
}

const brief = (d: Diagnostic) => [d.line, d.column, d.message.split(":")[0]];

describe("unsafeHtmlRule", () => {
  it("reports forbidden elements in HTML blocks and inline HTML at their line", async () => {
    const text = [
      "---", "title: x", "---",
      "Intro.", // 4
      "",
      "<div>", // 6
      "<script>alert(1)</script>", // 7
      "</div>",
      "",
      "A paragraph with <iframe src=\"https://example.org\"></iframe> inline", // 10
      "and <style>p{}</style> on its second line.", // 11
      "",
      "- item", // 13
      "  <object data=\"x.swf\"></object>", // 14
      "",
      "> <embed src=x>", // 16
    ].join("\n");
    const diagnostics = await check({ "about.md": text });
    expect(diagnostics.every((d) => d.file === "content/about.md" && d.rule === "unsafe-html" && d.severity === "error")).toBe(true);
    expect(diagnostics.map(brief)).toEqual([
      [7, 1, "<script> is not allowed in content"],
      [10, 18, "<iframe> is not allowed in content"],
      [11, 5, "<style> is not allowed in content"],
      [14, 3, "<object> is not allowed in content"],
      [16, 3, "<embed> is not allowed in content"],
    ]);
  });

  it("reports inline event handlers and javascript: URLs in HTML and in Markdown links", async () => {
    const text = [
      '<img src="x.png" alt="" onerror="alert(1)">', // 1
      "",
      'See <a href="jav&#x61;script:alert(1)">this</a> and <a href="/ok" onClick=go()>that</a>.', // 3
      "",
      "A [link](javascript:alert(1)) here.", // 5
      "",
      "[ref]: javascript:alert(1)", // 7
    ].join("\n");
    const diagnostics = await check({ "about.md": text });
    expect(diagnostics[1]?.message).toBe("javascript: URL in href= of <a>: link to a real page instead");
    expect(diagnostics[3]?.message).toBe("javascript: URL in a Markdown link: link to a real page instead");
    expect(diagnostics.map(brief)).toEqual([
      [1, 25, "inline event handler onerror= on <img>"],
      [3, 8, "javascript"],
      [3, 67, "inline event handler onclick= on <a>"],
      [5, 10, "javascript"],
      [7, 8, "javascript"],
    ]);
  });

  it("does not flag HTML shown as code: code spans, fences, escaped text, comments", async () => {
    const text = [
      "# Writing safe pages",
      "",
      "Never paste `<script>` or `<a onclick=\"x\">` or `[x](javascript:y)` into a page.",
      "",
      "```html",
      "<script>alert(1)</script>",
      "<iframe src=x></iframe>",
      "```",
      "",
      "- Example:",
      "  ```html",
      "  <img onerror=x>",
      "  ```",
      "",
      "&lt;script&gt; is written escaped here, and <!-- <script> in a comment --> is inert.",
      "",
      '<a href="https://example.org" title="javascript: the good parts" class="one">ok</a> <details open><summary>s</summary></details>',
    ].join("\n");
    expect(await check({ "guides/safe.md": text })).toEqual([]);
  });
});

describe("htmlProblems", () => {
  it("reads attributes the way browsers do", () => {
    expect(htmlProblems('<a title=">" onmouseover=x>').map((p) => p.message.split(":")[0])).toEqual([
      "inline event handler onmouseover= on <a>",
    ]);
    expect(htmlProblems("<SCRIPT SRC=x></SCRIPT>")).toHaveLength(1);
    // A script's body is raw text: tags inside it are not tags.
    expect(htmlProblems('<script>var s = "<iframe>";</script>')).toHaveLength(1);
  });

  it("sees through entity and whitespace tricks in javascript: URLs", () => {
    expect(isJavascriptUrl(" java\tscript:alert(1)")).toBe(true);
    expect(isJavascriptUrl("javascript&colon;alert(1)")).toBe(true);
    expect(isJavascriptUrl("&#106;avascript:alert(1)")).toBe(true);
    expect(isJavascriptUrl("https://example.org/javascript:")).toBe(false);
  });

  it("finds entity-encoded javascript: in a Markdown link on a page with no other HTML", async () => {
    const diagnostics = await check({ "about.md": "# About\n\nA [link](jav&#97;script:alert(1)).\n" });
    expect(diagnostics.map((d) => [d.file, d.line, d.message])).toEqual([
      ["content/about.md", 3, "javascript: URL in a Markdown link: link to a real page instead"],
    ]);
  });
});

// Each was once quadratic (a lower-cased copy of the whole block per <script>, the rest of
// a line per problem, backtracking between two runs of spaces): these would time out.
describe("unsafeHtmlRule on hostile pages", () => {
  it("reports 50,000 event handlers on one line, each at its own column", async () => {
    const line = `<div>${Array.from({ length: 50_000 }, (_, i) => `<b onclick="f(${i})">`).join("")}`;
    const diagnostics = await check({ "x.md": `${line}\n` });
    expect(diagnostics).toHaveLength(50_000);
    let from = 0;
    expect(diagnostics.every((d) => {
      const column = line.indexOf("onclick", from) + 1;
      from = column;
      return d.line === 1 && d.column === column && d.message.startsWith("inline event handler onclick=");
    })).toBe(true);
  });

  it("reports 50,000 <script> elements in one HTML block", async () => {
    const diagnostics = await check({ "x.md": `<div>\n${"<script>x</script>".repeat(50_000)}\n</div>\n` });
    expect(diagnostics).toHaveLength(50_000);
    expect(diagnostics.every((d, i) => d.line === 2 && d.column === i * 18 + 1)).toBe(true);
  });

  it("reads a link of 200,000 spaces that is no javascript: URL, and finds the one that is", async () => {
    const diagnostics = await check({ "x.md": `See ](${" ".repeat(200_000)}x: here\n\n[x]( javascript:alert(1))\n` });
    expect(diagnostics.map(brief)).toEqual([[3, 6, "javascript"]]);
  });
});
