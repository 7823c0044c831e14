import { describe, expect, it } from "vitest";
import type { CollectionItem } from "../../src/eleventy/types.ts";
import { classify } from "../../src/content/classify.ts";
import { INTERNAL_TAGS, guideTree, guides, posts, sitemapPages, tagList, taggedWith, talks } from "../../src/collections/index.ts";

interface Fake {
  path: string;
  url?: string | false;
  date?: string;
  data?: Record<string, unknown>;
}

/** A collection item with just what our collections read. */
function item({ path, url, date = "1970-01-01", data = {} }: Fake): CollectionItem {
  const inputPath = `./content/${path}`;
  const stem = path.replace(/\.[^.]+$/, "");
  const fileSlug = stem.split("/").pop() ?? "";
  const pageUrl = url === undefined ? `/${stem.replace(/(^|\/)index$/, "")}/`.replace(/\/+/g, "/") : url;
  const when = new Date(`${date}T00:00:00Z`);
  return {
    url: pageUrl,
    outputPath: false,
    inputPath,
    fileSlug,
    date: when,
    data: {
      ...data,
      page: { url: pageUrl, inputPath, outputPath: false, fileSlug, filePathStem: `/${stem}`, date: when },
    },
  };
}

const paths = (items: CollectionItem[]) => items.map((i) => i.inputPath.replace("./content/", ""));

/** What the content model says each item is: `classify` of its path and data, as the plugin asks. */
const kindOf = (item: CollectionItem) => classify(item.inputPath.replace("./content/", ""), item.data).kind;

describe("posts", () => {
  it("lists blog posts newest first, by path on the same day", () => {
    const all = [
      item({ path: "blog/b.md", date: "2023-12-08" }),
      item({ path: "blog/old.md", date: "2022-01-01" }),
      item({ path: "blog/a.md", date: "2023-12-08" }),
      item({ path: "blog/new.md", date: "2024-03-01" }),
    ];
    expect(paths(posts(all, kindOf))).toEqual(["blog/new.md", "blog/a.md", "blog/b.md", "blog/old.md"]);
  });

  it("leaves out pages without a URL, excluded pages, the blog index and other folders", () => {
    const all = [
      item({ path: "blog/kept.md", date: "2023-01-01" }),
      item({ path: "blog/unpublished.md", url: false }),
      item({ path: "blog/excluded.md", data: { eleventyExcludeFromCollections: true } }),
      item({ path: "blog/index.md" }),
      item({ path: "guides/x.md" }),
      item({ path: "blog/2023/nested.md" }),
    ];
    expect(paths(posts(all, kindOf))).toEqual(["blog/kept.md"]);
  });

  it("does not reorder its input", () => {
    const all = [item({ path: "blog/a.md", date: "2020-01-01" }), item({ path: "blog/b.md", date: "2021-01-01" })];
    posts(all, kindOf);
    expect(paths(all)).toEqual(["blog/a.md", "blog/b.md"]);
  });
});

describe("guides", () => {
  it("orders by sidebar_position, then label or title, unpositioned last", () => {
    const all = [
      item({ path: "guides/zeta.md", data: { title: "Zeta" } }),
      item({ path: "guides/third.md", data: { sidebar_position: 3, title: "Third" } }),
      item({ path: "guides/first.md", data: { sidebar_position: 1, title: "Zzz first" } }),
      item({ path: "guides/alpha.md", data: { title: "Alpha" } }),
      item({ path: "guides/label.md", data: { sidebar_label: "Beta", title: "Zulu" } }),
      item({ path: "guides/second.md", data: { sidebar_position: "2", title: "Second" } }),
    ];
    expect(paths(guides(all, kindOf))).toEqual([
      "guides/first.md",
      "guides/second.md",
      "guides/third.md",
      "guides/alpha.md",
      "guides/label.md",
      "guides/zeta.md",
    ]);
  });

  it("sorts an empty sidebar_position with the unpositioned guides", () => {
    const all = [
      item({ path: "guides/b.md", data: { title: "B", sidebar_position: null } }),
      item({ path: "guides/a.md", data: { title: "A", sidebar_position: 5 } }),
    ];
    expect(paths(guides(all, kindOf))).toEqual(["guides/a.md", "guides/b.md"]);
  });

  it("falls back to the file slug without a title", () => {
    const all = [item({ path: "guides/b.md" }), item({ path: "guides/a.md" })];
    expect(paths(guides(all, kindOf))).toEqual(["guides/a.md", "guides/b.md"]);
  });

  it("leaves out the guides index, unpublished pages and other folders", () => {
    const all = [
      item({ path: "guides/index.md" }),
      item({ path: "guides/draft.md", url: false }),
      item({ path: "guides/ok.md" }),
      item({ path: "about.md" }),
      item({ path: "blog/x.md" }),
    ];
    expect(paths(guides(all, kindOf))).toEqual(["guides/ok.md"]);
  });
});

