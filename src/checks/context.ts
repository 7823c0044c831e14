/**
 * The checker's view of a build: the content model's files, each with its text as written
 * (front matter and body, as Eleventy read them; nothing is read again, but for the bytes of
 * a file that is not valid UTF-8) and its Markdown tokens, parsed on demand by the site's
 * markdown-it instance. Nothing here reports problems: rules do, each problem once.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { MarkdownIt, Token } from "markdown-it";
import type { Community } from "../community/community.ts";
import type { SourceFile } from "../content/source.ts";
import { unreadableAt } from "../content/readable.ts";
import type { SiteSettings } from "../site/settings.ts";
import type { CheckContext, CheckFile } from "./types.ts";

/**
 * The text of a file as written, from what Eleventy's front matter splitter handed over: the
 * block's text between `---` lines, then the body. Every line keeps its number, so positions
 * found in it are positions in the file.
 */
export function textOf(file: SourceFile): string {
  const block = file.frontMatter;
  if (!block) return file.body;
  // Eleventy's splitter hands over the rest of the opening line first (firstLine 1); a block read on its own starts at line 2.
  return `---${block.firstLine === 1 ? "" : "\n"}${block.source}\n---\n${file.body}`;
}

function readBytes(absolutePath: string): Uint8Array {
  try {
    return readFileSync(absolutePath);
  } catch {
    return new Uint8Array();
  }
}

/** `root`: the project, whose relative paths the check prints. */
export function checkFile(file: SourceFile, root: string, md: () => MarkdownIt, shownAt = file.url || "", parsed?: Token[]): CheckFile {
  const absolutePath = path.resolve(file.inputPath);
  const text = textOf(file);
  // Eleventy decoded the file as UTF-8: a replacement character or a NUL is worth a look at the bytes.
  const suspicious = text.includes("\uFFFD") || text.includes("\u0000");
  const bytes = suspicious ? readBytes(absolutePath) : undefined;
  const readable = !bytes || unreadableAt(bytes) === undefined;
  let tokens: Token[] | undefined;
  return {
    ...file,
    path: path.relative(root, absolutePath).split(path.sep).join("/"),
    absolutePath,
    text,
    readable,
    ...(readable ? {} : { bytes }),
    shownAt,
    tokens() {
      tokens ??= !readable || !file.relativePath.endsWith(".md") || file.body.trim() === "" ? [] : (parsed ?? md().parse(file.body, {}));
      return tokens;
    },
  };
}

export interface CheckContextOptions {
  root: string;
  contentDir: string;
  site: SiteSettings;
  md: () => MarkdownIt;
  /** Every URL the build publishes (Eleventy's content map), for the link rule. */
  publishedUrls: Iterable<string>;
  /** Files of the build that the model does not hold (pages read after the collections). */
  lateFiles?: readonly SourceFile[];
  settingsFile?: CheckContext["settingsFile"];
}

export function checkContext(community: Community, options: CheckContextOptions): CheckContext {
  const groupPages = new Map(community.groups.map((group) => [group.slug, group.url]));
  const files = [...community.files, ...(options.lateFiles ?? [])]
    .sort((a, b) => (a.inputPath < b.inputPath ? -1 : a.inputPath > b.inputPath ? 1 : 0))
    .map((file) => checkFile(file, options.root, options.md, file.kind === "group-index" ? groupPages.get(file.group) : undefined, community.tokensOf(file.inputPath)));
  const sourceUrls = new Set(files.map((file) => file.url).filter((url): url is string => typeof url === "string"));
  const generatedUrls = new Set([...options.publishedUrls].filter((url) => !sourceUrls.has(url)));
  return { root: options.root, contentDir: options.contentDir, files, site: options.site, community, generatedUrls, ...(options.settingsFile ? { settingsFile: options.settingsFile } : {}) };
}
