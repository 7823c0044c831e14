/**
 * Indexes a built site with Pagefind: reads every HTML file under the output folder and
 * writes the search bundle (index, UI script and styles) to `<output>/pagefind/`.
 * What gets indexed is decided by the layouts (`data-pagefind-body` on indexed pages only),
 * so this step needs no configuration of its own.
 *
 * Pagefind runs as its own command-line program (the package's `bin`), in a child process
 * whose output is kept: nothing is printed when it succeeds, and a failure becomes one
 * `SearchIndexError` line. Every run starts from an empty bundle folder, so no page that is
 * gone can linger in the index.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The folder of the output that belongs to the search bundle, and its URL path. */
export const SEARCH_BUNDLE = "pagefind";

/** The major version of Pagefind whose command-line flags and bundle layout this code knows. */
export const SUPPORTED_PAGEFIND_MAJOR = 1;

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

export interface IndexOptions {
  /** The folder of the `pagefind` package to run; by default the one installed with this tool. */
  pagefind?: string;
}

/** An indexing failure, with a message meant for people rather than a stack trace. */
export class SearchIndexError extends Error {
  override name = "SearchIndexError";
}

/** What this code needs of the installed `pagefind` package. */
export interface PagefindPackage {
  folder: string;
  version: string;
  /** The absolute path of its command-line program (the package's `bin`). */
  bin: string;
}

/**
 * The folder of the installed `pagefind` package. Its `exports` do not include
 * `package.json`, so it is found from the module the package does export.
 */
export function findPagefind(): string {
  let entry: string;
  try {
    entry = fileURLToPath(import.meta.resolve("pagefind"));
  } catch {
    throw new SearchIndexError("Search index: the pagefind package is not installed. Run `npm ci`.");
  }
  for (let folder = path.dirname(entry); ; folder = path.dirname(folder)) {
    if (packageName(path.join(folder, "package.json")) === "pagefind") return folder;
    if (path.dirname(folder) === folder) throw new SearchIndexError(`Search index: cannot find the package.json of pagefind above ${entry}.`);
  }
}

function packageName(file: string): unknown {
  if (!existsSync(file)) return undefined;
  try {
    return (JSON.parse(readFileSync(file, "utf8")) as { name?: unknown }).name;
  } catch {
    return undefined;
  }
}

/** Throws unless `version` is a Pagefind release this code supports (1.x). */
export function checkPagefindVersion(version: string): void {
  const major = /^v?(\d+)\.\d+\.\d+/.exec(version)?.[1];
  if (major === undefined || Number(major) !== SUPPORTED_PAGEFIND_MAJOR) {
    throw new SearchIndexError(
      `Search index: found Pagefind ${version || "(no version)"}, but only Pagefind ${SUPPORTED_PAGEFIND_MAJOR}.x is supported. Install the version in package.json with \`npm ci\`.`,
    );
  }
}

/** Reads and checks the package in `folder`: a supported version with its program in place. */
export function readPagefindPackage(folder: string): PagefindPackage {
  const file = path.join(folder, "package.json");
  let manifest: { version?: unknown; bin?: unknown };
  try {
    manifest = JSON.parse(readFileSync(file, "utf8")) as typeof manifest;
  } catch (error) {
    throw new SearchIndexError(`Search index: cannot read ${file}: ${(error as Error).message.split("\n")[0]}`);
  }
  const version = typeof manifest.version === "string" ? manifest.version : "";
  checkPagefindVersion(version);
  // `bin` is a path, or (the other form npm allows) an object of command names to paths.
  const bin = typeof manifest.bin === "string" ? manifest.bin : (manifest.bin as Record<string, unknown> | undefined)?.pagefind;
  if (typeof bin !== "string") throw new SearchIndexError(`Search index: ${file} names no pagefind program (its "bin").`);
  const program = path.resolve(folder, bin);
  if (!existsSync(program)) throw new SearchIndexError(`Search index: the Pagefind program ${program} is missing. Run \`npm ci\`.`);
  return { folder, version, bin: program };
}

/** What Pagefind's npm wrapper prints when the program for this platform is not installed. */
const MISSING_BINARY = /Failed to install either of/;
const MISSING_PLATFORM = /the platform (\S+) is not yet a supported architecture/;

/** The last error Pagefind reported: from its last `Error:` line to the end of that report, on one line. */
function lastError(text: string): string | undefined {
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  const start = lines.findLastIndex((line) => /^Error:/.test(line));
  if (start < 0) return lines.at(-1);
  const report = lines.slice(start);
  const next = report.findIndex((line, index) => index > 0 && /^Error:/.test(line));
  return (next < 0 ? report : report.slice(0, next)).join(" ").replace(/^Error:\s*/, "");
}

