/**
 * `npm run build` and `npm start`: Eleventy with the project's configuration (the
 * community-notes plugin indexes the site for search after the pages are written), and
 * build errors reported as `file:line:col severity rule message` (plus a GitHub annotation
 * under Actions), never with a stack trace.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import Eleventy from "@11ty/eleventy";
import type { EleventyConfig } from "../eleventy/types.ts";
import { formatDiagnostic, formatGithubAnnotation } from "../diagnostics/diagnostic.ts";
import { diagnosticsFromBuildError } from "../eleventy/errors.ts";
import { reportErrorsWith } from "../eleventy/adapter.ts";
import { isDisposableOutput, pruneOutput, writtenFiles } from "./output.ts";
import { describeIndex, indexSite, SEARCH_BUNDLE } from "../search/indexSite.ts";
import { deferSearchIndex } from "../eleventy/search.ts";
import { exitQuietlyOnClosedPipe, projectRoot, usageError } from "./project.ts";
import { notASite, siteProject } from "./siteProject.ts";
import { SETTINGS_FILE } from "../site/settingsFile.ts";
import { printed, printSafely } from "./print.ts";

/** The help text; `command` is how the build is started (`npm run build --` here, `community-notes build` in a site). */
export function buildHelp(command = "npm run build --", serveCommand = "npm start --"): string {
  return `Usage: ${command} [options]     build the site into _site/ and index it for search
       ${serveCommand} [options]         preview with live reload (drafts shown)

Options:
  --serve            run the development server with live reload (what ${serveCommand.replace(/ --$/, "")} does)
  --port <number>    port for --serve (default 8080)
  --input <dir>      content folder (default content/): any folder, inside the project or not
  --output <dir>     output folder (default _site)
  --config <file>    another Eleventy configuration (default: the site's own, else the defaults)
  --path-prefix <p>  serve the site under a path, e.g. /community-notes/ (or SITE_PATH_PREFIX)
  --quiet            print only problems and the summary
  -h, --help         show this help

Environment: SITE_URL, SITE_PATH_PREFIX, SITE_REPOSITORY, SITE_BRANCH, SITE_NAME and
SITE_LANGUAGE override the site settings.`;
}

function report(error: unknown, configPath: string): void {
  for (const diagnostic of diagnosticsFromBuildError(error, path.relative(process.cwd(), configPath) || ".eleventy.ts")) {
    printSafely("err", formatDiagnostic(diagnostic));
    if (process.env.GITHUB_ACTIONS === "true") printSafely("out", formatGithubAnnotation(diagnostic));
  }
}

/**
 * Builds (or, with `--serve`, previews) the site in `root`: with its own Eleventy
 * configuration, or the package's default. Returns the exit code, or -1 while serving.
 */
export async function runBuild(argv: string[], root: string, command = "npm run build --", help = buildHelp()): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        serve: { type: "boolean", default: false },
        port: { type: "string", default: "8080" },
        input: { type: "string" },
        output: { type: "string", default: "_site" },
        config: { type: "string" },
        "path-prefix": { type: "string" },
        quiet: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }).values;
  } catch (error) {
    console.error(usageError((error as Error).message, command));
    return 2;
  }
  if (args.help) {
    console.log(help);
    return 0;
  }
  if (args["path-prefix"]) process.env.SITE_PATH_PREFIX = args["path-prefix"];
  const pathPrefix = process.env.SITE_PATH_PREFIX?.trim();

  const output = path.resolve(args.output);
  // Relative to the working directory, as Eleventy names files: its watcher reports a changed
  // file under an absolute input folder by a path it cannot match to a template.
  const project = siteProject(root, args.input);
  // --config names another Eleventy configuration (the browser tests build a fixture site with one).
  const configPath = args.config ? path.resolve(args.config) : project.configPath;
  const notSite = args.config ? undefined : notASite(project, args.input, SETTINGS_FILE);
  if (notSite) {
    console.error(notSite);
    return 1;
  }
  // A site's own configuration may name its input folder; without content/ or --input, it does.
  const leaveToConfig = project.ownConfig && !args.input && project.contentDir === root;
  const input = leaveToConfig ? undefined : path.relative(process.cwd(), project.contentDir) || ".";
  const elev = new Eleventy(input, output, {
    configPath,
    quietMode: args.quiet,
    runMode: args.serve ? "serve" : "build",
    // The development server serves the site under the prefix too.
    ...(pathPrefix ? { pathPrefix } : {}),
    config: (config: unknown) => {
      if (args.serve) {
        // Eleventy waits until a saved file's size has been stable for 150 ms before rebuilding;
        // editors write a file at once, so 50 ms is plenty and every preview comes 0.1 s sooner.
        (config as EleventyConfig).setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 10 } });
      } else {
        // The build indexes for search itself, once the output holds only what it wrote.
        deferSearchIndex(config as object);
      }
    },
  });
  // Eleventy prints build errors itself, with stack traces; print ours instead, once each.
  const reportOnce = reportErrorsWith(elev, (error) => report(error, configPath));

  try {
    if (args.serve) {
      elev.setIncrementalBuild(true);
      await elev.init();
      await elev.watch();
      await elev.serve(Number(args.port));
      return -1; // keep running
    }
    const results = await elev.write();
    // A production build publishes only what it wrote: nothing from a preview (drafts) or
    // from deleted pages. Only a folder of its own is ever pruned; the search bundle was
    // written by the search step, after the pages.
    if (isDisposableOutput(output, root)) {
      pruneOutput(output, writtenFiles(results), (relative) => relative === SEARCH_BUNDLE || relative.startsWith(`${SEARCH_BUNDLE}/`));
    }
  } catch (error) {
    reportOnce(error);
    await printed();
    console.error("The site was not built. Fix the problem above and run the build again.");
    return 1;
  }
  try {
    // A summary, like Eleventy's "Wrote N files" line: printed with --quiet too.
    console.log(describeIndex(await indexSite(output)));
    return 0;
  } catch (error) {
    printSafely("err", (error as Error).message);
    await printed();
    console.error("The site was built, but its search index was not. Fix the problem above and run the build again.");
    return 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  exitQuietlyOnClosedPipe();
  const code = await runBuild(process.argv.slice(2), projectRoot);
  if (code >= 0) process.exitCode = code;
}
