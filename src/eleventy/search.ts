/**
 * The search step: after Eleventy has written the pages, Pagefind indexes them. A production
 * build waits for the index (and fails if it cannot be written); under `npm start` the index
 * is rebuilt in the background after each build, so a rebuild (and the browser's reload)
 * never waits for it, and builds that finish meanwhile queue one more run.
 */
import { describeIndex, indexSite } from "../search/indexSite.ts";
import type { EleventyConfig } from "./types.ts";

interface AfterBuild {
  directories: { output: string };
  runMode: string;
  outputMode: string;
}

const DEFERRED = Symbol.for("community-notes.search-index-deferred");

/**
 * Says, before the plugin runs, that whoever runs Eleventy indexes the site itself (or not at
 * all): `npm run build` prunes its output of what the build did not write first, and tests
 * index only the sites they search.
 */
export function deferSearchIndex(eleventyConfig: object): void {
  (eleventyConfig as { [DEFERRED]?: boolean })[DEFERRED] = true;
}

export function addSearchStep(eleventyConfig: EleventyConfig & { quietMode?: boolean }, shouldIndex: () => boolean): void {
  const deferred = (eleventyConfig as { [DEFERRED]?: boolean })[DEFERRED] === true;
  let running: Promise<void> | undefined;
  let pending = false;
  const inBackground = (output: string): void => {
    if (running) {
      pending = true;
      return;
    }
    running = (async () => {
      try {
        const index = await indexSite(output);
        if (!eleventyConfig.quietMode) console.log(describeIndex(index));
      } catch (error) {
        console.error(`${(error as Error).message} (search on the preview shows the previous index, if any)`);
      } finally {
        running = undefined;
        if (pending) {
          pending = false;
          inBackground(output);
        }
      }
    })();
  };

  eleventyConfig.on("eleventy.after", async ({ directories, runMode, outputMode }: AfterBuild) => {
    if (outputMode !== "fs" || deferred || !shouldIndex()) return;
    if (runMode === "build") {
      // A summary, like Eleventy's "Wrote N files" line: printed with --quiet too.
      console.log(describeIndex(await indexSite(directories.output)));
      return;
    }
    inBackground(directories.output);
  });
}
