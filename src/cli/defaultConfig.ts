/**
 * The Eleventy configuration of a site that has none of its own: content in the folder the
 * command names (`content/`, or the site's root), `_includes/` and `_data/` at the site's
 * root, and the community-notes plugin with the settings in `community-notes.yml`.
 */
import path from "node:path";
import communityNotes, { pathPrefixOf } from "../plugin.ts";
import type { EleventyConfig } from "../eleventy/types.ts";
import { projectDirectories } from "../eleventy/directories.ts";

export default function (eleventyConfig: EleventyConfig & { setIncludesDirectory(dir: string): void; setDataDirectory(dir: string): void; addPlugin(plugin: unknown, options?: unknown): void }) {
  // The folders beside the content, as the demo's configuration has them (the site's root is the working folder).
  const dirs = projectDirectories(process.cwd(), path.resolve(eleventyConfig.directories.input));
  eleventyConfig.setIncludesDirectory(dirs.includes);
  eleventyConfig.setDataDirectory(dirs.data);
  eleventyConfig.addPlugin(communityNotes);
  return { pathPrefix: pathPrefixOf() };
}
