import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { linksRule } from "../../../src/checks/rules/links.ts";
import { htmlAttributes } from "../../../src/checks/rules/links-collect.ts";
import { closestId, nearestDates } from "../../../src/checks/rules/links-suggest.ts";
import type { Diagnostic } from "../../../src/diagnostics/diagnostic.ts";
import type { CheckContext } from "../../../src/checks/types.ts";
import { contextFrom } from "../helpers.ts";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

function check(ctx: CheckContext): Diagnostic[] {
  return linksRule.check(ctx) as Diagnostic[];
}

const post = (body: string, extra = "") => `---\ntitle: Welcome\n${extra}---\n${body}\n`;

const notes = `---
title: Notes
---
## 08 Dec 2023

Talked.

## 12 Jan 2024

More.

## Actions

## Actions
`;

describe("linksRule", () => {
  it("names itself and its summary", () => {
    expect(linksRule.name).toBe("links");
    expect(linksRule.summary).toBeTruthy();
  });

  it("accepts relative and root-relative links to pages and generated pages", () => {
    const ctx = contextFrom({
      "blog/2023-12-08-welcome.md": post(
        "[a](../other/) [b](/guides/x/) [c](./) [d](/meetings/) [e](/tags/open-source/) [f](/feed.xml) [g](../other/?utm=1)",
        "tags: [Open source]\n",
      ),
      "blog/2023-12-09-other.md": post("Other."),
      "guides/x.md": post("Guide."),
    });
    expect(check(ctx)).toEqual([]);
  });

  it("reports a missing page at the link's line and column", () => {
    const ctx = contextFrom({ "about.md": post("Intro.\n\nSee [the guide](/guides/missing/) now.") });
    expect(check(ctx)).toEqual([
      {
        file: "content/about.md",
        line: 6,
        column: 17,
        rule: "links",
        severity: "error",
        message: "link to /guides/missing/ goes nowhere: no page has that address",
      },
    ]);
  });

  it("shows where a relative link resolves to and hints at a page with the same name", () => {
    const ctx = contextFrom({
      "blog/2023-12-08-welcome.md": post("[x](../guides/x/)"),
      "guides/x.md": post("Guide."),
    });
    expect(check(ctx).map((d) => d.message)).toEqual([
      "link to ../guides/x/ (/blog/guides/x/) goes nowhere: no page has that address (did you mean /guides/x/?)",
    ]);
  });

  it("accepts /x and /x/index.html for the page /x/", () => {
    const ctx = contextFrom({ "index.md": post("[a](/about) [b](/about/index.html) [c](/index.html) [d](/about#main)"), "about.md": post("A") });
    expect(check(ctx)).toEqual([]);
  });

  it("accepts /x for the page /x.html, as GitHub Pages serves it (Jekyll sites link so)", () => {
    const ctx = contextFrom({ "index.md": post("[a](/about) [b](/about.html) [c](/nowhere)"), "about.md": "---\ntitle: About\npermalink: /about.html\n---\nA\n" });
    expect(check(ctx).map((d) => d.message)).toEqual(["link to /nowhere goes nowhere: no page has that address"]);
  });

  it("reports a link that repeats the path prefix, since the build adds it again", () => {
    const ctx = contextFrom(
      { "index.md": post("[a](/community-notes/guides/x/#intro) [b](/guides/x/) [c](../guides/x/)"), "guides/x.md": post("## Intro") },
      { pathPrefix: "/community-notes/" },
    );
    expect(check(ctx).map((d) => d.message)).toEqual([
      "link to /community-notes/guides/x/#intro repeats the path prefix /community-notes/: the build adds it to every root-relative link, " +
        "so this one would be published as /community-notes/community-notes/guides/x/ — write /guides/x/#intro",
    ]);
  });

  it("checks fragments on the same page and on another page", () => {
    const ctx = contextFrom({
      "guides/x.md": post("## Getting started\n\n[ok](#getting-started) [bad](#getting-startd) [far](/special-interest/g/notes/#2023-12-09)"),
      "special-interest/g/notes.md": notes,
    });
    expect(check(ctx).map((d) => [d.line, d.message])).toEqual([
      [6, "link to #getting-startd: this page has no heading with id getting-startd (did you mean #getting-started?)"],
      [
        6,
        "link to /special-interest/g/notes/#2023-12-09: the page has no heading with id 2023-12-09 (its meetings nearest that date: 2023-12-08, 2024-01-12)",
      ],
    ]);
  });

  it("accepts date-heading ids, duplicate-heading suffixes and layout ids", () => {
    const ctx = contextFrom({
      "about.md": post("[a](/special-interest/g/notes/#2023-12-08) [b](/special-interest/g/notes/#actions-1) [c](/special-interest/g/notes/#meetings-on-this-page) [d](#main) [e](#top) [f](#)"),
      "special-interest/g/notes.md": notes,
    });
    expect(check(ctx)).toEqual([]);
    const missing = contextFrom({ "about.md": post("[a](/special-interest/g/notes/#actions-2)"), "special-interest/g/notes.md": notes });
    expect(check(missing).map((d) => d.message)).toEqual([
      "link to /special-interest/g/notes/#actions-2: the page has no heading with id actions-2 (did you mean #actions-1?)",
    ]);
  });

  it("knows the ids of group pages, listings, talks, footnotes and raw HTML", () => {
    const ctx = contextFrom({
      "special-interest/g/index.md": post("## How to join"),
      "talks/t.txt": "Title: A talk\n\nHello.\n",
      "about.md": post(
        [
          "[a](/special-interest/g/#how-to-join) [b](/special-interest/g/#who-takes-part) [c](/meetings/#year-2023)",
          "[d](/blog/#year-2024) [e](/talks/t/#transcript) [f](/tags/#anything) [g](#fn1) [h](#fnref1) [i](#here) [j](#old)",
          "",
          "Text[^1] <span id=\"here\"></span>",
          "",
          '<a name="old"></a>',
          "",
          "[^1]: A note.",
        ].join("\n"),
      ),
    });
    expect(check(ctx)).toEqual([]);
    const wrong = contextFrom({ "about.md": post("[a](/special-interest/g/#nope) [b](/meetings/#2023)"), "special-interest/g/notes.md": notes });
    expect(check(wrong).map((d) => d.message)).toEqual([
      "link to /special-interest/g/#nope: the page has no heading with id nope",
      "link to /meetings/#2023: the page has no heading with id 2023",
    ]);
  });

  it("accepts a post's anchor_id, which its layout puts on the article", () => {
    const ctx = contextFrom({
      "blog/2024-03-14-audit.md": post("Text.", "anchor_id: a11y-audit\n"),
      "about.md": post("[a](/blog/audit/#a11y-audit) [b](/blog/audit/#other)"),
    });
    expect(check(ctx).map((d) => d.message)).toEqual(["link to /blog/audit/#other: the page has no heading with id other"]);
  });

  it("checks images and files under assets/", () => {
    const ctx = contextFrom({
      "/assets/img/map.png": "png",
      "about.md": post("![map](/assets/img/map.png) ![gone](/assets/img/gone.png) [css](/assets/css/none.css) <img src=\"/assets/img/map.png\">"),
    });
    expect(check(ctx).map((d) => [d.column, d.message])).toEqual([
      [37, "link to /assets/img/gone.png goes nowhere: there is no file assets/img/gone.png"],
      [65, "link to /assets/css/none.css goes nowhere: there is no file assets/css/none.css"],
    ]);
  });

  it("knows images kept next to the notes are published at their path, and says where one is linked wrongly", () => {
    const ctx = contextFrom({
      "blog/diagram.png": "png",
      "blog/chart.svg": "<svg/>",
      "blog/notes.tex": "x",
      "blog/2023-12-08-welcome.md": post("![d](../diagram.png) ![e](./../../blog/diagram.png) ![f](diagram.png) ![s](../chart.svg) [t](/blog/notes.tex)"),
    });
    expect(check(ctx).map((d) => d.message)).toEqual([
      // As GitHub reads it (beside the source file) it works; from the page's address it does not.
      "link to diagram.png (/blog/welcome/diagram.png) works on GitHub but not on the site, where this page is at /blog/welcome/: write /blog/diagram.png",
      "link to ../chart.svg (/blog/chart.svg): blog/chart.svg is in the content folder but not published: an SVG can hold scripts, which would run on the site's own address when the file is opened; convert it to PNG, or keep it in the site's assets/",
      expect.stringMatching(/^link to \/blog\/notes\.tex: blog\/notes\.tex is in the content folder but not published: only images, slides, documents and media beside pages are \(png, jpg, /),
    ]);
  });

  it("reports a link to an asset written relative to the source file, with the address that works", () => {
    const ctx = contextFrom({ "/assets/img/x.png": "png", "page.md": post("![x](../assets/img/x.png)", "permalink: /deep/er/page/\n") });
    expect(check(ctx).map((d) => d.message)).toEqual([
      "link to ../assets/img/x.png (/deep/er/assets/img/x.png) works on GitHub but not on the site: write /assets/img/x.png",
    ]);
  });

  it("reports links to source .md files with the published address", () => {
    const ctx = contextFrom({
      "blog/2023-12-08-welcome.md": post("[a](../guides/writing.md#steps) [b](/content/guides/writing.md)"),
      "guides/writing.md": post("## Steps"),
    });
    expect(check(ctx).map((d) => d.message)).toEqual([
      "link to ../guides/writing.md#steps (/blog/guides/writing.md#steps) points at the source file content/guides/writing.md, which the site does not publish: use its address /guides/writing/#steps",
      "link to /content/guides/writing.md points at the source file content/guides/writing.md, which the site does not publish: use its address /guides/writing/",
    ]);
  });

  it("reports links from published pages to drafts, but not between drafts", () => {
    const ctx = contextFrom({
      "guides/soon.md": post("Soon.", "draft: true\n"),
      "guides/also-draft.md": post("[a](/guides/soon/)", "draft: true\n"),
      "about.md": post("[a](/guides/soon/)"),
    });
    expect(check(ctx).map((d) => [d.file, d.message])).toEqual([
      ["content/about.md", "link to /guides/soon/ goes to a draft (content/guides/soon.md): drafts are not published, so the link would 404"],
    ]);
  });

  it("ignores external links, code spans, fences, comments and heading self-links", () => {
    const ctx = contextFrom({
      "about.md": post(
        [
          "## A heading",
          "[a](https://example.org/x) [b](mailto:a@example.org) [c](tel:+441234) [d](//cdn.example.org/x.js) [e](ftp://x/y)",
          "www.example.org and `[x](/nope/)` and `<a href=\"/nope/\">`",
          "<!-- <a href=\"/nope/\">old</a> -->",
          "```html",
          '<a href="/nope/">x</a> [y](/nope/)',
          "```",
        ].join("\n"),
      ),
    });
    expect(check(ctx)).toEqual([]);
  });

  it("checks href and src in raw HTML blocks and inline HTML, locating each", () => {
    const ctx = contextFrom({
      "about.md": post('<div>\n  <a href="/nope/">x</a>\n</div>\n\nSome <a href=\'/also-nope/\'>y</a> and [z](/nope/).'),
    });
    expect(check(ctx).map((d) => [d.line, d.column, d.message.split(" goes")[0]])).toEqual([
      [5, 12, "link to /nope/"],
      [8, 15, "link to /also-nope/"],
      [8, 42, "link to /nope/"],
    ]);
  });

  it("finds links in tables, lists, quotes and footnotes", () => {
    const ctx = contextFrom({
      "about.md": post("| a | b |\n|---|---|\n| [x](/t/) | y |\n\n> - [q](/q/)\n\nText[^1]\n\n[^1]: A [note](/fn/).\n"),
    });
    expect(check(ctx).map((d) => [d.line, d.column, d.message.split(" goes")[0]])).toEqual([
      [6, 7, "link to /t/"],
      [8, 9, "link to /q/"],
      [12, 16, "link to /fn/"],
    ]);
  });

  it("gives repeated identical links their own columns", () => {
    const ctx = contextFrom({ "about.md": post("[a](/x/) and [b](/x/)") });
    expect(check(ctx).map((d) => d.column)).toEqual([5, 18]);
  });

  it("skips unreadable files and talk transcripts", () => {
    const ctx = contextFrom({
      "about.md": new Uint8Array([0x5b, 0x61, 0x5d, 0x28, 0x2f, 0x78, 0x2f, 0x29, 0xff]),
      "talks/t.txt": "Title: T\n\nSee [a](/nope/).\n",
    });
    expect(check(ctx)).toEqual([]);
  });

  // How fast is the benchmark's to say (npm run bench times the check); this is about correctness at size.
  it("checks 2,000 interlinked pages, anchors included", { timeout: 60_000 }, () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 2000; i++) {
      files[`guides/g${i}.md`] = post(`## Part ${i}\n\n[next](/guides/g${(i + 1) % 2000}/#part-${(i + 1) % 2000}) [self](#part-${i}) [list](/guides/)`);
    }
    const ctx = contextFrom(files);
    expect(check(ctx)).toEqual([]);
    // g7 loses its own heading (which g6 links to) and links to a heading g1 does not have.
    files["guides/g7.md"] = post("[broken](/guides/g1/#part-2)");
    expect(check(contextFrom(files)).map((d) => [d.file, d.rule])).toEqual([
      ["content/guides/g6.md", "links"],
      ["content/guides/g7.md", "links"],
    ]);
  });
});

