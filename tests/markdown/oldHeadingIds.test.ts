import { describe, expect, it } from "vitest";
import { markdownItAnchorSlug, oldHeadingId, typographerText } from "../../src/markdown/oldHeadingIds.ts";
import { createMarkdown } from "../../src/markdown/index.ts";

describe("old heading ids", () => {
  it("are markdown-it-anchor's default slugs", () => {
    expect(markdownItAnchorSlug("  Entry, start and end dates ")).toBe("entry%2C-start-and-end-dates");
    expect(markdownItAnchorSlug("(i) Adopt a shift-left approach")).toBe("(i)-adopt-a-shift-left-approach");
  });

  it("follow the GOV.UK plugin's typographer first", () => {
    expect(typographerText(`Don't "quote" -- me... (c)`)).toBe("Don\u2019t \u201Cquote\u201D \u2013 me\u2026 \u00A9");
    expect(oldHeadingId("Don't include inferrable data", "govuk-eleventy-plugin")).toBe("don%E2%80%99t-include-inferrable-data");
    expect(oldHeadingId("Don't include inferrable data", "markdown-it-anchor")).toBe("don't-include-inferrable-data");
  });

  it("are extra, empty targets at each heading whose old id differs, never taking an id the page uses", () => {
    const md = createMarkdown({ oldHeadingIds: "govuk-eleventy-plugin" });
    const html = md.render("## Don't include inferrable data\n\n## Plain\n\n## (i) Adopt shift-left\n");
    expect(html).toContain('<h2 id="dont-include-inferrable-data"><a class="header-anchor" href="#dont-include-inferrable-data"><span><span id="don%E2%80%99t-include-inferrable-data"></span>Don\'t include inferrable data</span></a></h2>');
    // "plain" is the same either way: no second target.
    expect(html.match(/id="plain"/g)).toHaveLength(1);
    expect(html).toContain('<span id="(i)-adopt-shift-left"></span>');
    expect(createMarkdown().render("## Don't include\n")).not.toContain("<span id=");
  });
});
