/**
 * The Eleventy configuration of a site that has none of its own: content in the folder the
 * command names (`content/`, or the site's root), `_includes/` and `_data/` at the site's
 * root, and the community-notes plugin with the settings in `community-notes.yml`.
 */
import path from "node:path";
import communityNotes, { pathPrefixOf } from "../plugin.ts";
import type { EleventyConfig } from "../eleventy/types.ts";

export default function (eleventyConfig: EleventyConfig & { setIncludesDirectory(dir: string): void; setDataDirectory(dir: string): void; addPlugin(plugin: unknown, options?: unknown): void }) {
  const root = process.cwd();
  const input = path.resolve(eleventyConfig.directories.input);
  const fromInput = (folder: string) => path.relative(input, path.join(root, folder)) || ".";
  eleventyConfig.setIncludesDirectory(fromInput("_includes"));
  eleventyConfig.setDataDirectory(fromInput("_data"));
  eleventyConfig.addPlugin(communityNotes);
  return { pathPrefix: pathPrefixOf() };
}
