/**
 * What a page shows to get around (breadcrumbs, "Meetings on this page", "On this page", the
 * guides sidebar, links to the previous and next meeting or post) is left out of the search
 * index: a page must not be found by its neighbours' titles, nor get a result for its own
 * contents list. Pagefind leaves out every <nav>, so this holds as long as the layouts keep
 * all their navigation in <nav> elements; these tests say so.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { buildSite, type BuiltSite } from "./buildSite.ts";
import { indexSite } from "../../src/search/indexSite.ts";
import { loadSiteSearch, type PagefindResultData, type SiteSearch } from "../search/pagefindNode.ts";

const FILES: Record<string, string> = {
  "special-interest/platform/index.md": "---\ntitle: Platform and tooling\n---\nAbout the group.\n",
  "special-interest/platform/meetings/2023-07-05.md": "---\ntitle: Licensing clinic\n---\nQuestions about licences.\n",
  "special-interest/platform/meetings/2023-09-14.md": "---\ntitle: Quasarine review\n---\nWe looked at the release process.\n",
  "special-interest/platform/notes.md":
    "---\ntitle: Platform notes\n---\nNewest first.\n\n## 12 Apr 2024 – Velocitrope review\n\nWe talked.\n\n## 08 Dec 2023\n\nWe talked again.\n",
  "blog/2024-01-10-first.md": "---\ntitle: Gloamwick announcement\n---\nThe first post.\n",
  "blog/2024-02-01-second.md": "---\ntitle: Second post\n---\nThe second post.\n",
  "guides/long-guide.md":
    "---\ntitle: A long guide\n---\n## Quillfeather setup\n\nText.\n\n## Next steps\n\nMore.\n\n## Checks\n\nMore.\n\n## Last words\n\nDone.\n",
  "guides/other-guide.md": "---\ntitle: Brindlecrest handbook\n---\nA short guide.\n",
};

const paths = (results: PagefindResultData[]) => results.map((r) => r.url).sort();

describe("navigation is not indexed", () => {
  let site: BuiltSite;
  let search: SiteSearch;
  beforeAll(async () => {
    site = await buildSite(FILES);
    await indexSite(site.output);
    search = await loadSiteSearch(site.output);
  });

  test("the pages do show their neighbours' titles", () => {
    expect(site.file("/special-interest/platform/meetings/2023-07-05/")).toContain("Quasarine review");
    expect(site.file("/blog/second/")).toContain("Gloamwick announcement");
    expect(site.html("/special-interest/platform/notes/").querySelector("nav.page-contents")?.text).toContain("Velocitrope");
    expect(site.html("/guides/long-guide/").querySelector("nav.page-contents")?.text).toContain("Quillfeather");
    expect(site.html("/guides/long-guide/").querySelector("nav.sidebar")?.text).toContain("Brindlecrest handbook");
  });

  test("a meeting or post is found by its own title, not from its neighbours' pages", async () => {
    expect(paths(await search.search("quasarine"))).toEqual(["/special-interest/platform/meetings/2023-09-14/"]);
    expect(paths(await search.search("licensing"))).toEqual(["/special-interest/platform/meetings/2023-07-05/"]);
    expect(paths(await search.search("gloamwick"))).toEqual(["/blog/first/"]);
    expect(paths(await search.search("brindlecrest"))).toEqual(["/guides/other-guide/"]);
  });

  test("a heading's words lead to the heading, not to the page's contents list", async () => {
    const [notes] = await search.search("velocitrope");
    expect(notes?.sub_results.map((s) => s.url)).toEqual(["/special-interest/platform/notes/#2024-04-12"]);
    const [guide] = await search.search("quillfeather");
    expect(guide?.sub_results.map((s) => s.url)).toEqual(["/guides/long-guide/#quillfeather-setup"]);
  });

  test("breadcrumbs add nothing: the group's name finds the group page and its meetings' details only", async () => {
    const found = paths(await search.search("tooling"));
    expect(found).not.toContain("/guides/long-guide/");
    expect(found).not.toContain("/special-interest/platform/notes/");
  });
});
