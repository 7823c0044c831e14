import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ContentError } from "../../src/diagnostics/diagnostic.ts";
import { diagnosticFromBuildError, diagnosticsFromBuildError } from "../../src/eleventy/errors.ts";
import { resolveSiteSettings } from "../../src/site/settings.ts";
import { tempDir } from "../helpers/tempDir.ts";

describe("diagnosticFromBuildError", () => {
  // Eleventy names templates relative to the working directory, so work in a temporary one.
  const cwd = process.cwd();
  // Removed after the file's tests, once the afterAll below has left it.
  const dir = tempDir("build-errors-");
  beforeAll(() => {
    mkdirSync(path.join(dir, "content"));
    writeFileSync(path.join(dir, "content/x.md"), "---\ntitle: X\ndate: 2024-01-01\nlayout: nope\n---\n\nlayout: in the body\n");
    process.chdir(dir);
  });
  afterAll(() => {
    process.chdir(cwd);
  });

  it("returns a ContentError's diagnostic as it is, however deeply wrapped", () => {
    const located = new ContentError({ file: "content/a.md", line: 4, column: 2, rule: "front-matter", message: "bad" });
    const wrapped = Object.assign(new Error("Having trouble reading ./content/a.md"), {
      originalError: new Error("wrapper", { cause: located }),
    });
    expect(diagnosticFromBuildError(wrapped)).toBe(located.diagnostic);
  });

  it("locates a missing layout at the `layout:` line of the page", () => {
    const missing = new Error("You’re trying to use a layout that does not exist: _includes/nope (via `layout: nope`)");
    const error = Object.assign(new Error('Problem writing Eleventy templates: for the "./content/x.md" template'), {
      originalError: missing,
    });
    const diagnostic = diagnosticFromBuildError(error);
    expect(diagnostic).toMatchObject({ file: "content/x.md", line: 4, column: 1, rule: "layout", severity: "error" });
    expect(diagnostic.message).toContain("`nope`");
  });

  it("reads the missing layout from a cause chain too", () => {
    const error = new Error("Having trouble rendering ./content/x.md", {
      cause: new Error("You’re trying to use a layout that does not exist: _includes/base (via `layout: base`)"),
    });
    expect(diagnosticFromBuildError(error)).toMatchObject({ rule: "layout", line: 4, file: "content/x.md" });
    expect(diagnosticFromBuildError(error).message).toContain("`base`");
  });

  it("gives an unknown error a message and no stack", () => {
    const error = new Error("Something broke", { cause: new TypeError("x is not a function") });
    const diagnostic = diagnosticFromBuildError(error);
    expect(diagnostic.severity).toBe("error");
    expect(diagnostic.message).toContain("Something broke");
    expect(diagnostic.message).toContain("x is not a function");
    expect(diagnostic.message).not.toMatch(/\n\s+at /);
    expect(diagnostic.message).not.toContain(import.meta.url.replace("file://", ""));
  });

  it("gives a message even for a thrown string or an empty error", () => {
    expect(diagnosticFromBuildError("boom").message).toBe("boom");
    expect(diagnosticFromBuildError(new Error("")).message.length).toBeGreaterThan(0);
  });
});

describe("diagnosticsFromBuildError: the plugin's settings, Nunjucks and Eleventy's own errors", () => {
  const cwd = process.cwd();
  const dir = tempDir("build-errors-more-");
  beforeAll(() => {
    mkdirSync(path.join(dir, "content"));
    process.chdir(dir);
  });
  afterAll(() => {
    process.chdir(cwd);
  });

  it("gives each problem of the site settings its own line, at the configuration", () => {
    let error: unknown;
    try {
      resolveSiteSettings({ name: "N", url: "example.github.io", repository: "nope" }, {}, { source: "the plugin options" });
    } catch (e) {
      error = new Error("Error processing the `communityNotes` plugin", { cause: e });
    }
    const diagnostics = diagnosticsFromBuildError(error, "eleventy.config.mjs");
    expect(diagnostics.map((d) => [d.file, d.line, d.rule])).toEqual([
      ["eleventy.config.mjs", 1, "settings"],
      ["eleventy.config.mjs", 1, "settings"],
    ]);
    expect(diagnostics[0]?.message).toMatch(/^url \(from the plugin options\): "example\.github\.io" is not an absolute URL/);
    expect(diagnostics[1]?.message).toMatch(/^repository \(from the plugin options\)/);
  });

  it("places what Nunjucks could not find on the line that names it", () => {
    writeFileSync(path.join(dir, "content/page.njk"), "---\ntitle: P\n---\n<p>Hi</p>\n  {% include \"partials/gone.njk\" %}\n");
    const error = Object.assign(new Error("Having trouble rendering njk template ./content/page.njk"), {
      originalError: Object.assign(new Error("(./content/page.njk)\n  Error: template not found: partials/gone.njk"), { name: "Template render error" }),
    });
    expect(diagnosticFromBuildError(error)).toMatchObject({ file: "content/page.njk", line: 5, column: 15, rule: "template", message: "template not found: partials/gone.njk" });
    // Nunjucks counts lines from the end of the front matter (three lines here).
    const placed = new Error("(./content/page.njk) [Line 2, Column 7]\n  Template render error: unexpected token");
    expect(diagnosticFromBuildError(placed)).toMatchObject({ file: "content/page.njk", line: 5, column: 7, rule: "template" });
  });

  it("places a Liquid error at its line in the file", () => {
    writeFileSync(path.join(dir, "content/page.liquid"), "---\ntitle: P\n---\n<p>{{ title | nope }}</p>\n");
    const error = Object.assign(new Error("Having trouble rendering liquid template ./content/page.liquid"), {
      originalError: Object.assign(new Error("undefined filter: nope, file:./content/page.liquid, line:1, col:4"), { name: "ParseError" }),
    });
    expect(diagnosticFromBuildError(error)).toMatchObject({ file: "content/page.liquid", line: 4, column: 4, rule: "template", message: "undefined filter: nope" });
  });

  it("names both files of an output conflict, at the later one's permalink", () => {
    writeFileSync(path.join(dir, "content/b.md"), "---\ntitle: B\npermalink: /x/\n---\n");
    const error = new Error("Output conflict: multiple input files are writing to `./_site/x/index.html`. Use distinct `permalink` values to resolve this conflict.\n  1. ./content/b.md\n  2. ./content/a.md");
    const diagnostic = diagnosticFromBuildError(error);
    expect(diagnostic).toMatchObject({ file: "content/b.md", line: 3, rule: "output" });
    expect(diagnostic.message).toBe("content/a.md and content/b.md are all published at _site/x/index.html; give them different `permalink`s");
  });
});
