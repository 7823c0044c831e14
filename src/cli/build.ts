/**
 * `npm run build` and `npm start`: Eleventy with our configuration, and build errors
 * reported as `file:line:col severity rule message` (plus a GitHub annotation under Actions).
 */
import path from "node:path";
import { parseArgs } from "node:util";
import Eleventy from "@11ty/eleventy";
import type { EleventyConfig } from "../eleventy/types.ts";
import { formatDiagnostic, formatGithubAnnotation } from "../diagnostics/diagnostic.ts";
import { diagnosticFromBuildError } from "./buildErrors.ts";
import { isDisposableOutput, pruneOutput, writtenFiles } from "./output.ts";
import { describeIndex, indexSite, SEARCH_BUNDLE } from "../search/indexSite.ts";
import { exitQuietlyOnClosedPipe, projectRoot } from "./project.ts";

const HELP = `Usage: npm run build [-- options]     build the site into _site/ and index it for search
       npm start [-- options]         preview with live reload (drafts shown)

Options:
  --serve            run the development server with live reload (what npm start does)
  --port <number>    port for --serve (default 8080)
  --input <dir>      content folder (default content/)
  --output <dir>     output folder (default _site)
  --path-prefix <p>  serve the site under a path, e.g. /community-notes/ (or SITE_PATH_PREFIX)
  --quiet            print only problems and the summary
  -h, --help         show this help

Environment: SITE_URL, SITE_PATH_PREFIX, SITE_REPOSITORY, SITE_BRANCH override _data/site.ts.`;

const root = projectRoot;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        serve: { type: "boolean", default: false },
        port: { type: "string", default: "8080" },
        input: { type: "string" },
        output: { type: "string", default: "_site" },
        "path-prefix": { type: "string" },
        quiet: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (args.help) {
    console.log(HELP);
    return 0;
  }
  if (args["path-prefix"]) process.env.SITE_PATH_PREFIX = args["path-prefix"];

  const output = path.resolve(args.output);

  const quiet = args.quiet;
  const elev = new Eleventy(args.input ? path.resolve(args.input) : path.join(root, "content"), output, {
    configPath: path.join(root, ".eleventy.ts"),
    quietMode: quiet,
    runMode: args.serve ? "serve" : "build",
    // Under --serve the search index is rebuilt after every build, in the background, so
    // preview search soon matches the pages; a failure is shown and the server keeps going.
    ...(args.serve ? { config: (config: unknown) => servePreview(config as EleventyConfig, output, quiet) } : {}),
  });
  // Eleventy prints build errors itself, with stack traces; print ours instead, once each.
  const reported = new WeakSet<object>();
  const report = (error: unknown) => {
    if (error && typeof error === "object") {
      if (reported.has(error)) return;
      reported.add(error);
    }
    const diagnostic = diagnosticFromBuildError(error);
    console.error(formatDiagnostic(diagnostic));
    if (process.env.GITHUB_ACTIONS === "true") console.log(formatGithubAnnotation(diagnostic));
  };
  elev.errorHandler.error = report;

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
    // from deleted pages. Only a folder of its own is ever pruned; the search bundle is
    // pruned by the indexer, which knows its files.
    if (isDisposableOutput(output, root)) {
      pruneOutput(output, writtenFiles(results), (relative) => relative === SEARCH_BUNDLE || relative.startsWith(`${SEARCH_BUNDLE}/`));
    }
  } catch (error) {
    report(error);
    console.error("The site was not built. Fix the problem above and run the build again.");
    return 1;
  }
  try {
    const index = await indexSite(output);
    // A summary, like Eleventy's "Wrote N files" line: printed with --quiet too.
    console.log(describeIndex(index));
    return 0;
  } catch (error) {
    console.error((error as Error).message);
    console.error("The site was built, but its search index was not. Fix the problem above and run the build again.");
    return 1;
  }
}

/** What `npm start` adds to the configuration. */
function servePreview(config: EleventyConfig, output: string, quiet: boolean): void {
  config.on("eleventy.after", () => indexForPreview(output, quiet));
  // Eleventy waits until a saved file's size has been stable for 150 ms before rebuilding;
  // editors write a file at once, so 50 ms is plenty and every preview comes 0.1 s sooner.
  config.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 10 } });
}

// Under --serve the index is rebuilt in the background after each build, so a rebuild (and
// the browser's reload) never waits for it; builds that finish meanwhile queue one more run.
let previewIndexing: Promise<void> | undefined;
let previewIndexPending = false;

function indexForPreview(output: string, quiet: boolean): void {
  if (previewIndexing) {
    previewIndexPending = true;
    return;
  }
  previewIndexing = (async () => {
    try {
      const index = await indexSite(output);
      if (!quiet) console.log(describeIndex(index));
    } catch (error) {
      console.error(`${(error as Error).message} (search on the preview shows the previous index, if any)`);
    } finally {
      previewIndexing = undefined;
      if (previewIndexPending) {
        previewIndexPending = false;
        indexForPreview(output, quiet);
      }
    }
  })();
}

exitQuietlyOnClosedPipe();

const code = await main();
if (code >= 0) process.exitCode = code;
