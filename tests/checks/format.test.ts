import { describe, expect, test } from "vitest";
import { formatReport, summaryLine } from "../../src/checks/format.ts";
import { compareDiagnostics, runRules, summarise } from "../../src/checks/runner.ts";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.ts";
import { contextFrom } from "./helpers.ts";

const d = (file: string, line: number, severity: Diagnostic["severity"] = "error", rule = "links"): Diagnostic => ({
  file,
  line,
  column: 2,
  rule,
  severity,
  message: `problem at ${line}`,
});

describe("runner", () => {
  test("sorts by file, line, column, severity and rule", () => {
    const sorted = [d("b.md", 1), d("a.md", 9), d("a.md", 3, "warning"), d("a.md", 3, "error", "z"), d("a.md", 3, "error", "a")].sort(
      compareDiagnostics,
    );
    expect(sorted.map((x) => `${x.file}:${x.line}:${x.severity}:${x.rule}`)).toEqual([
      "a.md:3:error:a",
      "a.md:3:error:z",
      "a.md:3:warning:links",
      "a.md:9:error:links",
      "b.md:1:error:links",
    ]);
  });

  test("a rule that crashes becomes one diagnostic and the other rules still run", async () => {
    const context = contextFrom({ "a.md": "# A\n" });
    const diagnostics = await runRules(context, [
      { name: "broken", summary: "", check: () => { throw new Error("boom"); } },
      { name: "fine", summary: "", check: () => [d("content/a.md", 1, "warning", "fine")] },
    ]);
    expect(diagnostics.map((x) => x.rule).sort()).toEqual(["broken", "fine"]);
    expect(diagnostics.find((x) => x.rule === "broken")?.message).toContain("boom");
  });

  test("summarises errors and warnings", () => {
    expect(summarise([d("a", 1), d("a", 2, "warning"), d("b", 1)], 7)).toEqual({ errors: 2, warnings: 1, files: 7, templated: [] });
  });
});

describe("formats", () => {
  const diagnostics = [d("content/a.md", 3), d("content/b.md", 1, "warning")];
  const summary = summarise(diagnostics, 2);

  test("human: one shared-format line per problem, files separated, a summary, no colour off a terminal", () => {
    const out = formatReport("human", diagnostics, summary, false);
    expect(out.split("\n")).toEqual([
      "content/a.md:3:2 error links problem at 3",
      "",
      "content/b.md:1:2 warning links problem at 1",
      "",
      "1 error and 1 warning in 2 files checked.",
    ]);
    expect(out).not.toContain("\u001b[");
  });

  test("human on a terminal is coloured", () => {
    expect(formatReport("human", diagnostics, summary, true)).toContain("\u001b[31;1merror\u001b[0m");
  });

  test("github: annotations with file, line and column", () => {
    const out = formatReport("github", diagnostics, summary);
    expect(out).toContain("::error file=content/a.md,line=3,col=2,title=links::problem at 3");
    expect(out).toContain("::warning file=content/b.md,line=1,col=2,title=links::problem at 1");
  });

  test("json: parseable, with counts", () => {
    const parsed = JSON.parse(formatReport("json", diagnostics, summary)) as { errors: number; diagnostics: Diagnostic[] };
    expect(parsed.errors).toBe(1);
    expect(parsed.diagnostics[0]?.file).toBe("content/a.md");
  });

  test("no problems", () => {
    expect(summaryLine({ errors: 0, warnings: 0, files: 1, templated: [] })).toBe("No problems found in 1 file.");
  });

  test("every format names the files that run templates", () => {
    const templated = { errors: 0, warnings: 0, files: 3, templated: ["content/index.md", "content/blog/index,1.njk"] };
    const human = formatReport("human", [], templated);
    expect(human).toContain("These 2 files run templates (the site's `templates` setting lists them); review changes to them as code:\n  content/index.md\n  content/blog/index,1.njk\n");
    expect(human.trim().split("\n").at(-1)).toBe("No problems found in 3 files.");
    const github = formatReport("github", [], templated);
    expect(github).toContain("::notice file=content/blog/index%2C1.njk,title=templates::This file runs templates: review changes to it as code");
    expect((JSON.parse(formatReport("json", [], templated)) as { templated: string[] }).templated).toEqual(templated.templated);
    expect(formatReport("human", [], { ...templated, templated: [] })).not.toContain("templates");
  });
});