describe("talks", () => {
  it("lists the talks (transcripts in talks/, or what the talks extension marks), newest first", () => {
    const all = [
      item({ path: "talks/a.txt", date: "2023-01-01", data: { talk: true } }),
      item({ path: "talks/b.txt", date: "2024-01-01", data: { talk: true } }),
      item({ path: "talks/index.md" }),
      item({ path: "notes/readme.txt" }),
      item({ path: "recordings/c.txt", date: "2022-01-01", data: { talk: true } }),
      item({ path: "talks/d.txt", url: false, data: { talk: true } }),
    ];
    expect(paths(talks(all, kindOf))).toEqual(["talks/b.txt", "talks/a.txt", "recordings/c.txt"]);
  });
});

describe("tagList", () => {
  it("counts topic tags on published pages, sorted, without internal tags", () => {
    const all = [
      item({ path: "blog/a.md", data: { tags: ["posts", "events", "news"] } }),
      item({ path: "blog/b.md", data: { tags: ["posts", "news"] } }),
      item({ path: "guides/c.md", data: { tags: ["guides", "accessibility"] } }),
      item({ path: "blog/d.md", url: false, data: { tags: ["news", "secret"] } }),
      item({ path: "about.md" }),
    ];
    expect(tagList(all)).toEqual([
      { tag: "accessibility", count: 1 },
      { tag: "events", count: 1 },
      { tag: "news", count: 2 },
    ]);
  });

  it("never lists an internal tag", () => {
    const all = [item({ path: "a.md", data: { tags: [...INTERNAL_TAGS] } })];
    expect(tagList(all)).toEqual([]);
  });
});

describe("taggedWith", () => {
  it("gives published pages with the tag, newest first", () => {
    const all = [
      item({ path: "blog/a.md", date: "2023-01-01", data: { tags: ["news"] } }),
      item({ path: "blog/b.md", date: "2024-01-01", data: { tags: ["events", "news"] } }),
      item({ path: "blog/c.md", date: "2025-01-01", data: { tags: ["events"] } }),
      item({ path: "blog/d.md", url: false, data: { tags: ["news"] } }),
    ];
    expect(paths(taggedWith(all, "news"))).toEqual(["blog/b.md", "blog/a.md"]);
    expect(taggedWith(all, "nothing")).toEqual([]);
  });
});

describe("sitemapPages", () => {
  it("lists published HTML pages by URL", () => {
    const all = [
      item({ path: "guides/x.md" }),
      item({ path: "index.md" }),
      item({ path: "about.md" }),
      item({ path: "feed.njk", url: "/feed.xml" }),
      item({ path: "draft.md", data: { draft: true } }),
      item({ path: "hidden.md", data: { sitemap: false } }),
      item({ path: "gone.md", url: false }),
    ];
    expect(sitemapPages(all).map((i) => i.url)).toEqual(["/", "/about/", "/guides/x/"]);
  });
});

describe("guideTree", () => {
  it("puts a folder's guides under its category, the category at its position among the rest", () => {
    const a = item({ path: "docs/a.md", data: { title: "A", sidebar_position: 1 } });
    const b = item({ path: "docs/setup/b.md", data: { title: "B", sidebar_position: 1 } });
    const c = item({ path: "docs/setup/c.md", data: { title: "C", sidebar_position: 2 } });
    const d = item({ path: "docs/d.md", data: { title: "D", sidebar_position: 3 } });
    const tree = guideTree([a, b, c, d], (folder) => (folder.endsWith("docs/setup") ? { label: "Setting up", position: 2 } : undefined));
    expect(tree.map((entry) => ("guide" in entry ? entry.guide.data.title : `${entry.category.label}: ${entry.guides.map((g) => g.data.title).join(", ")}`))).toEqual(["A", "Setting up: B, C", "D"]);
  });
});
