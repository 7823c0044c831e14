/**
 * `community-notes check` runs the site's own Eleventy configuration, as the build does, with
 * a check session attached: the plugin records each problem instead of stopping, includes
 * drafts and every file, and hands over its content model; nothing is written. So the check
 * knows what the build knows: the same reading, the same URLs (directory data included), the
 * same layouts, includes and output conflicts, for every kind of file Eleventy renders.
 *
 * A problem that Eleventy itself stops on (a layout or include that does not exist, a
 * template that does not render, a data file that does not parse) ends its run; the check
 * reports it, leaves that file out and runs again, so one broken file does not hide the rest.
 */
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { isWithin } from "../content/paths.ts";
import { formatDiagnostic, type Diagnostic } from "../diagnostics/diagnostic.ts";
import type { MarkdownIt } from "markdown-it";
import type { Community } from "../community/community.ts";
import type { SourceFile } from "../content/source.ts";
import type { SiteSettings } from "../site/settings.ts";
import { reportErrorsWith } from "./adapter.ts";
import { diagnosticsFromBuildError } from "./errors.ts";
import { attachCheckSession, type CheckSession } from "./session.ts";
import type { EleventyConfig } from "./types.ts";

/** Runs after the first: at most this many files are left out for problems Eleventy stops on. */
const MAX_RERUNS = 10;

export interface CheckRunOptions {
  configPath: string;
  input: string;
}

export interface CheckRun {
  /** Every problem found, in the order found, each once. */
  diagnostics: Diagnostic[];
  community?: Community;
  settings?: SiteSettings;
  /** The settings file the settings came from, if they did (see CheckSession). */
  settingsFile?: CheckSession["settingsFile"];
  markdown?: () => MarkdownIt;
  /** Content files that are not in the model (see CheckSession). */
  lateFiles: SourceFile[];
  /** Every URL the build would publish. */
  urls: string[];
  /** Files left out after a problem Eleventy stopped on. */
  skipped: string[];
  /** Content files that run templates (listed in the site's `templates` setting), sorted. */
  templated: string[];
}

interface OneRun {
  session: CheckSession & { urls?: string[] };
  failures: Diagnostic[];
}

async function runOnce(options: CheckRunOptions, skipped: readonly string[]): Promise<OneRun> {
  const session: CheckSession & { urls?: string[] } = { diagnostics: [], templated: new Set() };
  const elev = new Eleventy(options.input, path.join(options.input, ".community-notes-check"), {
    configPath: options.configPath,
    quietMode: true,
    runMode: "build",
    dryRun: true,
    config: (config: unknown) => {
      const eleventyConfig = config as EleventyConfig;
      attachCheckSession(eleventyConfig, session);
      // Eleventy matches ignores against paths relative to the working directory.
      for (const file of skipped) eleventyConfig.ignores.add(path.relative(process.cwd(), file).split(path.sep).join("/"));
      eleventyConfig.on("eleventy.contentMap", ({ urlToInputPath }: { urlToInputPath: Record<string, unknown> }) => {
        session.urls = Object.keys(urlToInputPath);
      });
    },
  });
  let failures: Diagnostic[] = [];
  // A check prints its own report: not Eleventy's "Wrote 0 files", nor its errors with stack traces.
  elev.disableLogger();
  reportErrorsWith(elev, () => {});
  try {
    await elev.write();
  } catch (error) {
    failures = diagnosticsFromBuildError(error, path.relative(process.cwd(), options.configPath));
  }
  return { session, failures };
}

/** A file of the content folder (not a layout, include or the configuration), by the path a diagnostic names. */
function contentFile(file: string, input: string): string | undefined {
  const absolute = path.resolve(file);
  return absolute !== path.resolve(input) && isWithin(input, absolute) ? absolute : undefined;
}

export async function runCheckBuild(options: CheckRunOptions): Promise<CheckRun> {
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  const add = (diagnostic: Diagnostic) => {
    const key = formatDiagnostic(diagnostic);
    if (seen.has(key)) return;
    seen.add(key);
    diagnostics.push(diagnostic);
  };
  const skipped: string[] = [];
  // A file a run stopped on is left out of the next, but it still runs templates.
  const templated = new Set<string>();
  for (let run = 0; ; run++) {
    const { session, failures } = await runOnce(options, skipped);
    for (const file of session.templated ?? []) templated.add(file);
    const [failure] = failures;
    session.diagnostics.forEach(add);
    // Two files at one address: the model said so already, and better, before Eleventy did.
    const alreadyFound = failure?.rule === "output" && session.diagnostics.some((d) => d.rule === "output" && d.file === failure.file);
    if (!alreadyFound) failures.forEach(add);
    const next = failure && contentFile(failure.file, options.input);
    if (next && !skipped.includes(next) && run >= MAX_RERUNS) {
      // Never stop without a word: say that the rest was not looked at.
      add({
        file: path.relative(process.cwd(), options.configPath).split(path.sep).join("/") || options.configPath,
        line: 1,
        column: 1,
        rule: "build",
        severity: "error",
        message: `the check stopped after leaving out ${skipped.length} files that each stop the build (the last: ${failure!.file}); fix those and run it again to check the rest`,
      });
    }
    if (!failure || !next || skipped.includes(next) || run >= MAX_RERUNS) {
      const { community, settings, settingsFile, markdown } = session;
      return { diagnostics, community, settings, ...(settingsFile ? { settingsFile } : {}), markdown, lateFiles: session.lateFiles ?? [], urls: session.urls ?? [], skipped, templated: [...templated].sort() };
    }
    skipped.push(next);
  }
}
