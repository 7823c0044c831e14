import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { createMarkdown, hasMermaid } from "../../src/markdown/index.ts";

// The Eleventy syntax highlight plugin is CommonJS; this is the same function it
// passes to eleventyConfig.addMarkdownHighlighter.
const require = createRequire(import.meta.url);
const prismHighlighter = require("@11ty/eleventy-plugin-syntaxhighlight/src/markdownSyntaxHighlightOptions.js") as (
  options: object,
) => (code: string, lang: string) => string;

const render = (source: string): string => createMarkdown().render(source);

/** The id attributes of all headings, in document order. */
function headingIds(html: string): string[] {
  return [...html.matchAll(/<h[1-6] id="([^"]*)"/g)].map((m) => m[1] ?? "");
}

describe("heading ids", () => {
  it.each([
    "08 Dec 2023",
    "8 December 2023",
    "Friday 8 December 2023",
    "Fri 8 Dec 2023",
    "Friday, 8 December 2023",
    "8th December 2023",
    "December 8, 2023",
    "Dec 8 2023",
    "2023-12-08",
    "8\u00a0Dec\u202f2023",
    "**8 Dec 2023**",
    "8 Dec 2023 – Case study",
  ])("gives the heading %j the id 2023-12-08", (text) => {
    expect(headingIds(render(`## ${text}`))).toEqual(["2023-12-08"]);
  });

  it("ids headings of every level", () => {
    const source = [1, 2, 3, 4, 5, 6].map((n) => `${"#".repeat(n)} Level ${n}`).join("\n\n");
    expect(headingIds(render(source))).toEqual(["level-1", "level-2", "level-3", "level-4", "level-5", "level-6"]);
  });

  it("keeps duplicate ids unique, the first keeping the plain id", () => {
    const html = render("## Notes\n\n## Notes\n\n## Notes\n\n## 8 Dec 2023\n\n## 8 Dec 2023 – Evening session");
    expect(headingIds(html)).toEqual(["notes", "notes-1", "notes-2", "2023-12-08", "2023-12-08-1"]);
  });

  it("skips ids other headings took, as markdown-it-anchor did", () => {
    const html = render("## Notes\n\n## Notes 1\n\n## Notes\n\n## Notes-1\n\n## Notes 1\n\n## Notes");
    expect(headingIds(html)).toEqual(["notes", "notes-1", "notes-2", "notes-1-1", "notes-1-2", "notes-3"]);
  });

  it("keeps an id another plugin gave, and refuses one given twice", () => {
    const md = createMarkdown();
    // A plugin of the site's (markdown-it-attrs, say) that sets ids before ours runs.
    md.core.ruler.before("anchor", "given_ids", (state) => {
      for (const token of state.tokens) if (token.type === "heading_open" && token.map?.[0] !== 0) token.attrSet("id", "chosen");
    });
    expect(headingIds(md.render("## Notes\n\n## Other"))).toEqual(["notes", "chosen"]);
    expect(() => md.render("## Notes\n\n## Other\n\n## More")).toThrow("User defined `id` attribute `chosen` is not unique");
  });

  // markdown-it-anchor looked each heading up again from the start of the page and counted
  // -1, -2, … afresh for each repeat: 30,000 "Notes" took minutes. This would time out.
  it("ids 30,000 headings with the same text in one pass", () => {
    const tokens = createMarkdown().parse("## Notes\n\n".repeat(30_000), {});
    const ids = tokens.filter((token) => token.type === "heading_open").map((token) => token.attrGet("id"));
    expect(ids).toHaveLength(30_000);
    expect(ids.slice(0, 3)).toEqual(["notes", "notes-1", "notes-2"]);
    expect(ids.every((id, i) => id === (i === 0 ? "notes" : `notes-${i}`))).toBe(true);
  });

  it("gives the same ids when the same env is rendered twice (Eleventy passes page data as env)", () => {
    const md = createMarkdown();
    const env = {};
    const first = md.render("## Notes\n\n## Notes", env);
    const second = md.render("## Notes\n\n## Notes", env);
    expect(headingIds(second)).toEqual(["notes", "notes-1"]);
    expect(second).toBe(first);
  });
});

describe("heading self-links", () => {
  it("wraps the heading text in a link to itself, keeping the text", () => {
    expect(render("## 8 Dec 2023 – Case study")).toBe(
      '<h2 id="2023-12-08"><a class="header-anchor" href="#2023-12-08"><span>8 Dec 2023 – Case study</span></a></h2>\n',
    );
  });

  it("adds a labelled link after the text when the heading already holds a link", () => {
    const html = render("## See [the guide](/guide/)");
    expect(html).toBe(
      '<h2 id="see-the-guide">See <a href="/guide/">the guide</a> ' +
        '<a class="header-anchor" href="#see-the-guide"><span class="visually-hidden">Link to this section</span>' +
        '<span aria-hidden="true">#</span></a></h2>\n',
    );
  });

  it("does not nest links for headings with linkified URLs or footnote references", () => {
    for (const source of ["## Moved to https://example.com", "## Budget[^1]\n\n[^1]: Approved."]) {
      const heading = /<h2[^>]*>(.*)<\/h2>/.exec(render(source))?.[1] ?? "";
      expect(heading).toContain('class="header-anchor"');
      expect(heading).not.toMatch(/<a [^>]*>(?:(?!<\/a>).)*<a /);
    }
  });
});

