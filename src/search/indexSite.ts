/**
 * Indexes a built site with Pagefind: reads every HTML file under the output folder and
 * writes the search bundle (index, UI script and styles) to `<output>/pagefind/`.
 * What gets indexed is decided by the layouts (`data-pagefind-body` on indexed pages only),
 * so this step needs no configuration of its own.
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";
import { bundleSizes, isKnownBundleLayout, pruneBundle, snapshotBundle, UnknownBundleError } from "./bundle.ts";

/** The folder of the output that belongs to the search bundle, and its URL path. */
export const SEARCH_BUNDLE = "pagefind";

export interface IndexResult {
  /** Pages in the index: those marked `data-pagefind-body`. */
  pages: number;
  /** Size of the index itself (what searches download from), in bytes. */
  indexBytes: number;
  /** Size of the whole bundle, with the UI scripts and styles, in bytes. */
  bytes: number;
  milliseconds: number;
  bundle: string;
}

/** An indexing failure, with a message meant for people rather than a stack trace. */
export class SearchIndexError extends Error {
  override name = "SearchIndexError";
}

/** Pages indexed, per Pagefind's own entry file (its `page_count` from reading counts every file). */
function indexedPages(bundle: string): number {
  const entry = JSON.parse(readFileSync(path.join(bundle, "pagefind-entry.json"), "utf8")) as {
    languages?: Record<string, { page_count?: number }>;
  };
  return Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
}

function fail(step: string, output: string, errors: string[]): never {
  throw new SearchIndexError(`Search index: could not ${step} for ${output}: ${errors.join("; ")}`);
}

/** Pagefind's own wording when its platform binary is missing is long; ours says what to do. */
function explain(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/Failed to install either of/.test(message)) {
    return `the Pagefind program for ${process.platform}-${process.arch} is not installed. Run \`npm ci\` (it comes with the optional dependency @pagefind/${process.platform === "win32" ? "windows" : process.platform}-${process.arch}).`;
  }
  return message.split("\n")[0] ?? message;
}

/**
 * Runs `work` while keeping Pagefind's own "Service stopped" reports (printed with a stack
 * trace when its program cannot start or dies) off the console; the first is returned to be
 * reported our way. Anything else written to the console passes through.
 */
async function quietService<T>(work: () => Promise<T>): Promise<{ value?: T; error?: unknown; stopped?: string }> {
  const original = console.error;
  let stopped: string | undefined;
  console.error = (...args: unknown[]) => {
    if (args[0] === "Service stopped") stopped ??= args[1] instanceof Error ? args[1].message : String(args[1]);
    else original(...args);
  };
  try {
    return { value: await work(), stopped };
  } catch (error) {
    return { error, stopped };
  } finally {
    console.error = original;
  }
}

export async function indexSite(output: string): Promise<IndexResult> {
  const site = path.resolve(output);
  if (!existsSync(site)) throw new SearchIndexError(`Search index: the built site ${site} does not exist.`);
  const outcome = await quietService(() => writeIndex(site));
  if (outcome.value) return outcome.value;
  if (outcome.error instanceof SearchIndexError) throw outcome.error;
  // "Pagefind backend closed" says less than why it closed (e.g. `spawn … ENOENT`).
  throw new SearchIndexError(`Search index: ${outcome.stopped ? `Pagefind stopped: ${outcome.stopped}` : explain(outcome.error)}`);
}

async function writeIndex(site: string): Promise<IndexResult> {
  const started = performance.now();
  const bundle = path.join(site, SEARCH_BUNDLE);
  // The index is written over the previous bundle (much cheaper than creating every file
  // again) and what this run did not produce is pruned, so no stale page lingers.
  const before = isKnownBundleLayout(bundle) ? snapshotBundle(bundle) : undefined;
  if (!before) rmSync(bundle, { recursive: true, force: true });
  try {
    const created = await pagefind.createIndex({});
    if (!created.index) fail("start Pagefind", site, created.errors);
    const added = await created.index.addDirectory({ path: site });
    if (added.errors.length) fail("read the pages", site, added.errors);
    const write = async () => {
      const written = await created.index!.writeFiles({ outputPath: bundle });
      if (written.errors.length) fail("write the index", site, written.errors);
    };
    await write();
    try {
      pruneBundle(bundle, before ?? new Map());
    } catch (error) {
      if (!(error instanceof UnknownBundleError)) throw error;
      // A layout this code does not know: start from an empty folder instead.
      rmSync(bundle, { recursive: true, force: true });
      await write();
    }
    return {
      pages: indexedPages(bundle),
      ...bundleSizes(bundle),
      milliseconds: Math.round(performance.now() - started),
      bundle,
    };
  } finally {
    await pagefind.close();
  }
}

const size = (bytes: number) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.round(bytes / 1e3)} kB`);

/** `Search index: 18 pages, 66 kB (bundle 705 kB), 47 ms`. */
export function describeIndex(result: IndexResult): string {
  const pages = `${result.pages} ${result.pages === 1 ? "page" : "pages"}`;
  return `Search index: ${pages}, ${size(result.indexBytes)} (bundle ${size(result.bytes)}), ${result.milliseconds} ms`;
}
