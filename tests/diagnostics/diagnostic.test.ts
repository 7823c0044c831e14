import { describe, expect, it } from "vitest";
import {
  ContentError,
  findContentError,
  formatDiagnostic,
  formatGithubAnnotation,
  type Diagnostic,
} from "../../src/diagnostics/diagnostic.ts";

const diagnostic: Diagnostic = {
  file: "content/blog/x.md",
  line: 3,
  column: 7,
  rule: "front-matter",
  severity: "error",
  message: "front matter is not valid YAML",
};

describe("formatDiagnostic", () => {
  it("prints file:line:col severity rule message", () => {
    expect(formatDiagnostic(diagnostic)).toBe("content/blog/x.md:3:7 error front-matter front matter is not valid YAML");
    expect(formatDiagnostic({ ...diagnostic, severity: "warning", rule: "links" })).toBe(
      "content/blog/x.md:3:7 warning links front matter is not valid YAML",
    );
  });
});

describe("formatGithubAnnotation", () => {
  it("writes a workflow command for errors and warnings", () => {
    expect(formatGithubAnnotation(diagnostic)).toBe(
      "::error file=content/blog/x.md,line=3,col=7,title=front-matter::front matter is not valid YAML",
    );
    expect(formatGithubAnnotation({ ...diagnostic, severity: "warning" })).toMatch(/^::warning file=/);
  });

  it("escapes %, CR and LF in the message, and : and , in properties too", () => {
    const line = formatGithubAnnotation({
      ...diagnostic,
      file: "content/a,b:c%.md",
      rule: "rule:x,y",
      message: "100% wrong\r\nsecond line: a, b",
    });
    expect(line).toBe(
      "::error file=content/a%2Cb%3Ac%25.md,line=3,col=7,title=rule%3Ax%2Cy::100%25 wrong%0D%0Asecond line: a, b",
    );
    expect(line).not.toContain("\n");
  });
});

describe("ContentError", () => {
  it("carries its diagnostic, an error by default, and prints it as its message", () => {
    const error = new ContentError({ file: "content/a.md", line: 2, column: 1, rule: "date", message: "bad date" });
    expect(error).toBeInstanceOf(Error);
    expect(error.diagnostic.severity).toBe("error");
    expect(error.message).toBe("content/a.md:2:1 error date bad date");
  });
});

describe("findContentError", () => {
  const located = new ContentError({ file: "content/a.md", line: 2, column: 1, rule: "date", message: "bad date" });

  it("finds the error itself or one wrapped by cause or originalError", () => {
    expect(findContentError(located)).toBe(located);
    expect(findContentError(new Error("outer", { cause: new Error("middle", { cause: located }) }))).toBe(located);
    expect(findContentError(Object.assign(new Error("eleventy"), { originalError: located }))).toBe(located);
  });

  it("follows originalError when an error also has an unrelated cause", () => {
    const error = Object.assign(new Error("outer", { cause: new Error("unrelated") }), { originalError: located });
    expect(findContentError(error)).toBe(located);
  });

  it("gives undefined without one, and survives a cycle", () => {
    const a = new Error("a");
    const b = new Error("b", { cause: a });
    (a as { cause?: unknown }).cause = b;
    expect(findContentError(b)).toBeUndefined();
    expect(findContentError("just a string")).toBeUndefined();
    expect(findContentError(undefined)).toBeUndefined();
  });
});
