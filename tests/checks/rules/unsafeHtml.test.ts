import { describe, expect, it } from "vitest";
import { unsafeHtmlRule } from "../../../src/checks/rules/unsafeHtml.ts";
import type { Diagnostic } from "../../../src/diagnostics/diagnostic.ts";
import { contextFrom } from "../helpers.ts";

async function check(files: Record<string, string>): Promise<Diagnostic[]> {
  return unsafeHtmlRule.check(contextFrom(files));
}

/** Line, column and what is removed ("the `onerror` attribute of `<img>`…", up to its first colon). */
const brief = (d: Diagnostic) => [d.line, d.column, d.message.replace(/^the site removes /, "").split(/ when it publishes| URL in a Markdown/)[0]];

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
      [7, 1, "the `<script>` element and everything inside it"],
      [10, 18, "the `<iframe>` element and everything inside it"],
      [11, 5, "the `<style>` element and everything inside it"],
      [14, 3, "the `<object>` element and everything inside it"],
      [16, 3, "the `<embed>` element"],
    ]);
    expect(diagnostics[0]!.message).toBe("the site removes the `<script>` element and everything inside it when it publishes this page: content may not run scripts, load other sites or take visitors elsewhere");
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
    expect(diagnostics[3]?.message).toBe("javascript: URL in a Markdown link: link to a real page instead");
    expect(diagnostics.every((d) => d.severity === "error")).toBe(true);
    expect(diagnostics.map(brief)).toEqual([
      [1, 25, "the `onerror` attribute of `<img>` (event handlers run scripts)"],
      [3, 8, "the `javascript:` link in `href` of `<a>`"],
      [3, 67, "the `onclick` attribute of `<a>` (event handlers run scripts)"],
      [5, 10, "javascript:"],
      [7, 8, "javascript:"],
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

describe("unsafeHtmlRule asks the build's sanitiser", () => {
  // Each shape from the report, where the old rule's own reading of HTML differed from a browser's.
  it("reads comments, raw text and SVG as a browser does", async () => {
    const text = [
      "<!--><img src=x onerror=alert(1)>-->", // 1
      "",
      "<!-- --!><img src=x onerror=alert(2)>", // 3
      "",
      "<textarea><img src=x onerror=alert(3)></textarea>", // 5
      "",
      "<noscript><p title=\"</noscript><img src=x onerror=alert(4)>\"></noscript>", // 7
      "",
      '<svg><animate attributeName="href" values="javascript:alert(5)"/><set attributeName="href" to="javascript:alert(6)"/></svg>', // 9
      "",
      '<base href="https://elsewhere.example/">', // 11
      "",
      '<meta http-equiv="refresh" content="0;url=https://elsewhere.example/">', // 13
    ].join("\n");
    const diagnostics = await check({ "x.md": text });
    expect(diagnostics.map(brief)).toEqual([
      [1, 17, "the `onerror` attribute of `<img>` (event handlers run scripts)"],
      [3, 21, "the `onerror` attribute of `<img>` (event handlers run scripts)"],
      [5, 1, "the `<textarea>` element and everything inside it"],
      // The <img> is in an attribute value to the sanitiser's parser, and goes with the <noscript>.
      [7, 1, "the `<noscript>` element and everything inside it"],
      [9, 6, "the `<animate>` tags (what is inside them is kept)"],
      [9, 66, "the `<set>` tags (what is inside them is kept)"],
      [11, 1, "the `<base>` element"],
      [13, 1, "the `<meta>` element"],
    ]);
    expect(diagnostics.every((d) => d.severity === "error")).toBe(true);
  });

  it("warns about markup it drops but whose text it keeps, and says nothing of comments", async () => {
    const text = '<center>Welcome</center>\n\n<div align="right">Signed</div>\n\n<!-- a note for editors -->\n\nText <span style="color:red">red</span>.\n';
    const diagnostics = await check({ "x.md": text });
    expect(diagnostics.map((d) => [...brief(d), d.severity])).toEqual([
      [1, 1, "the `<center>` tags (what is inside them is kept)", "warning"],
      [3, 6, "the `align` attribute of `<div>`", "warning"],
      [7, 12, "the `style` attribute of `<span>`", "warning"],
    ]);
    expect(diagnostics[0]!.message).toMatch(/: the rest of the page is published as it is$/);
  });

  it("reports a data: image markdown-it accepts but the site does not publish", async () => {
    const diagnostics = await check({ "x.md": "An image: ![dot](data:image/png;base64,iVBORw0KGgo=) here.\n" });
    expect(diagnostics.map((d) => [d.line, d.column, d.severity, d.message])).toEqual([
      [1, 18, "error", "data: URL in a Markdown image: the site does not publish it; add the image as a file beside the page"],
    ]);
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
      return d.line === 1 && d.column === column && d.message.startsWith("the site removes the `onclick` attribute of `<b>`");
    })).toBe(true);
  });

  it("reports 50,000 <script> elements in one HTML block", async () => {
    const diagnostics = await check({ "x.md": `<div>\n${"<script>x</script>".repeat(50_000)}\n</div>\n` });
    expect(diagnostics).toHaveLength(50_000);
    expect(diagnostics.every((d, i) => d.line === 2 && d.column === i * 18 + 1)).toBe(true);
  });

  it("reads a link of 200,000 spaces that is no javascript: URL, and finds the one that is", async () => {
    const diagnostics = await check({ "x.md": `See ](${" ".repeat(200_000)}x: here\n\n[x]( javascript:alert(1))\n` });
    expect(diagnostics.map(brief)).toEqual([[3, 6, "javascript:"]]);
  });
});
