/**
 * Reads all content once — drafts included — into the shape every rule works on.
 * Nothing here reports problems: it records what it found (broken YAML, bad bytes) and
 * leaves the reporting to the rules, so each problem is reported once, by its rule.
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { loadFrontMatterYaml, normaliseFrontMatter, normaliseTags } from "../content/frontMatter.ts";
import { listContentFiles, pageUrl } from "../content/sourceFiles.ts";
import { isBlogPost } from "../content/contentDate.ts";
import { slugify } from "../markdown/slugify.ts";
import type { SiteSettings } from "../site/settings.ts";
import type { CheckContext, CheckFile, ContentKind, FrontMatterBlock } from "./types.ts";

export function contentKind(relativePath: string): ContentKind {
  if (/^special-interest\/[^/]+\/meetings\/[^/]+\.md$/.test(relativePath)) return "meeting";
  if (/^special-interest\/[^/]+\/index\.md$/.test(relativePath)) return "group";
  if (isBlogPost(relativePath)) return "post";
  if (/(?:^|\/)guides\//.test(relativePath)) return "guide";
  if (/(?:^|\/)talks\/[^/]+\.txt$/.test(relativePath)) return "talk";
  return "page";
}

// Multiline so an empty block (`---` straight after `---`) matches; only a match at the start counts.
const FRONT_MATTER = /^(\uFEFF?---[ \t]*\r?\n)([\s\S]*?)^---[ \t]*(?:\r?\n|$)/m;

/** Splits `---` front matter from the body; YAML errors are located in the file, not thrown. */
export function splitFrontMatter(text: string): { block: FrontMatterBlock | null; body: string; bodyLine: number } {
  const match = FRONT_MATTER.exec(text);
  if (!match || match.index !== 0) return { block: null, body: text, bodyLine: 1 };
  const source = (match[2] ?? "").replace(/\r?\n$/, "");
  // The body starts on the line after the closing `---`: one more than the newlines before it.
  const bodyLine = (match[0].match(/\n/g)?.length ?? 0) + 1;
  const loaded = loadFrontMatterYaml(source, 2);
  const block: FrontMatterBlock =
    "problem" in loaded
      ? { source, line: 2, data: undefined, error: loaded.problem }
      : { source, line: 2, data: normaliseFrontMatter(loaded.data) };
  return { block, body: text.slice(match[0].length), bodyLine };
}

function decode(bytes: Uint8Array): { text: string; readable: boolean } {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { text, readable: !text.includes("\u0000") };
  } catch {
    return { text: new TextDecoder("utf-8").decode(bytes), readable: false };
  }
}

export function readCheckFile(absolutePath: string, contentDir: string, root: string): CheckFile {
  const relativePath = path.relative(contentDir, absolutePath).split(path.sep).join("/");
  const bytes = readFileSync(absolutePath);
  const { text, readable } = decode(bytes);
  const kind = contentKind(relativePath);
  const split = kind === "talk" || !readable ? { block: null, body: text, bodyLine: 1 } : splitFrontMatter(text);
  const data = split.block?.data ?? {};
  const url =
    kind === "talk" ? `/${relativePath.replace(/\.txt$/, "")}/` : relativePath.endsWith(".txt") ? "" : pageUrl(relativePath, data);
  return {
    path: path.relative(root, absolutePath).split(path.sep).join("/"),
    relativePath,
    absolutePath,
    kind,
    bytes,
    text,
    readable,
    frontMatter: split.block,
    data,
    body: split.body,
    bodyLine: split.bodyLine,
    url,
  };
}

/** Layout names that resolve, as Eleventy resolves them: with or without extension, plus aliases. */
export function availableLayouts(includesDir: string, aliases: string[] = ["post", "default"]): Set<string> {
  const names = new Set<string>(aliases);
  if (existsSync(includesDir)) {
    for (const entry of readdirSync(includesDir, { withFileTypes: true })) {
      if (!entry.isFile()) continue;
      names.add(entry.name);
      names.add(entry.name.replace(/\.[^.]+$/, ""));
    }
  }
  return names;
}

/** URLs the build makes from the content as a whole: listings, feeds, tag and group pages. */
export function generatedUrls(files: CheckFile[]): Set<string> {
  const urls = new Set([
    "/", "/blog/", "/guides/", "/talks/", "/tags/", "/meetings/", "/special-interest/",
    "/feed.xml", "/meetings.json", "/sitemap.xml", "/robots.txt", "/404.html",
  ]);
  for (const file of files) {
    for (const tag of normaliseTags(file.data.tags)) urls.add(`/tags/${slugify(tag)}/`);
    const group = /^special-interest\/([^/]+)\//.exec(file.relativePath)?.[1];
    if (group) {
      urls.add(`/special-interest/${group}/`);
      urls.add(`/special-interest/${group}/feed.xml`);
      if (file.kind === "group" && file.data.next) urls.add(`/special-interest/${group}/next.ics`);
    }
  }
  return urls;
}

export function loadCheckContext(root: string, site: SiteSettings, contentDir = path.join(root, "content")): CheckContext {
  // Markdown and transcripts, drafts and `_`-folders included: the checker reads everything.
  const files = listContentFiles(contentDir, { extensions: /\.(md|txt)$/, underscoreFolders: true }).map((file) => readCheckFile(file, contentDir, root));
  return {
    root,
    contentDir,
    files,
    site,
    layouts: availableLayouts(path.join(root, "_includes")),
    generatedUrls: generatedUrls(files),
  };
}
