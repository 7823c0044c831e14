// Where a page may be written: pure functions, with real folders for passthrough sources.
import { describe, expect, test } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { outputProblem, passthroughOutputs, type ReservedOutput } from "../../src/eleventy/outputs.ts";
import { tempDir } from "../helpers/tempDir.ts";

const ASSETS: ReservedOutput[] = [
  { path: "assets", folder: true, owner: "the site's copied files" },
  { path: "CNAME", folder: false, owner: "the site's copied files" },
];

describe("outputProblem", () => {
  const cwd = "/work/site";
  test("pages inside the output folder, and beside its copied files, are fine", () => {
    for (const output of ["./_site/index.html", "_site/blog/x/index.html", "./_site/assets.html", "./_site/assetsx/y.html", "./_site/CNAME.html", "_site/%2e%2e/%2e%2e/y.html"]) {
      expect(outputProblem(output, "_site", ASSETS, cwd), output).toBeUndefined();
    }
  });

  test("a page written above the output folder, or as the folder itself, is refused", () => {
    expect(outputProblem("../x.html", "_site", ASSETS, cwd)).toMatch(/^would be written outside the output folder \(at \.\.\/\.\.\/x\.html, from it\)/);
    expect(outputProblem("./_site/../../../etc/x", "_site", ASSETS, cwd)).toMatch(/at \.\.\/\.\.\/\.\.\/etc\/x, from it/);
    expect(outputProblem("/etc/passwd", "_site", ASSETS, cwd)).toMatch(/outside the output folder/);
    expect(outputProblem("./_site", "_site", ASSETS, cwd)).toMatch(/outside the output folder \(at the folder itself/);
  });

  test("a page written over a copied file or into a copied folder is refused", () => {
    expect(outputProblem("./_site/assets/css/site.css", "_site", ASSETS, cwd)).toBe(
      "would be written to /assets/css/site.css, over the site's copied files (everything under /assets/); give it another `permalink`",
    );
    expect(outputProblem("./_site/assets", "_site", ASSETS, cwd)).toMatch(/over the site's copied files/);
    expect(outputProblem("./_site/CNAME", "_site", ASSETS, cwd)).toMatch(/over the site's copied files \(\/CNAME\)/);
  });
});

describe("passthroughOutputs", () => {
  test("where each kind of addPassthroughCopy entry lands", () => {
    const cwd = tempDir("community-notes-passthrough-");
    mkdirSync(path.join(cwd, "content/images"), { recursive: true });
    mkdirSync(path.join(cwd, "static"), { recursive: true });
    writeFileSync(path.join(cwd, "CNAME"), "example.org");
    writeFileSync(path.join(cwd, "static/robots.txt"), "");
    const reserved = passthroughOutputs(
      {
        // A folder in the input folder lands at its path from there.
        "content/images": { outputPath: true },
        // A file outside it lands at its path from the project.
        CNAME: { outputPath: true },
        // Mapped: where the map says; a file into a folder keeps its name.
        [path.join(cwd, "static")]: { outputPath: "public" },
        "static/robots.txt": { outputPath: "/" },
        // A glob takes its folder; one that lands everywhere reserves nothing.
        "node_modules/x/dist/*.mjs": { outputPath: "assets/vendor/x" },
        "content/**/*.png": { outputPath: true },
        // Above the output folder: not a place pages could take.
        "other/thing": { outputPath: "../elsewhere" },
      },
      "content",
      cwd,
    );
    expect(reserved.map((r) => `${r.path}${r.folder ? "/" : ""}`)).toEqual(["images/", "CNAME", "public/", "robots.txt", "assets/vendor/x/"]);
  });
});
