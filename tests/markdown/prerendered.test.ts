// HTML rendered ahead of Eleventy from tokens the meeting index already has.
import { describe, expect, it } from "vitest";
import { createMarkdown } from "../../src/markdown/index.ts";
import { clearPrerendered, prerender, prerenderFor, takePrerendered } from "../../src/markdown/prerendered.ts";
import { parseBlocks } from "../../src/meetings/tokens.ts";

const SOURCE = "## 8 Dec 2023\n\nNotes[^1] with `code`.\n\n## 8 Dec 2023\n\n```js\nlet x = 1;\n```\n\n[^1]: A footnote.\n";

describe("prerendered Markdown", () => {
  it("gives the site's render exactly what it would have rendered, once, and parses nothing for it", () => {
    const highlight = (code: string, lang: string) => `<pre data-hl="${lang}">${code.length}</pre>`;
    const reference = createMarkdown({ highlight }).render(SOURCE, {});
    const site = prerenderFor(createMarkdown({ highlight }));
    const env = {};
    prerender(SOURCE, parseBlocks(SOURCE, env), env);
    // Repeated headings keep their -1 ids, footnotes and the site's highlighter apply.
    expect(reference).toContain('id="2023-12-08-1"');
    expect(reference).toContain('data-hl="js"');
    let parsed = 0;
    const parse = site.parse.bind(site);
    site.parse = (...args: Parameters<typeof site.parse>) => (parsed++, parse(...args));
    expect(site.render(SOURCE, { page: "any env" })).toBe(reference);
    expect(parsed).toBe(0);
    // Taken once: the next render of the same source parses as usual.
    expect(takePrerendered(SOURCE)).toBeUndefined();
    expect(site.render(SOURCE, {})).toBe(reference);
    expect(parsed).toBe(1);
  });

  it("is dropped by clearPrerendered, so a page a build skipped costs no memory afterwards", () => {
    prerenderFor(createMarkdown());
    const env = {};
    prerender("Some *text*.\n", parseBlocks("Some *text*.\n", env), env);
    clearPrerendered();
    expect(takePrerendered("Some *text*.\n")).toBeUndefined();
  });
});

describe("prerendered Markdown that cannot be rendered ahead", () => {
  it("is left to the site's render, so a failure is reported there, for the page, rather than published empty", () => {
    const failing = () => {
      throw new Error("highlighter failed");
    };
    const site = prerenderFor(createMarkdown({ highlight: failing }));
    const source = "## 8 Dec 2023\n\n```js\nlet x;\n```\n";
    const env = {};
    prerender(source, parseBlocks(source, env), env);
    expect(takePrerendered(source)).toBeUndefined();
    expect(() => site.render(source, {})).toThrow("highlighter failed");
    // Nothing parsed (markdown-it failed, or an empty body): nothing is stored either.
    prerender("## Broken", [], {});
    expect(takePrerendered("## Broken")).toBeUndefined();
  });
});
