// Indexing a built folder, and what people see when it cannot be done.
import { describe, expect, it, vi } from "vitest";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describeIndex, indexSite, SearchIndexError } from "../../src/search/indexSite.ts";

function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "community-notes-index-"));
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
