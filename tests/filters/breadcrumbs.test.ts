import { describe, expect, test } from "vitest";
import { breadcrumbs } from "../../src/filters/breadcrumbs.ts";

const titles = {
  "/special-interest/": "Special-interest groups",
  "/special-interest/a11y/": "Accessibility",
  "/special-interest/a11y/notes/": "Notes",
};

describe("breadcrumbs", () => {
  test("each ancestor that is a page, titled as the page is", () => {
    expect(breadcrumbs("/special-interest/a11y/notes/", titles)).toEqual([
      { label: "Home", url: "/" },
      { label: "Special-interest groups", url: "/special-interest/" },
      { label: "Accessibility", url: "/special-interest/a11y/" },
    ]);
  });
  test("ancestors without a page are skipped; the home page has none", () => {
    expect(breadcrumbs("/meetups/notes/", titles)).toEqual([{ label: "Home", url: "/" }]);
    expect(breadcrumbs("/", titles)).toEqual([]);
    expect(breadcrumbs(false, titles)).toEqual([]);
  });
});
