/**
 * What every check rule receives and returns. A rule is a pure function of the content
 * (read once by `loadCheckContext`) to diagnostics; the runner sorts and prints them.
 */
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import type { FrontMatter } from "../content/frontMatter.ts";
import type { SiteSettings } from "../site/settings.ts";

export type ContentKind = "page" | "post" | "guide" | "talk" | "meeting" | "group";

export interface FrontMatterBlock {
  /** The YAML text between the `---` lines. */
  source: string;
  /** 1-based line of the first YAML line (the line after the opening `---`). */
  line: number;
  /** Parsed and normalised data, or undefined when the YAML does not parse. */
  data: FrontMatter | undefined;
  /** The YAML error, located in the file, when it does not parse. */
  error?: { line: number; column: number; message: string };
}

export interface CheckFile {
  /** Path relative to the project root, forward slashes: `content/blog/x.md`. */
  path: string;
  /** Path relative to the content folder: `blog/x.md`. */
  relativePath: string;
  absolutePath: string;
  kind: ContentKind;
  bytes: Uint8Array;
  /** The file decoded as UTF-8 (invalid sequences become U+FFFD; the text rule reports them). */
  text: string;
  /** False when the bytes are not valid UTF-8 or contain NUL: rules other than `text` skip the file. */
  readable: boolean;
  /** Null when the file has no front matter (or is a talk transcript). */
  frontMatter: FrontMatterBlock | null;
  /** Normalised front matter data ({} when absent or broken). */
  data: FrontMatter;
  /** The Markdown after the front matter. */
  body: string;
  /** 1-based line of the file where `body` starts. */
  bodyLine: number;
  /** The URL the page is published at (root-relative, no path prefix). */
  url: string;
}

export interface CheckContext {
  root: string;
  /** Absolute path of the content folder. */
  contentDir: string;
  files: CheckFile[];
  site: SiteSettings;
  /** Layout names that resolve: file names in `_includes/` with and without extension, plus aliases. */
  layouts: Set<string>;
  /** Root-relative URLs of pages the build generates that have no source file (listings, feeds…). */
  generatedUrls: Set<string>;
}

export interface Rule {
  name: string;
  /** One line for `--help`. */
  summary: string;
  check(context: CheckContext): Diagnostic[] | Promise<Diagnostic[]>;
}

/** 1-based line and column of a character offset in a text. */
export function lineColumn(text: string, offset: number, firstLine = 1): { line: number; column: number } {
  let line = firstLine;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
