/**
 * Search end to end: a fixture site is built with the real configuration, indexed with
 * Pagefind as `npm run build` does, and searched through the site's own pagefind.js.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { buildSite, fixture, projectRoot, type BuiltSite } from "./buildSite.ts";
import { indexSite, type IndexResult } from "../../src/search/indexSite.ts";
import { loadSiteSearch, type PagefindResultData, type SiteSearch } from "../search/pagefindNode.ts";

const NOTES = `---
title: Platform notes
layout: page.njk
---
Notes of the platform group, newest first.

## Overview

We meet every month.

## 12 Apr 2024 – Case study

Attendees:

- Quillon Marsh (DWP)

### Build farms

We compared build farms and zephyrine caches.

## 08 Dec 2023

Attendees:

- AS (CDDO)

Opening words about the pangolard plan.

### Signing container images

Cosign keys and the ferroglyph registry.
`;

const FILES: Record<string, string> = {
  "special-interest/platform/index.md": "---\ntitle: Platform & tooling\naim: Shared platforms for gridwalker teams.\n---\nWe talk about platforms.\n",
  "special-interest/platform/notes.md": NOTES,
  "special-interest/platform/meetings/2023-07-05.md": "---\ntitle: Licensing clinic\n---\n## Notes\n\nQuestions about the marmalith licence.\n",
  "blog/2024-01-10-hello-world.md": "---\ntitle: Hello world\n---\nOur first post mentions the quokkaboard.\n",
  "blog/2024-02-01-secret-plans.md": "---\ntitle: Secret plans\ndraft: true\n---\nThe zanzibarish plan is still a draft.\n",
  "guides/how-to-write.md": "---\ntitle: How to write\n---\nWrite with the plumbwright method.\n",
  "talks/notes-in-the-open.txt": fixture("talk.txt"),
  "about.md": "---\ntitle: About us\n---\nWe are the tessellon community.\n",
};

interface ResultsModule {
  processResult(result: PagefindResultData): PagefindResultData;
}
// The browser's own result shaping, run on the same data the Pagefind UI would get.
const { processResult } = (await import(pathToFileURL(path.join(projectRoot, "assets/js/search-results.js")).href)) as ResultsModule;

const paths = (results: PagefindResultData[]) => results.map((r) => r.url);

describe("search over a built site", () => {
  let site: BuiltSite;
  let index: IndexResult;
  let search: SiteSearch;
  beforeAll(async () => {
    site = await buildSite(FILES);
    index = await indexSite(site.output);
    search = await loadSiteSearch(site.output);
  });

  test("the Pagefind bundle is written into the site, UI included", () => {
    for (const file of ["pagefind.js", "pagefind-ui.js", "pagefind-ui.css", "pagefind-entry.json"]) {
      expect(existsSync(path.join(site.output, "pagefind", file)), file).toBe(true);
    }
    // Notes page, per-meeting page, post, guide, talk, about page and the group page.
    expect(index.pages).toBe(7);
    expect(index.indexBytes).toBeGreaterThan(0);
  });

  test("a word from a meeting finds the notes page, with a sub-result at that meeting's heading", async () => {
    const [result, ...rest] = await search.search("pangolard");
    expect(rest).toEqual([]);
    expect(result?.url).toBe("/special-interest/platform/notes/");
    expect(result?.sub_results.map((s) => s.url)).toContain("/special-interest/platform/notes/#2023-12-08");
  });

  test("a word under a topic heading is grouped under its meeting for the results page", async () => {
    const [result] = await search.search("ferroglyph");
    // Pagefind itself points at the topic…
    expect(result?.sub_results.map((s) => s.url)).toEqual(["/special-interest/platform/notes/#signing-container-images"]);
    // …and the page shows the meeting it belongs to (after the page's own entry, which the UI hides).
    const shown = processResult(result!);
    expect(shown.sub_results.map((s) => [s.title, s.url])).toEqual([
      ["Platform notes", "/special-interest/platform/notes/"],
      ["08 Dec 2023", "/special-interest/platform/notes/#2023-12-08"],
    ]);
    const [later] = await search.search("zephyrine");
    expect(processResult(later!).sub_results.map((s) => s.url).slice(1)).toEqual(["/special-interest/platform/notes/#2024-04-12"]);
  });

  test("results carry kind, group and date, shown as one line above the excerpt", async () => {
    const [notes] = await search.search("pangolard");
    expect(notes?.meta).toMatchObject({ kind: "Meeting notes" });
    expect(processResult(notes!).excerpt).toBe('<span class="search-result__meta">Meeting notes · Platform &#38; tooling · 2023–2024</span>');
    const [meeting] = await search.search("marmalith");
    expect(meeting?.url).toBe("/special-interest/platform/meetings/2023-07-05/");
    expect(processResult(meeting!).excerpt).toMatch(/^<span class="search-result__meta">Meeting · Platform &#38; tooling · 5 July 2023<\/span>/);
    const [post] = await search.search("quokkaboard");
    expect(processResult(post!).excerpt).toMatch(/^<span class="search-result__meta">Post · 10 January 2024<\/span>/);
    const [group] = await search.search("gridwalker");
    expect(group?.url).toBe("/special-interest/platform/");
    expect(processResult(group!).excerpt).toMatch(/^<span class="search-result__meta">Group · Platform &#38; tooling<\/span>/);
  });

  test("filters for kind, group and year, with every year of a notes page", async () => {
    const filters = await search.filters();
    expect(filters.kind).toEqual({ meeting: 2, post: 1, guide: 1, talk: 1, page: 2 });
    expect(filters.group).toEqual({ "Platform & tooling": 3 }); // notes, a meeting, the group page
    expect(Object.keys(filters.year ?? {}).sort()).toEqual(["2023", "2024"]);
    const [notes] = await search.search("pangolard");
    expect(notes?.filters).toMatchObject({ kind: ["meeting"], group: ["Platform & tooling"], year: ["2024", "2023"] });
    expect(paths(await search.search("marmalith", { year: "2023" }))).toEqual(["/special-interest/platform/meetings/2023-07-05/"]);
    expect(await search.search("marmalith", { year: "2024" })).toEqual([]);
    expect(paths(await search.search(null, { kind: "meeting" })).sort()).toEqual([
      "/special-interest/platform/meetings/2023-07-05/",
      "/special-interest/platform/notes/",
    ]);
  });

  test("guides, talks and pages are found too", async () => {
    expect(paths(await search.search("plumbwright"))).toEqual(["/guides/how-to-write/"]);
    expect(paths(await search.search("tessellon"))).toEqual(["/about/"]);
    const talks = await search.search(null, { kind: "talk" });
    expect(talks.map((t) => processResult(t).excerpt)).toEqual([expect.stringMatching(/^<span class="search-result__meta">Talk · 14 March 2024<\/span>/)]);
  });

  test("listings, the home page and the search page are not indexed; a group page is, without its meeting list", async () => {
    const clinic = paths(await search.search("clinic"));
    expect(clinic).toEqual(["/special-interest/platform/meetings/2023-07-05/"]);
    const everything = paths(await search.search(null));
    for (const url of ["/", "/meetings/", "/search/", "/tags/", "/blog/", "/special-interest/"]) expect(everything).not.toContain(url);
    expect(everything).toContain("/special-interest/platform/");
  });

  test("a draft is never published, so never indexed", async () => {
    expect(site.exists("/blog/secret-plans/")).toBe(false);
    expect(await search.search("zanzibarish")).toEqual([]);
  });

  test("only the search page has a script; every page has the search form", () => {
    const pages = site.files().filter((file) => file.endsWith(".html") && !file.startsWith("pagefind/"));
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const html = site.html(`/${file}`);
      const form = html.querySelector("header form[role=search]");
      expect(form?.getAttribute("action"), file).toBe("/search/");
      expect(form?.getAttribute("method"), file).toBe("get");
      expect(form?.querySelector("input[type=search]")?.getAttribute("name"), file).toBe("q");
      const scripts = html.querySelectorAll("script").map((s) => s.getAttribute("src"));
      expect(scripts, file).toEqual(file === "search/index.html" ? ["/assets/js/search.js"] : []);
    }
  });

  test("the search page is useful without JavaScript", () => {
    const page = site.html("/search/");
    expect(page.querySelector("main")?.hasAttribute("data-pagefind-body")).toBe(false);
    const fallback = page.querySelector("#search-fallback");
    expect(fallback?.querySelectorAll("a").map((a) => a.getAttribute("href"))).toEqual(
      expect.arrayContaining(["/meetings/", "/tags/", "/special-interest/"]),
    );
    expect(fallback?.querySelectorAll(".meeting-list a[href*='/special-interest/platform/']").length).toBeGreaterThan(0);
  });
});

describe("search in a preview build", () => {
  test("drafts are shown under npm start but still not indexed", async () => {
    const site = await buildSite(FILES, { runMode: "serve" });
    expect(site.exists("/blog/secret-plans/")).toBe(true);
    expect(site.html("/blog/secret-plans/").querySelector("main")?.hasAttribute("data-pagefind-body")).toBe(false);
    await indexSite(site.output);
    const search = await loadSiteSearch(site.output);
    expect(await search.search("zanzibarish")).toEqual([]);
    expect(paths(await search.search("quokkaboard"))).toEqual(["/blog/hello-world/"]);
  });
});

describe("search under a path prefix", () => {
  test("the header form and the search script point inside the prefix", async () => {
    const site = await buildSite({ "about.md": FILES["about.md"]! }, { pathPrefix: "/community-notes/" });
    for (const url of ["/about/", "/search/", "/404.html"]) {
      expect(site.html(url).querySelector("form[role=search]")?.getAttribute("action"), url).toBe("/community-notes/search/");
    }
    expect(site.html("/search/").querySelector("script")?.getAttribute("src")).toBe("/community-notes/assets/js/search.js");
  });
});