describe("link helpers", () => {
  it("reads attributes only inside tags, decoding references", () => {
    expect(htmlAttributes('set href="x" <a title="a>b" href="/a?x=1&amp;y=2">', new Set(["href"]))).toEqual([
      { name: "href", value: "/a?x=1&y=2", raw: "/a?x=1&amp;y=2" },
    ]);
  });

  it("suggests the nearest meeting dates and close spellings", () => {
    expect(nearestDates("2023-12-09", ["intro", "2023-12-08", "2023-06-01", "2024-01-12"], 2)).toEqual(["2023-12-08", "2024-01-12"]);
    expect(closestId("actoins", ["actions", "decisions"])).toBe("actions");
    expect(closestId("zzz", ["actions"])).toBeUndefined();
  });
});

// Once quadratic: a tag expression that read to the end again for every unclosed tag, and a
// search to the end of the paragraph for every link not written as markdown-it reads it.
describe("linksRule on hostile pages", () => {
  it("reads an HTML block of 70,000 unclosed tags, and finds the link after it", () => {
    const diagnostics = check(contextFrom({ "x.md": post(`<div>${"<a ".repeat(70_000)}\n\nSee [this](/nowhere/).`) }));
    expect(diagnostics.map((d) => [d.line, d.column])).toEqual([[6, 12]]);
  });

  it("reports 50,000 links not written as they are read, at their paragraph, and locates the next one", () => {
    const line = Array.from({ length: 50_000 }, () => "[a](/\\_x)").join(" ");
    const diagnostics = check(contextFrom({ "x.md": post(`${line}\n\nThen [b](/nowhere/).`) }));
    expect(diagnostics).toHaveLength(50_001);
    expect(diagnostics.slice(0, -1).every((d) => d.line === 4 && d.column === 1 && d.message.startsWith("link to /_x goes nowhere"))).toBe(true);
    expect(diagnostics.map((d) => [d.line, d.column]).at(-1)).toEqual([6, 10]);
  });
});

