import { describe, expect, it } from "vitest";
import { subNavigation } from "../../src/collections/navigation.ts";
import type { CollectionItem } from "../../src/eleventy/types.ts";

function item(url: string, data: Record<string, unknown>): CollectionItem {
  return { url, outputPath: `${url}index.html`, inputPath: `./content${url}.md`, fileSlug: url, date: new Date(0), data: { page: {} as never, ...data } };
}
const titles = (entries: ReturnType<typeof subNavigation>): unknown => entries.map((entry) => (entry.children.length ? [entry.title, titles(entry.children)] : entry.title));

describe("subNavigation", () => {
  it("lists every page by key or title under its parent, in order and then by title; Home's children are at the top", () => {
    const items = [
      item("/", { title: "Home", homepage: true }),
      item("/b/", { title: "Bee" }),
      item("/a/", { title: "Ay" }),
      item("/z/", { title: "Zed", order: 1 }),
      item("/a/child/", { title: "Child", eleventyNavigation: { parent: "Ay" } }),
      item("/keyed/", { title: "A long title", eleventyNavigation: { key: "Short", parent: "Home", order: 2 } }),
      item("/keyed/under/", { title: "Under", eleventyNavigation: { parent: "Short" } }),
      item("/orphan/", { title: "Orphan", eleventyNavigation: { parent: "Nobody" } }),
      item("/hidden/", { title: "Hidden", excluded: true }),
    ];
    const entries = subNavigation(items, (entry) => entry.data.excluded !== true);
    expect(titles(entries)).toEqual(["Zed", ["Short", ["Under"]], ["Ay", ["Child"]], "Bee", "Orphan"]);
    expect(entries[0]).toMatchObject({ title: "Zed", url: "/z/" });
  });

  it("keeps pages whose parents lead round in a circle, and a paginated page once", () => {
    const items = [
      item("/x/", { title: "X", eleventyNavigation: { parent: "Y" } }),
      item("/y/", { title: "Y", eleventyNavigation: { parent: "X" } }),
      item("/news/", { title: "News", pagination: { pageNumber: 0 } }),
      item("/news/1/", { title: "News", pagination: { pageNumber: 1 } }),
    ];
    const entries = subNavigation(items, () => true);
    expect(JSON.stringify(titles(entries))).toMatch(/^\["News",\["(X|Y)",\["(X|Y)"\]\]\]$/);
  });
});
