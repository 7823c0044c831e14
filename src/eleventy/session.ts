/**
 * How `community-notes check` talks to the plugin inside an Eleventy run. The check runs the
 * site's own configuration (so it knows what the build knows) with a session attached to the
 * configuration before the site's config file runs; the plugin finds it there. With a
 * session, the plugin records located problems instead of stopping at the first, includes
 * drafts and every file in the content model, writes nothing and hands over its model.
 * Without one (every build), it stops the build at the first problem, as a build must.
 */
import type { MarkdownIt } from "markdown-it";
import type { Community } from "../community/community.ts";
import type { SourceFile } from "../content/source.ts";
import { ContentError, type Diagnostic } from "../diagnostics/diagnostic.ts";
import type { SiteSettings } from "../site/settings.ts";
import { TOOL_PAGES_FOLDER } from "../pages/index.ts";
import { isToolTemplate } from "./model.ts";
import type { EleventyConfig } from "./types.ts";

export interface CheckSession {
  /** Problems the plugin found while Eleventy read the content, in the order found. */
  readonly diagnostics: Diagnostic[];
  /** The content model of the run, once Eleventy has built its collections. */
  community?: Community;
  /** Content files that run templates (the site's `templates` setting lists them), as diagnostics name files. */
  readonly templated?: Set<string>;
  /** The site settings the plugin validated. */
  settings?: SiteSettings;
  /** The settings file they were read from, if they were: its path as printed, and each setting's line. */
  settingsFile?: { file: string; keys: ReadonlyMap<string, number> };
  /** The site's markdown-it instance, as the build renders with it. */
  markdown?: () => MarkdownIt;
  /**
   * Content files the model could not hold: a page that lists collections (its layout says
   * `eleventyImport`) is read after the collections are made. Checked all the same.
   */
  lateFiles?: SourceFile[];
}

const SESSION = Symbol.for("community-notes.check-session");

type WithSession = { [SESSION]?: CheckSession };

/** Called by the check in Eleventy's `config` callback, before the site's config file runs. */
export function attachCheckSession(eleventyConfig: object, session: CheckSession): void {
  (eleventyConfig as WithSession)[SESSION] = session;
}

export function checkSessionOf(eleventyConfig: object): CheckSession | undefined {
  return (eleventyConfig as WithSession)[SESSION];
}

/** A located content problem: stops a build, is recorded by a check. */
export type ReportProblem = (diagnostic: Omit<Diagnostic, "severity"> & { severity?: Diagnostic["severity"] }) => void;

export function problemReporter(session: CheckSession | undefined): ReportProblem {
  return (diagnostic) => {
    const error = new ContentError(diagnostic);
    if (!session) throw error;
    session.diagnostics.push(error.diagnostic);
  };
}

/** The URL and output path Eleventy gave a page (once its computed data is in). */
export function pageOf(data: Record<string, unknown>): { url: string | false; outputPath: string | false } {
  const page = (data.page ?? {}) as { url?: string | false; outputPath?: string | false };
  return { url: page.url ?? false, outputPath: page.outputPath ?? false };
}

/**
 * In a check, every content file is read into the model's view, not only those in
 * collections: `eleventyExcludeFromCollections` is set aside, and files Eleventy reads only
 * after the collections are made (a page whose layout lists collections) become `lateFiles`.
 */
export function checkEveryFile(eleventyConfig: EleventyConfig, session: CheckSession, toSource: (inputPath: string, data: Record<string, unknown>, body: string) => SourceFile): void {
  const seen = new Map<string, { data: Record<string, unknown>; body: string }>();
  eleventyConfig.addPreprocessor("check-everything", "*", function (this: { inputPath: string }, data, content) {
    if (isToolTemplate(this.inputPath, TOOL_PAGES_FOLDER)) return undefined;
    delete data.eleventyExcludeFromCollections;
    seen.set(this.inputPath, { data, body: content });
    return undefined;
  });
  eleventyConfig.on("eleventy.after", () => {
    const known = new Set(session.community?.files.map((file) => file.inputPath));
    session.lateFiles = [...seen].filter(([inputPath]) => !known.has(inputPath)).map(([inputPath, { data, body }]) => toSource(inputPath, data, body));
  });
}
