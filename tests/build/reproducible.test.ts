/**
 * Reproducible builds: the same commit built twice, in different folders, at different
 * times and in different time zones, gives byte-identical `_site` trees. What is built is
 * the fixture site (tests/fixtures/e2e-site) with the fixture settings, by `npm run build`.
 */
import { describe, expect, test } from "vitest";
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { configWithSettings, projectRoot } from "../helpers/fixtureSite.ts";
import { tempDir } from "../helpers/tempDir.ts";
import { tree } from "../helpers/trees.ts";

const SITE = "tests/fixtures/e2e-site";
const PROJECT_FILES = [".eleventy.ts", "package.json", "tsconfig.json", "src", "_includes", "_data", "assets", SITE];

/** A checkout of the project in a new folder: a git clone of HEAD when possible, else a copy. */
function checkout(): string {
  const dir = tempDir("community-notes-repro-");
  const target = path.join(dir, "project");
  if (existsSync(path.join(projectRoot, ".git"))) {
    execFileSync("git", ["clone", "--quiet", projectRoot, target]);
  } else {
    for (const part of PROJECT_FILES) cpSync(path.join(projectRoot, part), path.join(target, part), { recursive: true });
  }
  symlinkSync(path.join(projectRoot, "node_modules"), path.join(target, "node_modules"), "dir");
  // The checkout's own plugin and layouts, with the fixture settings.
  configWithSettings(target, {}, "fixture.eleventy.ts", target);
  return target;
}

function build(project: string, timeZone: string): void {
  // What `npm run build` runs.
  execFileSync(process.execPath, ["src/cli/run.mjs", "build.ts", "--quiet", "--config", "fixture.eleventy.ts", "--input", SITE, "--output", "_site"], {
    cwd: project,
    env: { ...process.env, TZ: timeZone, SITE_PATH_PREFIX: "", SITE_URL: "" },
    stdio: "pipe",
  });
}

describe("reproducible builds", () => {
  test("two checkouts built at different times and in different time zones are byte-identical, and so is a build over an earlier output", async () => {
    const first = checkout();
    const second = checkout();
    build(first, "UTC");
    await new Promise((resolve) => setTimeout(resolve, 1100));
    build(second, "Pacific/Auckland");

    const a = tree(path.join(first, "_site"));
    const b = tree(path.join(second, "_site"));
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    const different = [...a.keys()].filter((file) => !a.get(file)?.equals(b.get(file) ?? Buffer.alloc(0)));
    expect(different).toEqual([]);
    // Nothing from either checkout's location leaks into the output.
    for (const [file, bytes] of a) {
      expect(bytes.includes(Buffer.from(path.dirname(first))), file).toBe(false);
    }
    expect(a.size).toBeGreaterThan(40);
    // "Last updated" is the file's last commit, read from the clone's history.
    const committed = execFileSync("git", ["log", "-1", "--format=%cI", "--", `${SITE}/about.md`], { cwd: first, encoding: "utf8" }).trim();
    expect(committed).not.toBe("");
    expect(a.get("about/index.html")?.toString()).toContain(`Last updated <time datetime="${committed}">`);

    // A build over an earlier output (here, one with a page whose file has since been
    // deleted) leaves the same tree as a fresh build: nothing of the old page lingers.
    const extra = path.join(first, SITE, "guides/temporary-guide.md");
    writeFileSync(extra, "---\ntitle: A temporary guide\n---\n\nThis guide is about to be deleted.\n");
    build(first, "UTC");
    const withExtra = tree(path.join(first, "_site"));
    expect(withExtra.has("guides/temporary-guide/index.html")).toBe(true);
    const fragments = (files: Map<string, Buffer>) => [...files.keys()].filter((file) => file.includes("/fragment/")).length;
    expect(fragments(withExtra)).toBe(fragments(a) + 1);
    rmSync(extra);
    build(first, "UTC");
    const rebuilt = tree(path.join(first, "_site"));
    expect([...rebuilt.keys()].sort()).toEqual([...b.keys()].sort());
    expect([...rebuilt.keys()].filter((file) => !rebuilt.get(file)?.equals(b.get(file) ?? Buffer.alloc(0)))).toEqual([]);
  }, 180_000);
});
