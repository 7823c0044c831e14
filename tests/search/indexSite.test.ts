// Indexing a built folder with Pagefind's program, and what people see when it cannot be done.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { bundleSizes, describeIndex, indexSite, SearchIndexError } from "../../src/search/indexSite.ts";
import { loadSiteSearch } from "./pagefindNode.ts";
import { tempDir } from "../helpers/tempDir.ts";

/** Each test that runs Pagefind starts a process: slow on a busy two-core machine. */
const PAGEFIND = { timeout: 60_000 };

function site(pages: Record<string, string>): string {
  const dir = tempDir("community-notes-index-");
  for (const [name, html] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), html);
  }
  return dir;
}

const page = (body: string, marked = true) =>
  `<!doctype html><html lang="en-GB"><head><title>t</title></head><body><main${marked ? " data-pagefind-body" : ""}><h1>Title</h1>${body}</main></body></html>`;

/** The bundle's files, as sorted paths relative to it (`fragment/….pf_fragment`). */
const filesOf = (dir: string) =>
  readdirSync(path.join(dir, "pagefind"), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(path.join(dir, "pagefind"), path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();

/** Whatever reaches the console while a test runs: indexing should add nothing to it. */
let printed: unknown[][] = [];
beforeEach(() => {
  printed = [];
  for (const method of ["log", "info", "warn", "error"] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void printed.push(args));
  }
});
afterEach(() => vi.restoreAllMocks());

describe("indexSite", () => {
  it("indexes only the pages marked for search, into a fresh bundle, printing nothing", PAGEFIND, async () => {
    const dir = site({ "a/index.html": page("<p>alpha</p>"), "b/index.html": page("<p>beta</p>", false), "c/index.html": page("<p>gamma</p>") });
    // Left from an earlier run, or by something else: none of it survives.
    mkdirSync(path.join(dir, "pagefind/fragment"), { recursive: true });
    writeFileSync(path.join(dir, "pagefind/fragment/stale.pf_fragment"), "old");
    mkdirSync(path.join(dir, "pagefind/unknown"));
    writeFileSync(path.join(dir, "pagefind/unknown/x.bin"), "?");

    const result = await indexSite(dir);
    expect(result.pages).toBe(2);
    expect(result.bundle).toBe(path.join(dir, "pagefind"));
    const files = filesOf(dir);
    expect(files).toContain("pagefind-entry.json");
    expect(files).toContain("pagefind.js");
    expect(files).not.toContain("fragment/stale.pf_fragment");
    expect(existsSync(path.join(dir, "pagefind/unknown"))).toBe(false);
    expect(result).toMatchObject(bundleSizes(result.bundle));
    expect(result.indexBytes).toBeGreaterThan(0);
    expect(result.bytes).toBeGreaterThan(result.indexBytes);
    expect(printed).toEqual([]);
  });

  it("run again after a page is deleted, gives the bundle a fresh run would, without that page", PAGEFIND, async () => {
    const dir = site({
      "a/index.html": page("<p>alpha apple</p>"),
      "b/index.html": page("<p>bravo banana, a draft that was previewed</p>"),
      "c/index.html": page('<p data-pagefind-filter="kind">notes</p><p>charlie cherry</p>'),
    });
    const first = await indexSite(dir);
    expect(first.pages).toBe(3);
    const before = filesOf(dir);
    expect(await (await loadSiteSearch(dir)).search("banana")).toHaveLength(1);

    rmSync(path.join(dir, "b"), { recursive: true });
    const fresh = tempDir("community-notes-index-fresh-");
    for (const name of ["a", "c"]) cpSync(path.join(dir, name), path.join(fresh, name), { recursive: true });
    const again = await indexSite(dir);
    await indexSite(fresh);

    expect(again.pages).toBe(2);
    const after = filesOf(dir);
    expect(after).toEqual(filesOf(fresh));
    // The deleted page's fragment was in the first bundle, and is not in this one.
    const fragments = (files: string[]) => files.filter((file) => file.startsWith("fragment/"));
    expect(fragments(before)).toHaveLength(3);
    expect(fragments(after)).toHaveLength(2);
    expect(fragments(before).filter((file) => !after.includes(file))).toHaveLength(1);
    expect(await (await loadSiteSearch(dir)).search("banana")).toEqual([]);
    expect(printed).toEqual([]);
  });

  it("rejects with one line from Pagefind when it cannot index the site", PAGEFIND, async () => {
    const empty = tempDir("community-notes-index-empty-");
    const failure = indexSite(empty);
    await expect(failure).rejects.toThrow(SearchIndexError);
    await expect(failure).rejects.toThrow(/^Search index: Pagefind exited with code 1: Pagefind was not able to build an index\.[^\n]*$/);
    expect(printed).toEqual([]);
  });

  it("says plainly when there is no site to index", async () => {
    const missing = path.join(tmpdir(), "community-notes-no-such-site");
    await expect(indexSite(missing)).rejects.toThrow(SearchIndexError);
    await expect(indexSite(missing)).rejects.toThrow(new SearchIndexError(`Search index: the built site ${missing} does not exist.`));
    const file = path.join(tempDir("community-notes-index-file-"), "index.html");
    writeFileSync(file, page("<p>alpha</p>"));
    await expect(indexSite(file)).rejects.toThrow(`Search index: the built site ${file} is not a folder.`);
  });
});

describe("bundleSizes", () => {
  it("counts every file in the bundle, and as index the chunks, fragments, filters and metadata", () => {
    const bundle = site({
      "pagefind.js": "x".repeat(100),
      "pagefind-ui.css": "x".repeat(50),
      "pagefind-entry.json": "x".repeat(20),
      "pagefind.en_1234.pf_meta": "x".repeat(7),
      "index/en_1.pf_index": "x".repeat(30),
      "fragment/en_2.pf_fragment": "x".repeat(40),
      "filter/en_3.pf_filter": "x".repeat(5),
    });
    expect(bundleSizes(bundle)).toEqual({ bytes: 252, indexBytes: 82 });
    expect(bundleSizes(path.join(bundle, "no-such-bundle"))).toEqual({ bytes: 0, indexBytes: 0 });
  });
});

describe("describeIndex", () => {
  it("sums up pages, sizes and time on one line", () => {
    expect(describeIndex({ pages: 18, indexBytes: 68_400, bytes: 707_000, milliseconds: 60, bundle: "_site/pagefind" })).toBe(
      "Search index: 18 pages, 68 kB (bundle 707 kB), 60 ms",
    );
    expect(describeIndex({ pages: 1, indexBytes: 1_500_000, bytes: 2_100_000, milliseconds: 900, bundle: "x" })).toBe(
      "Search index: 1 page, 1.5 MB (bundle 2.1 MB), 900 ms",
    );
  });
});
