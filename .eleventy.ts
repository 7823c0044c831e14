/**
 * Eleventy configuration: wiring only. Everything with logic lives in src/ and is tested
 * there; this file says which piece plugs in where, and why.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { HtmlBasePlugin } from "@11ty/eleventy";
import syntaxHighlight from "@11ty/eleventy-plugin-syntaxhighlight";
import rssPlugin from "@11ty/eleventy-plugin-rss";

import site from "./_data/site.ts";
import type { EleventyConfig } from "./src/eleventy/types.ts";
import { projectDirectories } from "./src/eleventy/directories.ts";
import { typescriptDataExtension } from "./src/eleventy/data.ts";
import { clearCommunityCache } from "./src/community/community.ts";
import { createMarkdown } from "./src/markdown/index.ts";
import { clearPrerendered, prerenderFor } from "./src/markdown/prerendered.ts";
import { parseFrontMatter } from "./src/content/frontMatter.ts";
import { resolveContentDate } from "./src/content/contentDate.ts";
import { gitDatesForBuild } from "./src/content/gitDates.ts";
import { giveDefaultTitle, type TitledData } from "./src/content/titles.ts";
import { assertReadable } from "./src/content/readable.ts";
import { addCollections } from "./src/collections/index.ts";
import { addFilters } from "./src/filters/index.ts";
import { isGroupIndexPath } from "./src/groups/groups.ts";
import { talksExtension } from "./src/talks/extension.ts";
import { addSystemPages } from "./src/pages/index.ts";

const root = path.dirname(fileURLToPath(import.meta.url));

export default function (eleventyConfig: EleventyConfig) {
  const dirs = projectDirectories(root, eleventyConfig.directories.input);
  eleventyConfig.setInputDirectory(dirs.input);
  eleventyConfig.setIncludesDirectory(dirs.includes);
  eleventyConfig.setDataDirectory(dirs.data);

  // `_data/*.ts` (and directory data in TypeScript) run through tsx, like this file.
  eleventyConfig.addDataExtension("ts", typescriptDataExtension(eleventyConfig));
  // The meeting index is read once per build, fresh each time under `npm start`.
  eleventyConfig.on("eleventy.before", clearCommunityCache);
  // Git dates for "Last updated": `git log` starts now and runs while Eleventy reads the content.
  eleventyConfig.on("eleventy.before", ({ directories }: { directories: { input: string } }) => void gitDatesForBuild(directories.input));

  // Front matter from Eleventy, Jekyll and Docusaurus, normalised once, errors located.
  eleventyConfig.setFrontMatterParsingOptions({
    engines: { yaml: (source: string, options?: { filePath?: string }) => parseFrontMatter(source, options?.filePath) },
  });
  // Dates from content only: never the file system, so builds are reproducible.
  eleventyConfig.addDateParsing(function (value) {
    return resolveContentDate(value, this.page.inputPath);
  });

  // A file that is not UTF-8 text stops the build with its name, rather than publishing mojibake.
  eleventyConfig.addPreprocessor("readable", "md,txt", function (this: { inputPath: string }, _data, content) {
    assertReadable(this.inputPath, content);
    return undefined;
  });

  // Drafts are previewed under `npm start` and left out of production builds entirely.
  eleventyConfig.addPreprocessor("drafts", "*", (data) => {
    if (data.draft === true && process.env.ELEVENTY_RUN_MODE === "build") return false;
    return undefined;
  });

  // A group's index.md is shown on the group page built from the meeting index, not on its own.
  eleventyConfig.addPreprocessor("group-index", "md", (data) => (isGroupIndexPath(data.page.inputPath) ? false : undefined));

  // A page without a title gets one from its file name (a meeting file: group and date).
  eleventyConfig.addPreprocessor("default-title", "*", (data) => {
    giveDefaultTitle(data as TitledData);
    return undefined;
  });

  // The meeting index renders the notes pages it parses with this instance, so Eleventy
  // does not parse them a second time (src/markdown/prerendered.ts).
  const markdown = prerenderFor(createMarkdown());
  eleventyConfig.setLibrary("md", markdown);
  eleventyConfig.on("eleventy.after", clearPrerendered);
  // Eleventy hands the highlighter to the library only when it first renders Markdown, after
  // the meeting index has pre-rendered: hand it over before the build starts.
  eleventyConfig.on("eleventy.before", () => {
    if (eleventyConfig.markdownHighlighter) markdown.set({ highlight: eleventyConfig.markdownHighlighter });
  });
  eleventyConfig.addPlugin(syntaxHighlight, { errorOnInvalidLanguage: false });
  eleventyConfig.addPlugin(rssPlugin);
  // Rewrites every root-relative URL in HTML for a path prefix (project sites on GitHub Pages).
  eleventyConfig.addPlugin(HtmlBasePlugin);

  eleventyConfig.addExtension("txt", talksExtension());
  eleventyConfig.addTemplateFormats("txt");

  // Layout names written for Jekyll themes resolve to ours.
  eleventyConfig.addLayoutAlias("post", "blog_post.njk");
  eleventyConfig.addLayoutAlias("default", "layout.njk");

  addCollections(eleventyConfig);
  addFilters(eleventyConfig, site, (source) => markdown.render(source));

  addSystemPages(eleventyConfig, path.join(root, "src/pages"));

  eleventyConfig.addPassthroughCopy({ [path.join(dirs.root, "assets")]: "assets" });
  // Mermaid is served from the site itself, and only its ES module build (no source maps).
  const mermaid = path.join(dirs.root, "node_modules/mermaid/dist");
  eleventyConfig.addPassthroughCopy({ [path.join(mermaid, "mermaid.esm.min.mjs")]: "assets/vendor/mermaid/mermaid.esm.min.mjs" });
  eleventyConfig.addPassthroughCopy({ [path.join(mermaid, "chunks/mermaid.esm.min/*.mjs")]: "assets/vendor/mermaid/chunks/mermaid.esm.min" });

  return {
    pathPrefix: site.pathPrefix,
    // Markdown is Markdown: `{{` in notes or code must never be run as a template.
    markdownTemplateEngine: false,
    htmlTemplateEngine: "njk",
  };
}
