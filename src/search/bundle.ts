/**
 * Keeping Pagefind's bundle in place between builds. Creating two thousand small files
 * costs far more than finding them already there, so the index is written over the previous
 * bundle, and what this run did not produce is removed afterwards; the result is the same
 * tree a fresh bundle would be.
 *
 * Pagefind rewrites its fixed files (scripts, styles, `pagefind-entry.json`) on every run,
 * but skips a content-addressed file (fragment, index chunk, filter, metadata) that already
 * exists. So a content-addressed file is current if the current metadata names it, and a
 * fixed file if this run rewrote it.
 */
import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { decode } from "cbor2";

/** Folders of content-addressed files, each with its file extension. */
const HASHED_FOLDERS = { fragment: ".pf_fragment", index: ".pf_index", filter: ".pf_filter" } as const;

/** A bundle this code does not understand (another Pagefind version, say): write it afresh. */
export class UnknownBundleError extends Error {
  override name = "UnknownBundleError";
}

/** The modification time of each file at the top of the bundle (not content-addressed), by name. */
export type BundleSnapshot = Map<string, number>;

function files(bundle: string): string[] {
  if (!existsSync(bundle)) return [];
  return readdirSync(bundle, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(bundle, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));
}

/** Content-addressed: named by its content's hash, so skipped by Pagefind when it exists. */
const isContentAddressed = (file: string) => file.includes("/") || file.endsWith(".pf_meta");

export function snapshotBundle(bundle: string): BundleSnapshot {
  if (!existsSync(bundle)) return new Map();
  return new Map(
    readdirSync(bundle, { withFileTypes: true })
      .filter((entry) => entry.isFile() && !isContentAddressed(entry.name))
      .map((entry) => [entry.name, statSync(path.join(bundle, entry.name)).mtimeMs]),
  );
}

/** True if the folder holds nothing but what `pruneBundle` knows how to account for. */
export function isKnownBundleLayout(bundle: string): boolean {
  if (!existsSync(bundle)) return true;
  return readdirSync(bundle, { withFileTypes: true }).every((entry) => !entry.isDirectory() || entry.name in HASHED_FOLDERS);
}

const asArray = (value: unknown, what: string): unknown[] => {
  if (!Array.isArray(value)) throw new UnknownBundleError(`unexpected ${what} in Pagefind's metadata`);
  return value;
};
const hashAt = (value: unknown, index: number, what: string): string => {
  const hash = asArray(value, what)[index];
  if (typeof hash !== "string" || !/^[\w-]+$/.test(hash)) throw new UnknownBundleError(`unexpected ${what} in Pagefind's metadata`);
  return hash;
};

/**
 * The content-addressed files the bundle's current metadata refers to: for each language its
 * metadata file, and from that its pages' fragments, index chunks and filters.
 * Metadata is gzip of `pagefind_dcd` followed by CBOR: [version, pages [[hash, …]],
 * index chunks [[from, to, hash]], filters [[name, hash]], …].
 */
export function referencedFiles(bundle: string, present: ReadonlySet<string> = new Set(files(bundle))): Set<string> {
  let entry: { languages?: Record<string, { hash?: unknown }> };
  try {
    entry = JSON.parse(readFileSync(path.join(bundle, "pagefind-entry.json"), "utf8")) as typeof entry;
  } catch (error) {
    throw new UnknownBundleError(`cannot read pagefind-entry.json: ${(error as Error).message}`);
  }
  const referenced = new Set<string>();
  for (const language of Object.values(entry.languages ?? {})) {
    if (typeof language.hash !== "string") throw new UnknownBundleError("a language without a hash in pagefind-entry.json");
    const metaFile = `pagefind.${language.hash}.pf_meta`;
    referenced.add(metaFile);
    let meta: unknown[];
    try {
      const bytes = gunzipSync(readFileSync(path.join(bundle, metaFile)));
      const signature = "pagefind_dcd";
      if (bytes.subarray(0, signature.length).toString("latin1") !== signature) throw new Error("no pagefind_dcd signature");
      meta = asArray(decode(bytes.subarray(signature.length)), "layout");
    } catch (error) {
      if (error instanceof UnknownBundleError) throw error;
      throw new UnknownBundleError(`cannot read ${metaFile}: ${(error as Error).message}`);
    }
    for (const page of asArray(meta[1], "page list")) referenced.add(`fragment/${hashAt(page, 0, "page")}${HASHED_FOLDERS.fragment}`);
    for (const chunk of asArray(meta[2], "index chunk list")) referenced.add(`index/${hashAt(chunk, 2, "index chunk")}${HASHED_FOLDERS.index}`);
    for (const filter of asArray(meta[3], "filter list")) referenced.add(`filter/${hashAt(filter, 1, "filter")}${HASHED_FOLDERS.filter}`);
  }
  for (const file of referenced) {
    if (!present.has(file)) throw new UnknownBundleError(`Pagefind's metadata names ${file}, which is not there`);
  }
  return referenced;
}

/**
 * Removes what the run that followed `before` neither rewrote nor refers to, and folders
 * left empty. Returns the removed paths, sorted. Throws UnknownBundleError, having removed
 * nothing, if the bundle is not laid out as expected.
 */
export function pruneBundle(bundle: string, before: BundleSnapshot): string[] {
  if (!isKnownBundleLayout(bundle)) throw new UnknownBundleError("the bundle has folders this version does not know");
  const present = files(bundle);
  const referenced = referencedFiles(bundle, new Set(present));
  const stale = present.filter((file) => {
    if (referenced.has(file)) return false;
    // Content-addressed files are current only if the metadata names them; the others, if
    // this run wrote them (new, or a modification time other than before the run).
    if (isContentAddressed(file)) return true;
    const previous = before.get(file);
    return previous !== undefined && statSync(path.join(bundle, file)).mtimeMs === previous;
  });
  for (const file of stale) rmSync(path.join(bundle, file));
  for (const folder of Object.keys(HASHED_FOLDERS)) {
    const absolute = path.join(bundle, folder);
    if (existsSync(absolute) && readdirSync(absolute).length === 0) rmdirSync(absolute);
  }
  return stale.sort();
}

/**
 * Bytes of the whole bundle, and of its index alone (the content-addressed files: chunks,
 * fragments, filters, metadata; not the UI code that ships with them), in one walk.
 */
export function bundleSizes(bundle: string): { bytes: number; indexBytes: number } {
  const sizes = { bytes: 0, indexBytes: 0 };
  for (const file of files(bundle)) {
    const size = statSync(path.join(bundle, file)).size;
    sizes.bytes += size;
    if (isContentAddressed(file)) sizes.indexBytes += size;
  }
  return sizes;
}
