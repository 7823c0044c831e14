/**
 * Content anywhere: nothing depends on a folder named `content`, or on where the content is.
 * The fixture site (tests/fixtures/e2e-site, inside the repository) and a copy of it in a
 * folder of another name, outside the repository, built with `--input` (and the fixture
 * settings, `--config`), give the same site, and the copy checks clean with `--content`.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { spawnSync } from "node:child_process";
import { cpSync, readFileSync } from "node:fs";
import path from "node:path";
import { configWithSettings, FIXTURE_SITE, projectRoot } from "../helpers/fixtureSite.ts";
import { runCheck } from "../../src/cli/check.ts";
import { tempDir } from "../helpers/tempDir.ts";
import { tree, treeDifferences } from "../helpers/trees.ts";

function build(output: string, ...args: string[]): void {
  // What `npm run build` runs.
  const run = spawnSync(process.execPath, ["src/cli/run.mjs", "build.ts", "--quiet", "--output", output, ...args], {
    cwd: projectRoot,
    encoding: "utf8",
    timeout: 150_000,
    env: { ...process.env, SITE_PATH_PREFIX: "", SITE_URL: "" },
  });
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
}

/**
 * What may differ because the files are somewhere else: the "Last updated" date (the copy has
 * no Git history), the "Edit this page" link and meetings.json's `source` (both name the
 * file's path in the repository: outside it, the path from the content folder, and no link).
 */
function withoutLocation(_file: string, text: string): string {
  return text
    .replace(/<p class="site-footer__updated">[\s\S]*?<\/p>\s*/g, "")
    .replace(/<li><a href="[^"]*\/edit\/[^"]*">Edit this page<\/a><\/li>\s*/g, "")
    .replace(/"source": "(?:tests\/fixtures\/e2e-site\/)?/g, '"source": "');
}

describe("the fixture site copied to a folder of another name, outside the repository", () => {
  let normal = "";
  let elsewhere = "";
  let copy = "";
  let dir = "";
  beforeAll(() => {
    dir = tempDir("community-notes-anywhere-");
    // A project of its own for the copy: the project's configuration with the fixture settings.
    const config = configWithSettings(dir, {}, ".eleventy.ts");
    copy = path.join(dir, "our-notes");
    cpSync(FIXTURE_SITE, copy, { recursive: true });
    normal = path.join(dir, "normal");
    elsewhere = path.join(dir, "elsewhere");
    build(normal, "--config", config, "--input", FIXTURE_SITE);
    build(elsewhere, "--config", config, "--input", copy);
  }, 300_000);

  test("builds the same pages, feeds and data as the fixture inside the repository", () => {
    const a = tree(normal);
    const b = tree(elsewhere);
    const pages = (files: Map<string, Buffer>) => new Map([...files].filter(([file]) => !file.startsWith("pagefind/")));
    expect(a.size).toBeGreaterThan(40);
    expect(treeDifferences(pages(a), pages(b), withoutLocation)).toEqual([]);
    // Only the location-dependent parts were set aside: the rest is byte for byte the same.
    const strictlyDifferent = treeDifferences(pages(a), pages(b));
    expect(strictlyDifferent.every((file) => file.endsWith(".html") || file === "meetings.json")).toBe(true);
    expect(readFileSync(path.join(elsewhere, "feed.xml"))).toEqual(readFileSync(path.join(normal, "feed.xml")));
    // No folder of the build machine is published.
    for (const [file, bytes] of b) expect(bytes.includes(Buffer.from(path.dirname(copy))), file).toBe(false);
  });

  test("indexes as many pages for search", () => {
    const count = (site: string) => (JSON.parse(readFileSync(path.join(site, "pagefind/pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> }).languages;
    expect(count(elsewhere)).toEqual(count(normal));
  });

  test("checks clean with --content", { timeout: 120_000 }, async () => {
    const { code, out } = await runCheck(["--content", copy], dir);
    expect(out).toContain("No problems found");
    expect(code).toBe(0);
  });
});