describe("mermaid fences", () => {
  const diagram = "graph TD\n  A-->B & <C>\n";
  const expected = '<figure class="diagram"><pre class="mermaid">graph TD\n  A--&gt;B &amp; &lt;C&gt;</pre></figure>';

  it("renders a top-level fence as a diagram with escaped source", () => {
    const html = render("```mermaid\n" + diagram + "```");
    expect(html).toBe(expected + "\n");
    expect(hasMermaid(html)).toBe(true);
  });

  it("renders an indented fence inside a list item", () => {
    const bullet = render("- Flow\n\n  ```mermaid\n  graph TD\n    A-->B & <C>\n  ```\n");
    expect(bullet).toContain('<pre class="mermaid">graph TD\n  A--&gt;B &amp; &lt;C&gt;</pre>');
    expect(bullet).toMatch(/<li>[\s\S]*<figure class="diagram">[\s\S]*<\/li>/);

    const numbered = render("1. Flow\n    ```Mermaid\n    graph LR\n    ```\n");
    expect(numbered).toContain('<li>Flow<figure class="diagram"><pre class="mermaid">graph LR</pre></figure>');
  });

  it("is not highlighted, even with a highlighter set", () => {
    const html = createMarkdown({ highlight: prismHighlighter({}) }).render("~~~mermaid\n" + diagram + "~~~");
    expect(html).toBe(expected + "\n");
    expect(html).not.toContain("token");
  });

  it("hasMermaid is false for pages without diagrams, even ones that mention mermaid", () => {
    expect(hasMermaid(render("```js\nconst el = '<pre class=\"mermaid\">';\n```\n\nmermaid is great"))).toBe(false);
  });
});

describe("other fences", () => {
  const js = "```js\nconst a = 1;\n```";

  it("are highlighted with Prism through the highlight option", () => {
    const html = createMarkdown({ highlight: prismHighlighter({}) }).render(js);
    expect(html).toContain('<pre class="language-js"><code class="language-js">');
    expect(html).toContain('<span class="token keyword">const</span>');
  });

  it("pick up a highlighter set later, as Eleventy's plugin does with md.set", () => {
    const md = createMarkdown();
    expect(md.render(js)).toBe('<pre><code class="language-js">const a = 1;\n</code></pre>\n');
    md.set({ highlight: prismHighlighter({}) });
    expect(md.render(js)).toContain('<span class="token keyword">const</span>');
  });
});

describe("markdown extensions", () => {
  it("renders footnotes", () => {
    const html = render("Claim.[^src]\n\n[^src]: The source.");
    expect(html).toContain('<sup class="footnote-ref"><a href="#fn1" id="fnref1">[1]</a></sup>');
    expect(html).toMatch(/<section class="footnotes">[\s\S]*<li id="fn1" class="footnote-item"><p>The source\./);
  });

  it("renders GitHub alerts", () => {
    const html = render("> [!WARNING]\n> Bring a laptop.");
    expect(html).toMatch(/^<div class="markdown-alert markdown-alert-warning"><p class="markdown-alert-title">/);
    expect(html).toContain("Warning</p><p>Bring a laptop.</p>");
    expect(html).not.toContain("<blockquote>");
  });

  it("renders tables", () => {
    const html = render("| Name | Org |\n| --- | --- |\n| Ada | ACME |");
    expect(html).toContain("<table>");
    expect(html).toContain("<th>Name</th>");
    expect(html).toContain("<td>Ada</td>");
  });

  it("passes raw HTML through", () => {
    expect(render('<aside class="note">Hi <b>there</b></aside>')).toBe('<aside class="note">Hi <b>there</b></aside>');
    expect(render("Press <kbd>Ctrl</kbd>.")).toBe("<p>Press <kbd>Ctrl</kbd>.</p>\n");
  });

  it("links bare URLs and leaves quotes alone", () => {
    expect(render('See https://example.com "now"')).toBe(
      '<p>See <a href="https://example.com">https://example.com</a> &quot;now&quot;</p>\n',
    );
  });

  it("treats indented text as text, not code, like Eleventy", () => {
    expect(render("    <p>indented html</p>")).not.toContain("<code>");
  });
});

describe("code fences", () => {
  const md = createMarkdown({ highlight: prismHighlighter({ errorOnInvalidLanguage: false }) });

  it("code in a language Prism does not know (or `text`) is escaped, not published as markup", () => {
    for (const language of ["text", "nosuchlang", "text/2"]) {
      const html = md.render(`\`\`\`${language}\n<b>bold</b> & <i>x</i>\n\`\`\`\n`);
      expect(html, language).toContain("&lt;b&gt;bold&lt;/b&gt; &amp; &lt;i&gt;x&lt;/i&gt;");
      expect(html).not.toContain("<b>");
    }
  });

  it("languages Prism knows are highlighted as before, and escaped once", () => {
    const html = md.render("```html\n<b>bold</b>\n```\n");
    expect(html).toContain('<span class="token tag">');
    expect(html).not.toContain("&amp;lt;");
    expect(md.render("```\n<b>x</b>\n```\n")).toBe("<pre><code>&lt;b&gt;x&lt;/b&gt;\n</code></pre>\n");
  });
});
