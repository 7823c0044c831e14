import { describe, expect, it } from "vitest";
import { createMarkdown } from "../../src/markdown/index.ts";

const md = createMarkdown();

describe("Docusaurus admonitions", () => {
  it("render as the GitHub alert of the same kind, icon and all", () => {
    const admonition = md.render(":::tip\nUse **short** lines.\n:::\n");
    const alert = md.render("> [!TIP]\n> Use **short** lines.\n");
    expect(admonition.replace(/\s+/g, "")).toBe(alert.replace(/\s+/g, ""));
  });

  it("take a title in either spelling, map Docusaurus's types, and escape the title", () => {
    expect(md.render(":::warning[Mind the gap]\nText.\n:::\n")).toMatch(/^<div class="markdown-alert markdown-alert-warning"><p class="markdown-alert-title"><svg[^]*<\/svg>Mind the gap<\/p>/);
    expect(md.render(":::danger Do not <b>do</b> this\nText.\n:::\n")).toContain('markdown-alert-caution"><p class="markdown-alert-title"><svg');
    expect(md.render(":::danger Do not <b>do</b> this\nText.\n:::\n")).toContain("Do not &lt;b&gt;do&lt;/b&gt; this</p>");
    expect(md.render(":::info\nText.\n:::\n")).toContain('markdown-alert-note"><p class="markdown-alert-title"><svg');
    expect(md.render(":::info\nText.\n:::\n")).toContain("</svg>Info</p>");
  });

  it("leave other colons alone", () => {
    expect(md.render(":::unknown\nText.\n:::\n")).toBe("<p>:::unknown\nText.\n:::</p>\n");
  });
});
