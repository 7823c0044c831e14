/**
 * Pages that give no title: the default (from the file name; a meeting file's from its group
 * and date) reaches the page, its breadcrumbs, the guides navigation and the meeting pages.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { buildSite, type BuiltSite } from "./buildSite.ts";

describe("default titles", () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await buildSite({
      "guides/running-a-retro.md": "No front matter title here.\n\nJust the steps.\n",
      "guides/titled.md": "---\ntitle: A titled guide\n---\n\nText.\n",
      "special-interest/open-data/index.md": "---\ntitle: Open data\n---\n\nAbout the group.\n",
      "special-interest/open-data/meetings/2024-02-02.md": "---\nattendees: [Asha]\n---\n\n- Talked about open data.\n",
      "notes/blank-title.md": "---\ntitle: '   '\n---\n\nA page whose title is only spaces.\n",
    });
  });

  test("a guide without a title is named after its file, everywhere it appears", () => {
    const page = site.html("/guides/running-a-retro/");
    expect(page.querySelector("title")?.text).toMatch(/^Running a retro · /);
    expect(page.querySelectorAll("h1").map((h) => h.text.trim())).toEqual(["Running a retro"]);
    expect(page.querySelector("nav.breadcrumbs [aria-current=page]")?.text.trim()).toBe("Running a retro");
    const sidebar = site.html("/guides/titled/").querySelectorAll(".sidebar a").map((a) => a.text.trim());
    expect(sidebar).toContain("Running a retro");
    expect(sidebar).toContain("A titled guide");
  });

  test("a meeting file without a title is named after its group and date", () => {
    const page = site.html("/special-interest/open-data/meetings/2024-02-02/");
    expect(page.querySelectorAll("h1").map((h) => h.text.trim())).toEqual(["Open data: 2 February 2024"]);
  });

  test("a title of only spaces counts as none", () => {
    expect(site.html("/notes/blank-title/").querySelector("title")?.text).toMatch(/^Blank title · /);
  });
});
