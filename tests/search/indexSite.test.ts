// Indexing a built folder, and what people see when it cannot be done.
import { describe, expect, it, vi } from "vitest";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describeIndex, indexSite, SearchIndexError } from "../../src/search/indexSite.ts";
import { referencedFiles, UnknownBundleError } from "../../src/search/bundle.ts";
import { tempDir } from "../helpers/tempDir.ts";

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

describe("indexSite", () => {
  it("indexes only the pages marked for search and replaces any earlier bundle", async () => {
    const dir = site({ "a/index.html": page("<p>alpha</p>"), "b/index.html": page("<p>beta</p>", false) });
    mkdirSync(path.join(dir, "pagefind/fragment"), { recursive: true });
    writeFileSync(path.join(dir, "pagefind/fragment/stale.pf_fragment"), "old");
    const result = await indexSite(dir);
    expect(result.pages).toBe(1);
    expect(result.bytes).toBeGreaterThan(result.indexBytes);
    expect(existsSync(path.join(dir, "pagefind/pagefind.js"))).toBe(true);
    expect(existsSync(path.join(dir, "pagefind/fragment/stale.pf_fragment"))).toBe(false);
  });

  /** Every file of the bundle with its bytes, by relative path. */
  const bundleOf = (dir: string) =>
    Object.fromEntries(
      readdirSync(path.join(dir, "pagefind"), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => {
          const file = path.join(entry.parentPath, entry.name);
          return [path.relative(path.join(dir, "pagefind"), file), readFileSync(file).toString("base64")];
        })
        .sort((x, y) => (String(x[0]) < String(y[0]) ? -1 : 1)),
    );

  it("written over an earlier bundle, gives exactly the files of a fresh one (no page that is gone lingers)", async () => {
    const dir = site({
      "a/index.html": page("<p>alpha apple</p>"),
      "b/index.html": page("<p>bravo banana, a draft that was previewed</p>"),
      "c/index.html": page('<p data-pagefind-filter="kind">notes</p><p>charlie cherry</p>'),
    });
    await indexSite(dir);
    const before = bundleOf(dir);
    rmSync(path.join(dir, "b"), { recursive: true });
    writeFileSync(path.join(dir, "c/index.html"), page('<p data-pagefind-filter="kind">guide</p><p>charlie changed</p>'));
    mkdirSync(path.join(dir, "d"));
    writeFileSync(path.join(dir, "d/index.html"), page("<p>delta date</p>"));
    const fresh = tempDir("community-notes-index-fresh-");
    for (const name of ["a", "c", "d"]) cpSync(path.join(dir, name), path.join(fresh, name), { recursive: true });

    await indexSite(dir);
    await indexSite(fresh);
    const reused = bundleOf(dir);
    expect(reused).toEqual(bundleOf(fresh));
    // The previewed draft's text was in a fragment of the first bundle, and is in none now.
    const withDraft = Object.entries(before).filter(([name]) => name.startsWith("fragment/"));
    expect(withDraft.length).toBe(3);
    expect(Object.keys(reused).filter((name) => name.startsWith("fragment/"))).toHaveLength(3);
    expect(Object.keys(before).some((name) => !(name in reused))).toBe(true);
  });

  it("starts from an empty folder when the bundle holds something it does not know", async () => {
    const dir = site({ "a/index.html": page("<p>alpha</p>") });
    mkdirSync(path.join(dir, "pagefind/unknown"), { recursive: true });
    writeFileSync(path.join(dir, "pagefind/unknown/x.bin"), "?");
    await indexSite(dir);
    expect(existsSync(path.join(dir, "pagefind/unknown"))).toBe(false);
    expect(existsSync(path.join(dir, "pagefind/pagefind.js"))).toBe(true);
  });

  it("names every file Pagefind's metadata refers to, and refuses metadata it cannot read", async () => {
    const dir = site({ "a/index.html": page("<p>alpha</p>"), "b/index.html": page('<p data-pagefind-filter="kind">x</p>') });
    await indexSite(dir);
    const bundle = path.join(dir, "pagefind");
    const named = [...referencedFiles(bundle)].sort();
    expect(named.filter((file) => file.startsWith("fragment/"))).toHaveLength(2);
    expect(named.some((file) => file.startsWith("index/"))).toBe(true);
    expect(named.some((file) => file.startsWith("filter/"))).toBe(true);
    expect(named.filter((file) => file.endsWith(".pf_meta"))).toHaveLength(1);
    const meta = named.find((file) => file.endsWith(".pf_meta"))!;
    writeFileSync(path.join(bundle, meta), "not gzip");
    expect(() => referencedFiles(bundle)).toThrow(UnknownBundleError);
  });

  it("says what to do when Pagefind's program is missing, without a stack trace", async () => {
    const dir = site({ "a/index.html": page("<p>alpha</p>") });
    const arch = process.env.npm_config_arch;
    const errors: unknown[][] = [];
    const spy = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void errors.push(args));
    // Pagefind looks for @pagefind/<platform>-<arch>; no package exists for this one.
    process.env.npm_config_arch = "no-such-arch";
    try {
      await expect(indexSite(dir)).rejects.toThrow(/^Search index: the Pagefind program for .+ is not installed\. Run `npm ci`/);
    } finally {
      if (arch === undefined) delete process.env.npm_config_arch;
      else process.env.npm_config_arch = arch;
      spy.mockRestore();
    }
    expect(errors).toEqual([]);
  });

  it("says plainly when there is no site to index", async () => {
    const missing = path.join(tmpdir(), "community-notes-no-such-site");
    await expect(indexSite(missing)).rejects.toThrow(SearchIndexError);
    await expect(indexSite(missing)).rejects.toThrow(`Search index: the built site ${missing} does not exist.`);
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
