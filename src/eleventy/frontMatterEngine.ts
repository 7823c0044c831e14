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

/**
 * Front matter languages other than YAML that gray-matter or Eleventy would run: `---js` and
 * `---javascript` evaluate code, `---json` is another language again. Content is data, so a
 * file's front matter is YAML or nothing; any other language gray-matter has no engine for
 * fails on its own (and is reported at the file).
 */
export const REFUSED_FRONT_MATTER = ["javascript", "js", "jsLegacy", "node", "json", "coffee", "cson", "toml"] as const;

/** Engines that refuse to run, for each language in REFUSED_FRONT_MATTER. */
export function refusedEngines(report: ReportProblem): Record<(typeof REFUSED_FRONT_MATTER)[number], (source: string, options?: { filePath?: string }) => FrontMatter> {
  const refuse = (language: string) => (_source: string, options?: { filePath?: string }): FrontMatter => {
    report({
      file: displayPath(options?.filePath),
      line: 1,
      column: 1,
      rule: "front-matter",
      message: `front matter must be YAML: \`---${language}\` is not read (it would run code, or needs its own reader); write the block as YAML between \`---\` lines`,
    });
    return {};
  };
  return Object.fromEntries(REFUSED_FRONT_MATTER.map((language) => [language, refuse(language === "jsLegacy" ? "js" : language)])) as ReturnType<typeof refusedEngines>;
}
