import { describe, expect, it } from "vitest";
import { FALLBACK_SLUG, slugify } from "../../src/markdown/slugify.ts";
import { plainHeadingText } from "../../src/markdown/plain-text.ts";

describe("slugify", () => {
  it.each([
    ["08 Dec 2023", "2023-12-08"],
    ["Friday, 8 December 2023", "2023-12-08"],
    ["December 8, 2023", "2023-12-08"],
    ["12 Apr 2023 – Case study", "2023-04-12"],
    ["2023-04-12: Planning", "2023-04-12"],
    ["8\u00a0Dec\u00a02023", "2023-12-08"],
  ])("slugs the date heading %j to its ISO date %s", (text, expected) => {
    expect(slugify(text)).toBe(expected);
  });

  it("slugs an impossible date to the date as written, so the checker can point at it", () => {
    expect(slugify("31 Feb 2023")).toBe("2023-02-31");
  });

  it.each([
    ["Overview", "overview"],
    ["December plans", "december-plans"],
    ["2023 review", "2023-review"],
    ["Notes & actions", "notes--actions"],
    ["What's next?", "whats-next"],
    ["snake_case names", "snake_case-names"],
    ["Café Über", "café-über"],
  ])("gives %j GitHub's slug %j", (text, expected) => {
    expect(slugify(text)).toBe(expected);
  });

  it("strips markup from raw heading text first", () => {
    expect(slugify("**8 Dec 2023** – [Case study](/x)")).toBe("2023-12-08");
    expect(slugify("Use <code>npm ci</code> in CI")).toBe("use-npm-ci-in-ci");
    expect(slugify("See [the docs](https://example.com/a-b)")).toBe("see-the-docs");
  });

  it(`falls back to "${FALLBACK_SLUG}" when nothing is left`, () => {
    expect(slugify("???")).toBe("section");
    expect(slugify("")).toBe("section");
    expect(slugify("<br>")).toBe("section");
  });
});

describe("plainHeadingText", () => {
  it.each([
    ["**Bold** and *em* and _under_", "Bold and em and under"],
    ["~~old~~ `code`", "old code"],
    ["![Logo](logo.png) Team", "Logo Team"],
    ["[label][ref] text", "label text"],
    ["a <span class=\"x\">b</span> c", "a b c"],
    ["a < b > c", "a < b > c"],
    ["Tom &amp; Jerry&#39;s &#x41;", "Tom & Jerry's A"],
    ["keep snake_case_words", "keep snake_case_words"],
    ["2 * 3 * 4", "2 * 3 * 4"],
  ])("reduces %j to %j", (raw, plain) => {
    expect(plainHeadingText(raw)).toBe(plain);
  });
});