describe("reading tags", () => {
  const NAMES = new Set(["href", "src", "id"]);
  it("reads attributes as the HTML parser does: comments skipped, quoted > kept, values decoded and as written", () => {
    expect(htmlAttributes('<!-- <a href="/hidden/"> --><a title="a>b" href="/x/?a=1&amp;b=2">x</a><img src=/logo.png>', NAMES)).toEqual([
      { name: "href", value: "/x/?a=1&b=2", raw: "/x/?a=1&amp;b=2" },
      { name: "src", value: "/logo.png", raw: "/logo.png" },
    ]);
    expect(htmlAttributes("<A HREF='/upper/'>", NAMES)).toEqual([{ name: "href", value: "/upper/", raw: "/upper/" }]);
    expect(htmlAttributes("plain text, no tags", NAMES)).toEqual([]);
  });

  it("reads 20,000 unclosed tags in one pass", () => {
    const html = `<div>${"<a ".repeat(20_000)}<a href="/end/">`;
    // As a browser reads it: `<a` is an attribute name, and the link belongs to the first tag.
    expect(htmlAttributes(html, NAMES).map((a) => a.value)).toEqual(["/end/"]);
    expect(htmlAttributes(`${"<p>text</p>".repeat(20_000)}<a href="/end/">`, NAMES)).toHaveLength(1);
  });
});
