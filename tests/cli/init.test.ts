/**
 * `community-notes init`: the starter it writes, what it refuses, and that it never
 * overwrites a file. (The package test builds and serves what it writes.)
 */
import { describe, expect, test } from "vitest";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { runInit, sitePackageJson } from "../../src/cli/init.ts";
import { readSettingsFile } from "../../src/site/settingsFile.ts";
import { projectRoot } from "../build/buildSite.ts";
import { tempDir } from "../helpers/tempDir.ts";

const options = { packageRoot: projectRoot, version: "1.2.3", today: new Date("2025-03-06T10:00:00Z"), install: () => 0 };

describe("community-notes init", () => {
  test("writes the starter: settings, content, workflows, Dependabot, CODEOWNERS, .gitignore, README and package.json", () => {
    const cwd = tempDir("init-");
    const result = runInit(["our-community", "--no-install"], cwd, options);
    expect(result.code).toBe(0);
    const site = path.join(cwd, "our-community");
    for (const file of [
      "community-notes.yml",
      "content/index.md",
      "content/special-interest/getting-started/index.md",
      "content/special-interest/getting-started/meetings/2025-03-06.md",
      "content/blog/2025-03-06-welcome.md",
      ".github/workflows/checks.yml",
      ".github/workflows/pages.yml",
      ".github/dependabot.yml",
      ".github/CODEOWNERS",
      ".gitignore",
      "README.md",
      "package.json",
    ]) {
      expect(existsSync(path.join(site, file)), file).toBe(true);
      expect(result.out).toContain(file);
    }
    const pkg = JSON.parse(readFileSync(path.join(site, "package.json"), "utf8"));
    expect(pkg.dependencies).toEqual({ "community-notes": "1.2.3" });
    expect(pkg.scripts.test).toBe("community-notes check && community-notes build --quiet");
    expect(readSettingsFile(path.join(site, "community-notes.yml")).name).toBe("Our community");
    const dependabot = parse(readFileSync(path.join(site, ".github/dependabot.yml"), "utf8"));
    expect(dependabot.updates.map((update: { "package-ecosystem": string }) => update["package-ecosystem"])).toEqual(["npm", "github-actions"]);
    expect(result.out).toMatch(/cd our-community && npm install && npm start/);
  });

  test("takes the community's name, quoted safely in YAML", () => {
    const cwd = tempDir("init-");
    expect(runInit(["--name", 'The "Open" Group: notes', "--no-install"], cwd, options).code).toBe(0);
    expect(readSettingsFile(path.join(cwd, "community-notes.yml")).name).toBe('The "Open" Group: notes');
  });

  test("refuses a folder with files in it, and with --force adds its files next to them without overwriting any", () => {
    const cwd = tempDir("init-");
    writeFileSync(path.join(cwd, "README.md"), "our own readme\n");
    const refused = runInit(["--no-install"], cwd, options);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/^init: \. already has files in it\. .*--force/);
    expect(existsSync(path.join(cwd, "community-notes.yml"))).toBe(false);
    const forced = runInit(["--force", "--no-install"], cwd, options);
    expect(forced.code).toBe(0);
    expect(readFileSync(path.join(cwd, "README.md"), "utf8")).toBe("our own readme\n");
    expect(forced.out).toContain("Left as they were (already there): README.md");
    expect(existsSync(path.join(cwd, "community-notes.yml"))).toBe(true);
  });

  test("runs npm install in the new site unless told not to, and says so when it fails", () => {
    const cwd = tempDir("init-");
    const installed: string[] = [];
    expect(runInit(["site"], cwd, { ...options, install: (dir) => (installed.push(dir), 0) }).code).toBe(0);
    expect(installed).toEqual([path.join(cwd, "site")]);
    const failed = runInit(["other"], cwd, { ...options, install: () => 1 });
    expect(failed).toEqual({ code: 1, out: "init: npm install failed in other; run it there yourself once the problem above is fixed." });
  });

  test("bad usage is one line and exit code 2", () => {
    const cwd = tempDir("init-");
    mkdirSync(path.join(cwd, "a"));
    expect(runInit(["--bogus"], cwd, options)).toEqual({ code: 2, out: "Unknown option '--bogus'. `community-notes init --help` lists what it takes." });
    expect(runInit(["a", "b"], cwd, options).code).toBe(2);
  });

  test("names the site's package after its folder", () => {
    expect(JSON.parse(sitePackageJson("Our Community!", "1.0.0")).name).toBe("our-community");
  });
});
