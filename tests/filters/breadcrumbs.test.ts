import { describe, expect, test } from "vitest";
import { breadcrumbs } from "../../src/filters/breadcrumbs.ts";
import type { CollectionItem } from "../../src/eleventy/types.ts";

const item = (url: string, title: string) => ({ url, fileSlug: "", inputPath: "", date: new Date(0), data: { title } }) as unknown as CollectionItem;
const items = [item("/", "Home page"), item("/special-interest/", "Groups"), item("/special-interest/a11y/", "Accessibility"), item("/special-interest/a11y/notes/", "Notes")];

describe("breadcrumbs", () => {
  test("each ancestor that is a page, titled as the page is", () => {
    expect(breadcrumbs("/special-interest/a11y/notes/", items)).toEqual([
      { label: "Home", url: "/" },
      { label: "Groups", url: "/special-interest/" },
      { label: "Accessibility", url: "/special-interest/a11y/" },
    ]);
  });
  test("ancestors without a page are skipped; the home page has none", () => {
    expect(breadcrumbs("/meetups/notes/", items)).toEqual([{ label: "Home", url: "/" }]);
    expect(breadcrumbs("/", items)).toEqual([]);
    expect(breadcrumbs(false, items)).toEqual([]);
  });
});
