/**
 * The demo site's Eleventy configuration: where its files are, the community-notes plugin
 * with the site's settings, and the site's path prefix. A community's own site looks the same (or simpler:
 * `content/` as the input folder and `_includes/` inside it need no directory lines).
 */
import communityNotes, { pathPrefixOf } from "./src/plugin.ts";
import { projectDirectories } from "./src/eleventy/directories.ts";
import site from "./_data/site.ts";

export default function (eleventyConfig: { directories: { input: string }; setInputDirectory(dir: string): void; setIncludesDirectory(dir: string): void; setDataDirectory(dir: string): void; addPlugin(plugin: unknown, options?: unknown): void }) {
  // Content in content/ (or the folder given with --input); layouts and data beside it, at the project root.
  const dirs = projectDirectories(import.meta.dirname, eleventyConfig.directories.input);
  eleventyConfig.setInputDirectory(dirs.input);
  eleventyConfig.setIncludesDirectory(dirs.includes);
  eleventyConfig.setDataDirectory(dirs.data);

  eleventyConfig.addPlugin(communityNotes, { site });
  // Eleventy's development server serves the site under the prefix too.
  return { pathPrefix: pathPrefixOf(site) };
}
