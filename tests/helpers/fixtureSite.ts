/**
 * The site the tests build, independent of the demo: its settings (in place of the demo's
 * `_data/site.ts`), an Eleventy configuration that gives them to the plugin (in place of
 * `.eleventy.ts`), and `tests/fixtures/e2e-site/`, a whole community's content (in place of
 * `content/`). A community that replaces the demo's content and settings with its own keeps
 * every test passing. No Vitest import: the browser tests' global setup uses it too.
 */
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { SiteInput } from "../../src/site/settings.ts";

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The fixture site's content folder: every kind of page the tool makes, in our own words. */
export const FIXTURE_SITE = path.join(projectRoot, "tests/fixtures/e2e-site");

/** The settings every fixture site is built with, unless a test changes some. */
export const FIXTURE_SETTINGS: SiteInput = {
  name: "Open Source Community of Practice",
  description:
    "Meeting notes, guides, talks and news from a cross-government community of people who build and share open source in the public sector.",
  url: "https://example-community.github.io",
  pathPrefix: "/",
  repository: "https://github.com/example-community/community-notes",
  branch: "main",
  language: "en-GB",
  allowedContacts: [],
  nav: [
    { label: "Meetings", url: "/meetings/" },
    { label: "Groups", url: "/special-interest/" },
    { label: "Blog", url: "/blog/" },
    { label: "Guides", url: "/guides/" },
    { label: "Talks", url: "/talks/" },
    { label: "About", url: "/about/" },
  ],
};

/**
 * An Eleventy configuration file in `dir` that does what `.eleventy.ts` does (the project's
 * layouts and data folders beside whatever input folder it is given, the plugin, the path
 * prefix), with the fixture settings and `site` on top. Returns its path. `root`: the
 * project whose plugin and layouts it uses (this one, or a checkout of it). A folder without
 * a package.json gets one saying `"type": "module"`, as a site's own project has: without it
 * `npm run build -- --config` (src/cli/run.mjs, ES module hooks only) cannot load a `.ts` config.
 */
export function configWithSettings(dir: string, site: Partial<SiteInput> = {}, name = "eleventy.config.ts", root = projectRoot): string {
  const from = (file: string) => JSON.stringify(pathToFileURL(path.join(root, file)).href);
  const config = path.join(dir, name);
  if (!existsSync(path.join(dir, "package.json"))) writeFileSync(path.join(dir, "package.json"), '{ "type": "module" }\n');
  writeFileSync(
    config,
    `import communityNotes, { pathPrefixOf } from ${from("src/plugin.ts")};
import { projectDirectories } from ${from("src/eleventy/directories.ts")};

const site = ${JSON.stringify({ ...FIXTURE_SETTINGS, ...site }, null, 2)};

export default function (eleventyConfig) {
  const dirs = projectDirectories(${JSON.stringify(root)}, eleventyConfig.directories.input);
  eleventyConfig.setInputDirectory(dirs.input);
  eleventyConfig.setIncludesDirectory(dirs.includes);
  eleventyConfig.setDataDirectory(dirs.data);
  eleventyConfig.addPlugin(communityNotes, { site });
  return { pathPrefix: pathPrefixOf(site) };
}
`,
  );
  return config;
}
