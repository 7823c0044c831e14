/**
 * The page's title and its content's opening heading: `splitOpeningHeading` finds the heading,
 * `sameTitle` compares it with the title, `splitPageTitle` decides which one is the `<h1>`.
 */
import { describe, expect, it } from "vitest";
import { createMarkdown } from "../../src/markdown/index.ts";
import { sameTitle, splitOpeningHeading, splitPageTitle } from "../../src/markdown/html.ts";

const render = (source: string): string => createMarkdown().render(source);
const written = { written: true };

describe("splitOpeningHeading", () => {
  it("splits an opening h1 from the rest", () => {
    const html = render("# Hello\n\nText.\n");
    const parts = splitOpeningHeading(html);
    expect(parts.heading).toBe('<h1 id="hello"><a class="header-anchor" href="#hello"><span>Hello</span></a></h1>');
    expect(parts.rest.trim()).toBe("<p>Text.</p>");
  });

  it("keeps comments before the heading with it", () => {
    const parts = splitOpeningHeading("<!-- note -->\n<h1>A</h1><p>b</p>");
    expect(parts).toEqual({ heading: "<!-- note -->\n<h1>A</h1>", rest: "<p>b</p>" });
  });

  it.each([
    ["content that opens with a paragraph", "<p>Text</p><h1>Later</h1>"],
    ["content that opens with an h2", "<h2>Section</h2>"],
    ["an h1 that is never closed", "<h1>Open"],
    ["no content", ""],
  ])("gives no heading for %s", (_, html) => {
    expect(splitOpeningHeading(html)).toEqual({ heading: "", rest: html });
  });

  it("treats what is not a string as no content", () => {
    expect(splitOpeningHeading(undefined)).toEqual({ heading: "", rest: "" });
  });
});

describe("sameTitle", () => {
  it.each([
    ["Terms of reference", "Terms of Reference!"],
    ["  Terms of Reference ", "terms of reference"],
    ["Step 1: plan", "Step 1 – Plan"],
    ["Q&A", "Q&A"],
    ["Café", "CAFÉ"],
    ["???", " ??? "],
  ])("%j says the same as %j", (a, b) => {
    expect(sameTitle(a, b)).toBe(true);
  });

  it.each([
    ["Terms of Reference", "Introduction"],
    ["Terms of Reference", "Terms of Reference 2024"],
    ["Notes", ""],
    ["???", "!!!"],
  ])("%j does not say the same as %j", (a, b) => {
    expect(sameTitle(a, b)).toBe(false);
  });
});

describe("splitPageTitle", () => {
  it("uses an opening heading that says the title as the h1, as the markdown rendered it", () => {
    const html = render("# Terms of reference\n\nText.\n");
    expect(splitPageTitle(html, "Terms of Reference!", written)).toEqual(splitOpeningHeading(html));
  });

  it("compares the heading's text, not its markup", () => {
    const html = render("# Terms of *Reference* & `more`\n\nText.\n");
    expect(splitPageTitle(html, "Terms of Reference & more", written).heading).toMatch(/^<h1 id="terms-of-reference--more">/);
  });

  it("ignores the self-link's hidden labels when comparing", () => {
    const html = '<h1 id="a">About<a href="#a"><span class="visually-hidden">Link to this section</span><span aria-hidden="true">#</span></a></h1><p>x</p>';
    expect(splitPageTitle(html, "About", written).heading).toMatch(/^<h1 id="a">/);
  });

  it("keeps a different opening heading as the first section, an h2 with its id and self-link", () => {
    const html = render("# Introduction\n\nWhy we meet.\n\n## Members\n");
    const parts = splitPageTitle(html, "Terms of Reference", written);
    expect(parts.heading).toBe("");
    expect(parts.rest).toBe(
      '<h2 id="introduction"><a class="header-anchor" href="#introduction"><span>Introduction</span></a></h2>\n' +
        '<p>Why we meet.</p>\n<h2 id="members"><a class="header-anchor" href="#members"><span>Members</span></a></h2>\n',
    );
    expect(parts.rest).not.toMatch(/<h1|<\/h1>/);
  });

  it("demotes only the opening heading, keeping comments before it", () => {
    const parts = splitPageTitle('<!-- x --><h1 class="big">Intro</h1><p>a</p><h1>Later</h1>', "Title", written);
    expect(parts).toEqual({ heading: "", rest: '<!-- x --><h2 class="big">Intro</h2><p>a</p><h1>Later</h1>' });
  });

  it("uses any opening heading as the h1 when the title was not written (it came from the file name)", () => {
    const html = render("# Running a retrospective\n\nSteps.\n");
    expect(splitPageTitle(html, "Running a retro", { written: false })).toEqual(splitOpeningHeading(html));
  });

  it("uses the opening heading when there is no title at all", () => {
    const html = render("# Hello\n");
    for (const title of [undefined, "", "   ", null]) {
      expect(splitPageTitle(html, title, written)).toEqual(splitOpeningHeading(html));
    }
  });

  it("compares a number title as text", () => {
    expect(splitPageTitle(render("# 2024\n"), 2024, written).heading).toMatch(/^<h1/);
    expect(splitPageTitle(render("# Intro\n"), 2024, written).heading).toBe("");
  });

  it("leaves content without an opening h1 as it is", () => {
    const html = render("Text first.\n\n# Later\n");
    expect(splitPageTitle(html, "Title", written)).toEqual({ heading: "", rest: html });
    expect(splitPageTitle(undefined, "Title", written)).toEqual({ heading: "", rest: "" });
  });
});
