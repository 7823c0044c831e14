/**
 * Our YAML reader as Eleventy's front matter engine. Eleventy's splitter hands it each
 * file's block once; it returns the normalised data, reports any problem at its line, and
 * keeps the block (its text, key positions, where the body starts) for the content model,
 * which receives the body separately, from Eleventy's collections.
 */
import path from "node:path";
import { displayPath, readFrontMatter, type FrontMatter, type FrontMatterBlock } from "../content/frontMatter.ts";
import type { ReportProblem } from "./session.ts";

/**
 * The blocks Eleventy has handed over, by absolute file path. Lives as long as the plugin:
 * under `npm start` Eleventy re-reads only the files that changed, so a block stays until
 * its file is read again.
 */
export class FrontMatterBlocks {
  readonly #blocks = new Map<string, FrontMatterBlock>();

  set(filePath: string, block: FrontMatterBlock): void {
    this.#blocks.set(path.resolve(filePath), block);
  }

  get(filePath: string): FrontMatterBlock | undefined {
    return this.#blocks.get(path.resolve(filePath));
  }
}

/** The `engines.yaml` function for `setFrontMatterParsingOptions`. */
export function yamlEngine(blocks: FrontMatterBlocks, report: ReportProblem) {
  return (source: string, options?: { filePath?: string }): FrontMatter => {
    const block = readFrontMatter(source, 1);
    const file = options?.filePath;
    if (file) blocks.set(file, block);
    for (const problem of block.problems) report({ file: displayPath(file), ...problem, rule: "front-matter" });
    return block.data;
  };
}
