/**
 * What every check rule receives and returns. A rule is a pure function of the content
 * model (what the build read, as `checkContext` presents it) to diagnostics; the runner
 * sorts and prints them.
 */
import type { Token } from "markdown-it";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import type { SourceFile } from "../content/source.ts";
import type { Community } from "../community/community.ts";
import type { SiteSettings } from "../site/settings.ts";

export type { ContentKind } from "../content/classify.ts";

/** A source file of the build, with what the text rules need. */
export interface CheckFile extends SourceFile {
  absolutePath: string;
  /** The file as written: its front matter block and body (a transcript: its whole text). */
  text: string;
  /** False when the bytes are not valid UTF-8 or contain NUL: rules other than `text` skip the file. */
  readable: boolean;
  /** The file's bytes, read only when it is not readable (for the text rule to locate the bad byte). */
  bytes?: Uint8Array;
  /**
   * Where the file's text is published: its URL, or for a group's index.md its group page;
   * "" when it is not published at all. Links in it resolve from there.
   */
  shownAt: string;
  /** The body's Markdown tokens, parsed (once) by the site's markdown-it instance; [] for other files. */
  tokens(): Token[];
}

export interface CheckContext {
  root: string;
  /** Absolute path of the content folder. */
  contentDir: string;
  files: CheckFile[];
  site: SiteSettings;
  /** The content model the files come from. */
  community: Community;
  /** Root-relative URLs of pages the build generates that have no source file (listings, feeds…). */
  generatedUrls: Set<string>;
  /** The settings file, when the settings come from one: its path as printed, and each top-level setting's line. */
  settingsFile?: { file: string; keys: ReadonlyMap<string, number> };
}

export interface Rule {
  name: string;
  /** One line for `--help`. */
  summary: string;
  check(context: CheckContext): Diagnostic[] | Promise<Diagnostic[]>;
}

export { LineIndex, lineColumn } from "../diagnostics/lines.ts";
