// Finding, checking and running Pagefind's command-line program, and the messages it leads to.
import { describe, expect, it } from "vitest";
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  checkPagefindVersion,
  findPagefind,
  indexSite,
  pagefindFailure,
  readPagefindPackage,
  SearchIndexError,
} from "../../src/search/indexSite.ts";
import { tempDir } from "../helpers/tempDir.ts";

/** A copy of the installed pagefind package (its wrapper scripts, not its platform program). */
function copyOfPagefind(edit: (manifest: Record<string, unknown>) => void = () => {}): string {
  const installed = findPagefind();
  const copy = path.join(tempDir("community-notes-pagefind-"), "pagefind");
  mkdirSync(copy);
  cpSync(path.join(installed, "lib"), path.join(copy, "lib"), { recursive: true });
  const manifest = JSON.parse(readFileSync(path.join(installed, "package.json"), "utf8")) as Record<string, unknown>;
  edit(manifest);
  writeFileSync(path.join(copy, "package.json"), JSON.stringify(manifest));
  return copy;
}

function site(): string {
  const dir = tempDir("community-notes-index-");
  writeFileSync(path.join(dir, "index.html"), '<!doctype html><html lang="en"><body><main data-pagefind-body><h1>A</h1><p>alpha</p></main></body></html>');
  return dir;
}

describe("findPagefind", () => {
  it("finds the installed package, a supported version with its program", () => {
    const found = readPagefindPackage(findPagefind());
    expect(found.version).toMatch(/^1\./);
    expect(found.bin).toBe(path.join(found.folder, "lib/runner/bin.cjs"));
  });
});

describe("checkPagefindVersion", () => {
  it("accepts Pagefind 1.x", () => {
    for (const version of ["1.6.0", "1.0.0", "1.12.3-beta.1"]) expect(() => checkPagefindVersion(version)).not.toThrow();
  });

  it("refuses any other version, saying which was found and which is supported", () => {
    expect(() => checkPagefindVersion("2.0.0")).toThrow(SearchIndexError);
    expect(() => checkPagefindVersion("2.0.0")).toThrow(/^Search index: found Pagefind 2\.0\.0, but only Pagefind 1\.x is supported\./);
    expect(() => checkPagefindVersion("0.12.0")).toThrow(/found Pagefind 0\.12\.0/);
    expect(() => checkPagefindVersion("")).toThrow(/found Pagefind \(no version\)/);
    expect(() => checkPagefindVersion("one")).toThrow(/found Pagefind one/);
  });

  it("is applied to the package that would run, before anything is written", () => {
    const dir = site();
    const newer = copyOfPagefind((manifest) => (manifest.version = "2.0.0"));
    return expect(indexSite(dir, { pagefind: newer })).rejects.toThrow(/^Search index: found Pagefind 2\.0\.0/);
  });
});

describe("pagefindFailure", () => {
  it("gives the exit code and the last error Pagefind reported, on one line", () => {
    const report = "Error: Pagefind was not able to build an index. \nMost likely, the directory was empty.\n";
    expect(pagefindFailure(1, null, `Error: something earlier\n${report}${report}`)).toBe(
      "Search index: Pagefind exited with code 1: Pagefind was not able to build an index. Most likely, the directory was empty.",
    );
    expect(pagefindFailure(3, null, "\n  thread 'main' panicked\n\n", "Running Pagefind\n")).toBe("Search index: Pagefind exited with code 3: thread 'main' panicked");
    expect(pagefindFailure(2, null, "", "Running Pagefind\nsome warning\n")).toBe("Search index: Pagefind exited with code 2: some warning");
    expect(pagefindFailure(null, "SIGTERM", "")).toBe("Search index: Pagefind was stopped by SIGTERM.");
  });

  it("says what to do when the program for this platform is missing", () => {
    const wrapper = [
      "Failed to run pagefind via the npx wrapper: Error: Failed to install either of [pagefind_extended, pagefind]. Most likely the platform linux-riscv64 is not yet a supported architecture.",
      "Please open an issue at https://github.com/pagefind/pagefind and paste this error message in full.",
    ].join("\n");
    expect(pagefindFailure(1, null, wrapper)).toBe(
      "Search index: the Pagefind program for linux-riscv64 is not installed. Run `npm ci` (it comes with the optional dependency @pagefind/linux-riscv64).",
    );
  });

  it("is what a run without the platform program rejects with", { timeout: 60_000 }, async () => {
    // The copy sits where no node_modules/@pagefind/<platform> can be found from it.
    const failure = indexSite(site(), { pagefind: copyOfPagefind() });
    await expect(failure).rejects.toThrow(SearchIndexError);
    await expect(failure).rejects.toThrow(/^Search index: the Pagefind program for .+ is not installed\. Run `npm ci`[^\n]*$/);
  });
});

describe("readPagefindPackage", () => {
  it("says which package is unusable, and why", () => {
    const noBin = copyOfPagefind((manifest) => delete manifest.bin);
    expect(() => readPagefindPackage(noBin)).toThrow(`Search index: ${path.join(noBin, "package.json")} names no pagefind program (its "bin").`);
    const gone = copyOfPagefind((manifest) => (manifest.bin = "lib/runner/gone.cjs"));
    expect(() => readPagefindPackage(gone)).toThrow(/^Search index: the Pagefind program .+gone\.cjs is missing\. Run `npm ci`\.$/);
    expect(() => readPagefindPackage(path.dirname(gone))).toThrow(/^Search index: cannot read .+package\.json: /);
  });
});
