/**
 * Builds a fixture site with the project's real configuration: fixture files are written
 * into a temporary `content/` (with the project's folder defaults, the `*.11tydata.json`
 * files), Eleventy runs programmatically, and the output is read back for assertions.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import Eleventy from "@11ty/eleventy";
import { parse, type HTMLElement } from "node-html-parser";
import { tempDir } from "../helpers/tempDir.ts";
import { reportErrorsWith, trackWrites } from "../../src/eleventy/adapter.ts";
import { deferSearchIndex } from "../../src/eleventy/search.ts";
import type { SiteInput } from "../../src/site/settings.ts";

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

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

function copyFolderDefaults(from: string, to: string): void {
  for (const entry of readdirSync(from, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith(".11tydata.json")) {
      const source = path.join(entry.parentPath, entry.name);
      const target = path.join(to, path.relative(from, source));
      mkdirSync(path.dirname(target), { recursive: true });
      cpSync(source, target);
    }
  }
}

function outputPathFor(output: string, urlPath: string): string {
  const clean = urlPath.replace(/^\/+/, "");
  return path.join(output, clean.endsWith("/") || clean === "" ? `${clean}index.html` : clean);
}

/**
 * The project's configuration with some site settings changed: a config file of the fixture's
 * own that does what `.eleventy.ts` does, with the demo's settings and `site` on top.
 */
export function configWithSettings(dir: string, site: Partial<SiteInput>, name = "eleventy.config.ts"): string {
  const from = (file: string) => JSON.stringify(pathToFileURL(path.join(projectRoot, file)).href);
  const config = path.join(dir, name);
  writeFileSync(
    config,
    `import communityNotes from ${from("src/plugin.ts")};
import { projectDirectories } from ${from("src/eleventy/directories.ts")};
import site from ${from("_data/site.ts")};

export default function (eleventyConfig) {
  const dirs = projectDirectories(${JSON.stringify(projectRoot)}, eleventyConfig.directories.input);
  eleventyConfig.setInputDirectory(dirs.input);
  eleventyConfig.setIncludesDirectory(dirs.includes);
  eleventyConfig.setDataDirectory(dirs.data);
  eleventyConfig.addPlugin(communityNotes, { site: { ...site, ...${JSON.stringify(site)} } });
}
`,
  );
  return config;
}

type BuildOptions = { pathPrefix?: string; runMode?: "build" | "serve"; defaults?: boolean; site?: Partial<SiteInput> };

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
  if (options.defaults !== false) copyFolderDefaults(path.join(projectRoot, "content"), input);
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
    configPath: options.site ? configWithSettings(dir, options.site) : path.join(projectRoot, ".eleventy.ts"),
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
