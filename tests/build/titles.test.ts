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

/**
 * Front matter `title` is the page's one `<h1>`. An opening `# Heading` that says the same is
 * that h1 (its id and self-link kept); one that says something else stays as the first section,
 * an `<h2>`. Without a written title, the opening heading is the h1, as it always was.
 */
describe("titles and opening headings", () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await buildSite({
      "tor.md": "---\ntitle: Terms of Reference\n---\n\n# Introduction\n\nWhy the group meets.\n\n## Members\n\nEveryone.\n",
      "charter.md": "---\ntitle: Our charter\n---\n\n# Our Charter!\n\nWhat we agree.\n",
      "notes/untitled.md": "# Welcome, newcomers\n\nStart here.\n",
      "blog/2024-03-01-launch.md": "---\ntitle: We launched\ndate: 2024-03-01\n---\n\n# Background\n\nHow it started.\n",
      "guides/setup.md": "---\ntitle: Setting up\n---\n\n# Before you start\n\nYou need Node.\n",
      "plain.md": "---\ntitle: Plain page\nlayout: layout.njk\n---\n\n# Overview\n\nText.\n",
    });
  }, 120_000);

  const h1s = (url: string) => site.html(url).querySelectorAll("h1").map((h) => h.text.trim());
  const section = (url: string, id: string) => site.html(url).querySelector(`main h2#${id}`);

  test("a page whose body opens with a different heading keeps its title and that section", () => {
    const page = site.html("/tor/");
    expect(h1s("/tor/")).toEqual(["Terms of Reference"]);
    expect(page.querySelector("title")?.text).toMatch(/^Terms of Reference · /);
    expect(page.querySelector("nav.breadcrumbs [aria-current=page]")?.text.trim()).toBe("Terms of Reference");
    const intro = section("/tor/", "introduction");
    expect(intro?.text.trim()).toBe("Introduction");
    expect(intro?.querySelector("a.header-anchor")?.getAttribute("href")).toBe("#introduction");
    // The outline in order: the title, then the demoted heading, then the body's own sections.
    const outline = page.querySelectorAll("article h1, article h2").map((h) => `${h.tagName.toLowerCase()} ${h.text.trim()}`);
    expect(outline).toEqual(["h1 Terms of Reference", "h2 Introduction", "h2 Members"]);
  });

  test("a body that opens with the title does not get a second one", () => {
    const page = site.html("/charter/");
    expect(h1s("/charter/")).toEqual(["Our Charter!"]);
    const h1 = page.querySelector("h1");
    expect(h1?.getAttribute("id")).toBe("our-charter");
    expect(h1?.querySelector("a.header-anchor")?.getAttribute("href")).toBe("#our-charter");
    expect(page.querySelector("title")?.text).toMatch(/^Our charter · /);
  });

  test("without a written title, the body's opening heading is the title: its h1, <title> and breadcrumb", () => {
    const page = site.html("/notes/untitled/");
    expect(h1s("/notes/untitled/")).toEqual(["Welcome, newcomers"]);
    expect(page.querySelector("title")?.text).toMatch(/^Welcome, newcomers · /);
    expect(page.querySelectorAll(".breadcrumbs li").at(-1)?.text.trim()).toBe("Welcome, newcomers");
    expect(page.querySelector("h1")?.getAttribute("id")).toBe("welcome-newcomers");
    expect(page.querySelector("main h2")).toBeNull();
  });

  test("a post keeps its title in its header and the opening heading as a section", () => {
    const url = "/blog/launch/";
    const page = site.html(url);
    expect(h1s(url)).toEqual(["We launched"]);
    expect(page.querySelector(".post__header h1")?.text.trim()).toBe("We launched");
    expect(section(url, "background")?.text.trim()).toBe("Background");
    expect(page.querySelector("title")?.text).toMatch(/^We launched · /);
  });

  test("a guide keeps its title, in the guides navigation too, and the opening heading as a section", () => {
    const page = site.html("/guides/setup/");
    expect(h1s("/guides/setup/")).toEqual(["Setting up"]);
    expect(section("/guides/setup/", "before-you-start")?.text.trim()).toBe("Before you start");
    expect(page.querySelector(".sidebar [aria-current=page]")?.text.trim()).toBe("Setting up");
    expect(page.querySelector("nav.breadcrumbs [aria-current=page]")?.text.trim()).toBe("Setting up");
  });

  test("the plain layout does the same", () => {
    expect(h1s("/plain/")).toEqual(["Plain page"]);
    expect(section("/plain/", "overview")?.text.trim()).toBe("Overview");
  });
});