/**
 * The one-line message for a Pagefind run that failed: its exit code (or the signal that
 * stopped it) and the last error it printed. Pagefind's long report of a missing program
 * for this platform becomes what to do about it.
 */
export function pagefindFailure(code: number | null, signal: NodeJS.Signals | null, stderr: string, stdout = ""): string {
  if (MISSING_BINARY.test(stderr)) {
    const platform = MISSING_PLATFORM.exec(stderr)?.[1] ?? `${process.platform === "win32" ? "windows" : process.platform}-${process.arch}`;
    return `Search index: the Pagefind program for ${platform} is not installed. Run \`npm ci\` (it comes with the optional dependency @pagefind/${platform}).`;
  }
  const said = lastError(stderr) ?? lastError(stdout);
  const how = code === null ? `was stopped by ${signal ?? "a signal"}` : `exited with code ${code}`;
  return `Search index: Pagefind ${how}${said ? `: ${said}` : "."}`;
}

/** Keeps the end of a stream's output: errors come last, and a big site's log is long. */
const KEEP = 64 * 1024;

/** Runs Pagefind's program on `site`; resolves when it succeeded, printing nothing. */
function runPagefind(pagefind: PagefindPackage, site: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [pagefind.bin, "--site", site, "--output-subdir", SEARCH_BUNDLE], {
      // Pagefind reads a pagefind.{json,yml,toml} from its working folder; its own package
      // folder has none, so a stray one in the project cannot change what is indexed.
      cwd: pagefind.folder,
      stdio: ["ignore", "pipe", "pipe"],
      windowsHide: true,
    });
    const output = { stdout: "", stderr: "" };
    for (const stream of ["stdout", "stderr"] as const) {
      child[stream].setEncoding("utf8");
      child[stream].on("data", (chunk: string) => (output[stream] = (output[stream] + chunk).slice(-KEEP)));
    }
    child.on("error", (error) => reject(new SearchIndexError(`Search index: could not start Pagefind: ${error.message}`)));
    child.on("close", (code, signal) => {
      if (code === 0) resolve();
      else reject(new SearchIndexError(pagefindFailure(code, signal, output.stderr, output.stdout)));
    });
  });
}

/** Pages indexed, per Pagefind's own entry file. */
function indexedPages(bundle: string): number {
  const file = path.join(bundle, "pagefind-entry.json");
  try {
    const entry = JSON.parse(readFileSync(file, "utf8")) as { languages?: Record<string, { page_count?: number }> };
    return Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
  } catch (error) {
    throw new SearchIndexError(`Search index: Pagefind finished, but ${file} cannot be read: ${(error as Error).message.split("\n")[0]}`);
  }
}

/**
 * Bytes of the whole bundle, and of its index alone: the chunks (`index/`), fragments
 * (`fragment/`), filters (`filter/`) and the `.pf_meta` metadata; not the UI scripts and
 * styles at the top. A bundle that does not exist has no bytes.
 */
export function bundleSizes(bundle: string): { bytes: number; indexBytes: number } {
  const sizes = { bytes: 0, indexBytes: 0 };
  if (!existsSync(bundle)) return sizes;
  for (const entry of readdirSync(bundle, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const size = statSync(path.join(entry.parentPath, entry.name)).size;
    sizes.bytes += size;
    const atTop = path.relative(bundle, entry.parentPath) === "";
    if (!atTop || entry.name.endsWith(".pf_meta")) sizes.indexBytes += size;
  }
  return sizes;
}

/** Writes a fresh search bundle for the built site in `output`, and sums it up. */
export async function indexSite(output: string, options: IndexOptions = {}): Promise<IndexResult> {
  const started = performance.now();
  const site = path.resolve(output);
  if (!existsSync(site)) throw new SearchIndexError(`Search index: the built site ${site} does not exist.`);
  if (!statSync(site).isDirectory()) throw new SearchIndexError(`Search index: the built site ${site} is not a folder.`);
  const pagefind = readPagefindPackage(options.pagefind ?? findPagefind());
  const bundle = path.join(site, SEARCH_BUNDLE);
  rmSync(bundle, { recursive: true, force: true });
  await runPagefind(pagefind, site);
  return {
    pages: indexedPages(bundle),
    ...bundleSizes(bundle),
    milliseconds: Math.round(performance.now() - started),
    bundle,
  };
}

const size = (bytes: number) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.round(bytes / 1e3)} kB`);

/** `Search index: 18 pages, 66 kB (bundle 705 kB), 47 ms`. */
export function describeIndex(result: IndexResult): string {
  const pages = `${result.pages} ${result.pages === 1 ? "page" : "pages"}`;
  return `Search index: ${pages}, ${size(result.indexBytes)} (bundle ${size(result.bytes)}), ${result.milliseconds} ms`;
}
