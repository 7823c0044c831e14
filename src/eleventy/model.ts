/**
 * The content model of a build, made from Eleventy's own collection items: Eleventy read
 * every file and assembled its data; each item carries its body (`rawInput`), URL and output
 * path. The model is built the first time a collection asks for it in a build, and is the
 * value of `collections.communityNotes`, so templates, filters and the Markdown renderer
 * all reach the same one.
 */
import { buildCommunity, ParseMemo, type Community } from "../community/community.ts";
import { sourceFile, type SourceFile } from "../content/source.ts";
import type { MarkdownIt } from "markdown-it";
import type { FrontMatterBlocks } from "./frontMatterEngine.ts";
import type { CollectionApi, CollectionItem, EleventyConfig } from "./types.ts";
import type { ReportProblem } from "./session.ts";

/** The name of the collection that holds the model. */
export const MODEL_COLLECTION = "communityNotes";

export interface ModelOptions {
  blocks: FrontMatterBlocks;
  markdown: () => MarkdownIt;
  language: string;
  groupsFolder: string;
  report: ReportProblem;
  /** Titles of the tool's own listing pages, by URL. */
  listingTitles: Readonly<Record<string, string>>;
  /** Keep the tokens of the pages the model parses (for the check). */
  keepTokens?: boolean;
  /** Called with each build's model (the check takes it from here). */
  onModel?: (community: Community) => void;
}

/** Items made by the tool itself (listing pages, feeds), not by the site's content. */
export function isToolTemplate(inputPath: string, toolFolder: string): boolean {
  return inputPath.replace(/\\/g, "/").includes(`/${toolFolder}/`);
}

function sourceOf(item: CollectionItem, inputDir: string, options: ModelOptions): SourceFile {
  return sourceFile(
    {
      inputPath: item.inputPath,
      inputDir,
      data: item.data,
      body: typeof item.rawInput === "string" ? item.rawInput : "",
      frontMatter: options.blocks.get(item.inputPath),
      url: item.url,
      outputPath: item.outputPath,
    },
    { groupsFolder: options.groupsFolder },
  );
}

/**
 * Two files written to one place is an error Eleventy finds only after rendering every page;
 * the model finds it first and says which files, at the second one's `permalink`.
 */
function reportOutputConflicts(files: readonly SourceFile[], report: ReportProblem): void {
  const byOutput = new Map<string, SourceFile>();
  for (const file of files) {
    if (file.outputPath === false) continue;
    const first = byOutput.get(file.outputPath);
    if (!first) {
      byOutput.set(file.outputPath, file);
      continue;
    }
    const line = file.frontMatter?.keyLines.get("permalink") ?? 1;
    report({
      file: file.path,
      line,
      column: 1,
      rule: "output",
      message: `${file.path} and ${first.path} are both published at ${String(file.url)}; give one of them another \`permalink\``,
    });
  }
}

/** Registers the model's collection; `communityOf(api)` gives the model to the other collections of the build. */
export function addModelCollection(eleventyConfig: EleventyConfig, toolFolder: string, options: ModelOptions): (api: CollectionApi) => Community {
  const memo = new ParseMemo();
  const built = new WeakMap<CollectionApi, Community>();
  const communityOf = (api: CollectionApi): Community => {
    let community = built.get(api);
    if (!community) {
      const inputDir = eleventyConfig.directories.input;
      // Content only: the tool's own pages are listings of it.
      const files = api
        .getAll()
        .filter((item) => !isToolTemplate(item.inputPath, toolFolder))
        .map((item) => sourceOf(item, inputDir, options));
      reportOutputConflicts(files, options.report);
      community = buildCommunity(files, {
        listingTitles: options.listingTitles,
        keepTokens: options.keepTokens,
        get md() {
          return options.markdown();
        },
        language: options.language,
        groupsFolder: options.groupsFolder,
        memo,
      });
      built.set(api, community);
      options.onModel?.(community);
    }
    return community;
  };
  eleventyConfig.addCollection(MODEL_COLLECTION, communityOf);
  return communityOf;
}
