/**
 * The tool's styles and scripts, and mermaid's ES module build, copied into the site: nothing
 * is loaded from another origin.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { EleventyConfig } from "./types.ts";

/**
 * Where mermaid is installed: the first of `nodeModules` that has it (the site's own, where an
 * installed package's dependencies are usually hoisted, then the package's), else where Node
 * resolves it. Found by path first: Node's resolver follows symlinks out of the project, and
 * Eleventy's watcher misreports changed files when anything it watches lies outside the
 * working folder.
 */
export function mermaidFolder(nodeModules: readonly string[]): string {
  for (const folder of nodeModules.map((modules) => path.join(modules, "mermaid"))) {
    if (existsSync(path.join(folder, "dist"))) return folder;
  }
  return path.join(path.dirname(fileURLToPath(import.meta.resolve("mermaid"))), "..");
}

export function copyAssets(eleventyConfig: EleventyConfig, assets: string, nodeModules: readonly string[]): void {
  eleventyConfig.addPassthroughCopy({ [assets]: "assets" });
  // Only mermaid's ES module build, without source maps.
  const mermaid = mermaidFolder(nodeModules);
  eleventyConfig.addPassthroughCopy({ [path.join(mermaid, "dist/mermaid.esm.min.mjs")]: "assets/vendor/mermaid/mermaid.esm.min.mjs" });
  eleventyConfig.addPassthroughCopy({ [path.join(mermaid, "dist/chunks/mermaid.esm.min/*.mjs")]: "assets/vendor/mermaid/chunks/mermaid.esm.min" });
}
