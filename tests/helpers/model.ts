/**
 * Content models from in-memory files, for tests that need no Eleventy: each file's front
 * matter is read by the project's YAML reader and classified, its URL is the default
 * permalink (as the plugin gives it; no directory data), its body parsed by the project's
 * markdown-it instance. Build tests (tests/build/) cover the same with Eleventy itself.
 */
import path from "node:path";
import { createMarkdown } from "../../src/markdown/index.ts";
import { buildCommunity, type Community } from "../../src/community/community.ts";
import { frontMatterOfText, type FrontMatter } from "../../src/content/frontMatter.ts";
import { pageAddress } from "../../src/content/permalinks.ts";
import { sourceFile, type SourceFile } from "../../src/content/source.ts";
import { giveDefaultTitle } from "../../src/content/titles.ts";
import { dataForTextFile } from "../../src/talks/talkData.ts";
import { classify } from "../../src/content/classify.ts";

export const md = createMarkdown();

export interface ModelOptions {
  /** The content folder's path from the working directory (as Eleventy names files). */
  input?: string;
  groupsFolder?: string;
  language?: string;
}

/** A source file as the plugin would see `<input>/<relativePath>` with this text. */
export function sourceFrom(relativePath: string, text: string, options: ModelOptions = {}): SourceFile {
  const input = options.input ?? "content";
  const groupsFolder = options.groupsFolder ?? "special-interest";
  const inputPath = `./${path.posix.join(input, relativePath)}`;
  const isTranscript = relativePath.endsWith(".txt");
  const block = isTranscript ? undefined : frontMatterOfText(text);
  const body = block ? text.split("\n").slice(block.bodyLine - 1).join("\n") : text;
  const stem = `/${relativePath.replace(/\.[^./]+$/, "")}`;
  const fileSlug = stem.split("/").pop() === "index" ? (stem.split("/").at(-2) ?? "") : (stem.split("/").pop() ?? "");
  const data: FrontMatter = isTranscript
    ? { ...dataForTextFile(text, inputPath, classify(relativePath, {}, { groupsFolder }).kind === "talk"), sourceText: text }
    : { ...block?.data };
  data.page = { inputPath, fileSlug, filePathStem: stem };
  giveDefaultTitle(data as { title?: unknown; page: { fileSlug: string } });
  const kind = classify(relativePath, data, { groupsFolder }).kind;
  const url =
    data.permalink === false || kind === "group-index"
      ? false
      : typeof data.permalink === "string"
        ? data.permalink.replace(/index\.html$/, "")
        : pageAddress({ stem });
  return sourceFile({ inputPath, inputDir: input, data, body, frontMatter: block, url, outputPath: url === false ? false : `./_site${url}index.html` }, { groupsFolder });
}

/** A content model of `files` (relative path → text). */
export function communityFrom(files: Record<string, string>, options: ModelOptions = {}): Community {
  const sources = Object.entries(files).map(([relativePath, text]) => sourceFrom(relativePath, text, options));
  return buildCommunity(sources, { md, language: options.language ?? "en-GB", groupsFolder: options.groupsFolder ?? "special-interest" });
}
