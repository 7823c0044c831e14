import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ContentError } from "../../src/diagnostics/diagnostic.ts";
import { diagnosticFromBuildError } from "../../src/eleventy/errors.ts";
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
