/**
 * Builds a fixture site as the project's configuration does, with the fixture settings
 * (tests/helpers/fixtureSite.ts), not the demo's: fixture files are written into a temporary
 * `content/` (nothing else: the plugin gives each kind of page its layout), Eleventy runs
 * programmatically, and the output is read back for assertions.
 */
import { mkdirSync, readdirSync, readFileSync, existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { parse, type HTMLElement } from "node-html-parser";
import { tempDir } from "../helpers/tempDir.ts";
import { reportErrorsWith, trackWrites } from "../../src/eleventy/adapter.ts";
import { deferSearchIndex } from "../../src/eleventy/search.ts";
import type { SiteInput } from "../../src/site/settings.ts";
import { configWithSettings, projectRoot } from "../helpers/fixtureSite.ts";

export { configWithSettings, projectRoot };

export interface BuiltSite {
  dir: string;
  output: string;
  /** Raw text of an output file, by URL path (`/blog/x/` → `/blog/x/index.html`). */
  file(urlPath: string): string;
  exists(urlPath: string): boolean;
  html(urlPath: string): HTMLElement;
  /** Every output file, relative to the output folder, sorted. */
  files(): string[];
}

function outputPathFor(output: string, urlPath: string): string {
  const clean = urlPath.replace(/^\/+/, "");
  return path.join(output, clean.endsWith("/") || clean === "" ? `${clean}index.html` : clean);
}

type BuildOptions = { pathPrefix?: string; runMode?: "build" | "serve"; site?: Partial<SiteInput> };

/** A build that may fail: its folders either way, and the error when it failed. */
export interface BuildAttempt {
  dir: string;
  output: string;
  /** What the build threw; undefined when it built. */
  error?: unknown;
  /** Every output file, relative to the output folder, sorted ([] when there is no output folder). */
  files(): string[];
}

export async function attemptBuild(files: Record<string, string | Buffer>, options: BuildOptions = {}): Promise<BuildAttempt> {
  // Removed after the calling test, or after the file's tests when built in a beforeAll.
  const dir = tempDir("community-notes-build-");
  const input = path.join(dir, "content");
  const output = path.join(dir, "_site");
  mkdirSync(input, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    const target = path.join(input, name);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  const listFiles = () =>
    existsSync(output)
      ? readdirSync(output, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => path.relative(output, path.join(entry.parentPath, entry.name)).replace(/\\/g, "/"))
          .sort()
      : [];
  const elev = new Eleventy(input, output, {
    configPath: configWithSettings(dir, options.site),
    quietMode: true,
    runMode: options.runMode ?? "build",
    // Tests index (with indexSite) only the sites they search.
    config: (config: unknown) => deferSearchIndex(config as object),
    ...(options.pathPrefix ? { pathPrefix: options.pathPrefix } : {}),
  });
  // Keep test output clean: failures surface as the error instead.
  reportErrorsWith(elev, () => {});
  try {
    await elev.init();
  } catch (error) {
    return { dir, output, error, files: listFiles };
  }
  // A failed build rejects while Eleventy still writes: wait for its writes before looking.
  const settled = trackWrites(elev);
  try {
    await elev.write();
  } catch (error) {
    await settled();
    return { dir, output, error, files: listFiles };
  }
  return { dir, output, files: listFiles };
}

export async function buildSite(files: Record<string, string | Buffer>, options: BuildOptions = {}): Promise<BuiltSite> {
  const attempt = await attemptBuild(files, options);
  if (attempt.error !== undefined) throw attempt.error;
  const { dir, output } = attempt;
  const file = (urlPath: string) => readFileSync(outputPathFor(output, urlPath), "utf8");
  return {
    dir,
    output,
    file,
    exists: (urlPath) => existsSync(outputPathFor(output, urlPath)),
    // `pre` is parsed as elements (not raw text) so highlighted tokens can be inspected.
    html: (urlPath) => parse(file(urlPath), { blockTextElements: { script: true, style: true } }),
    files: attempt.files,
  };
}

/** Reads a fixture file written in another tool's format, unchanged. */
export function fixture(name: string): string {
  return readFileSync(path.join(projectRoot, "tests/fixtures/site", name), "utf8");
}
