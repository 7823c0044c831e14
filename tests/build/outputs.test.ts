/**
 * Every page lands inside the output folder and over nothing the site copies there: a
 * permalink that climbs out, or onto the stylesheet or the search index, stops the build at
 * its `permalink` line, and nothing is written where it pointed.
 */
import { describe, expect, test } from "vitest";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildSite } from "./buildSite.ts";
import { findContentError } from "../../src/diagnostics/diagnostic.ts";

const unique = `community-notes-escaped-${process.pid}-${Date.now()}`;

/** name → [permalink, what the message says] */
const CASES: [string, string, RegExp][] = [
  ["two folders above the output folder", `../../${unique}.html`, /outside the output folder/],
  ["above it, through folders that exist", `blog/../../../${unique}-2.html`, /outside the output folder/],
  ["over the site's stylesheet", "/assets/css/site.css", /over the site's copied files \(everything under \/assets\/\)/],
  ["into the tool's assets folder", "/assets/new/page.html", /over the site's copied files/],
  ["over the search index", "/pagefind/pagefind.js", /over the search index/],
];

describe("a page whose permalink leads out of place", () => {
  test.each(CASES)("%s stops the build at its permalink", { timeout: 120_000 }, async (_name, permalink, message) => {
    const page = `---\ntitle: Out of place\nlayout: false\npermalink: "${permalink}"\n---\nbody { display: none }\n`;
    const error = await buildSite({ "about.md": "---\ntitle: About\n---\nAbout us.\n", "guides/out.md": page }).then(
      () => undefined,
      (e: unknown) => e,
    );
    const found = findContentError(error)?.diagnostic;
    expect(found, String(error)).toMatchObject({ file: expect.stringMatching(/content\/guides\/out\.md$/), line: 4, column: 1, rule: "output", severity: "error" });
    expect(found?.message).toMatch(message);
    for (const name of [`${unique}.html`, `${unique}-2.html`]) expect(existsSync(path.join(tmpdir(), name))).toBe(false);
  });

  test("a permalink that only looks like climbing (percent-encoded dots) stays inside", { timeout: 120_000 }, async () => {
    const site = await buildSite({ "odd.md": `---\ntitle: Odd\npermalink: "/%2e%2e/%2e%2e/odd.html"\n---\nText.\n` });
    expect(site.files()).toContain("%2e%2e/%2e%2e/odd.html");
  });
});
