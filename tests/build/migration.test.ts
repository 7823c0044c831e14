/**
 * Sites moved in unchanged: a GOV.UK Eleventy plugin site, a Jekyll site and a Docusaurus
 * site (tests/fixtures/migrated/, in our own words, in the shape of each), copied in as the
 * README's "Moving a site in" says, with only the site settings set. Each builds and checks
 * with no content edits: no template syntax is left in any page, every internal link and
 * image on them leads to something the build wrote, the images are byte-identical, and
 * `npm run check` finds no problem.
 */
import { describe, expect, test } from "vitest";
import { cpSync, existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "node-html-parser";
import { buildSite, configWithSettings, projectRoot } from "./buildSite.ts";
import { runCheck } from "../../src/cli/check.ts";
import type { SiteInput } from "../../src/site/settings.ts";
import { tempDir } from "../helpers/tempDir.ts";

const FIXTURES = path.join(projectRoot, "tests/fixtures/migrated");

/** source → the settings its migration sets */
const SOURCES: [string, Partial<SiteInput>][] = [
  ["govuk", { templates: ["index.md", "partials/*.njk", "blog/index.njk", "poster.html"], oldHeadingIds: "govuk-eleventy-plugin" }],
  ["jekyll", {}],
  ["docusaurus", { permalink: "docusaurus" }],
];

function filesOf(folder: string): Record<string, Buffer> {
  const files: Record<string, Buffer> = {};
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[path.relative(folder, path.join(entry.parentPath, entry.name))] = readFileSync(path.join(entry.parentPath, entry.name));
  }
  return files;
}

/** The output file a root-relative URL path is served from, as GitHub Pages finds it. */
function servedFile(output: string, urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath).replace(/^\/+/, "");
  const candidates = clean === "" || clean.endsWith("/") ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
  return candidates.map((candidate) => path.join(output, candidate)).find((file) => existsSync(file));
}

describe.each(SOURCES)("a %s site moved in unchanged", (source, settings) => {
  test("builds, with no template syntax left, every internal link and image leading somewhere, images byte for byte", { timeout: 180_000 }, async () => {
    const files = filesOf(path.join(FIXTURES, source));
    const site = await buildSite(files, { site: settings });
    const pages = site.files().filter((file) => file.endsWith(".html") && !file.startsWith("pagefind/"));
    expect(pages.length).toBeGreaterThan(3);
    const broken: string[] = [];
    for (const file of pages) {
      const html = readFileSync(path.join(site.output, file), "utf8");
      expect(html, file).not.toMatch(/\{\{|\{%/);
      const pageUrl = `/${file.replace(/index\.html$/, "")}`;
      for (const element of parse(html).querySelectorAll("main a[href], main img[src]")) {
        const target = element.getAttribute("href") ?? element.getAttribute("src") ?? "";
        const url = new URL(target, `https://site.example${pageUrl}`);
        if (url.origin !== "https://site.example" || target.startsWith("#")) continue;
        if (!servedFile(site.output, url.pathname)) broken.push(`${file}: ${target}`);
      }
    }
    expect(broken).toEqual([]);
    for (const [name, bytes] of Object.entries(files).filter(([name]) => name.endsWith(".png"))) {
      expect(readFileSync(path.join(site.output, name)).equals(bytes), name).toBe(true);
    }
  });

  test("npm run check finds no problem", { timeout: 180_000 }, async () => {
    const root = tempDir(`community-notes-migrated-${source}-`);
    const content = path.join(root, "content");
    cpSync(path.join(FIXTURES, source), content, { recursive: true });
    configWithSettings(root, settings, ".eleventy.ts");
    const { code, out } = await runCheck(["--content", content, "--format", "human"], root);
    expect(out).toMatch(/No problems found in \d+ files/);
    expect(Number(/in (\d+) files/.exec(out)?.[1])).toBeGreaterThanOrEqual(4);
    expect(code).toBe(0);
  });
});
