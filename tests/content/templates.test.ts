// Which content files may run templates, and the template tags written in Markdown outside code.
import { describe, expect, test } from "vitest";
import { templatePatternProblem, templatesAllowed } from "../../src/content/templates.ts";
import { templateTagsIn } from "../../src/markdown/templateTags.ts";
import { createMarkdown } from "../../src/markdown/index.ts";

describe("templatesAllowed", () => {
  test("nothing runs templates when nothing is listed", () => {
    const allowed = templatesAllowed([]);
    for (const file of ["index.md", "index.njk", "blog/index.njk"]) expect(allowed(file)).toBe(false);
  });

  test("paths and globs from the content folder, dot files included, case as written", () => {
    const allowed = templatesAllowed(["index.md", "blog/index.njk", "archive/**/*.liquid", ".well-known/*.njk"]);
    expect(["index.md", "./index.md", "blog/index.njk", "archive/2019/old.liquid", "archive/x.liquid", ".well-known/security.njk"].map(allowed)).toEqual([true, true, true, true, true, true]);
    expect(["about.md", "blog/index.md", "blog/other.njk", "archive/x.njk", "INDEX.md", "sub/index.md"].map(allowed)).toEqual([false, false, false, false, false, false]);
  });
});

describe("templatePatternProblem", () => {
  test("accepts paths and globs inside the content folder", () => {
    for (const pattern of ["index.md", "blog/*.njk", "archive/**/*.liquid", "{a,b}.html"]) expect(templatePatternProblem(pattern), pattern).toBeUndefined();
  });

  test("refuses paths out of it, and globs that list everything", () => {
    expect(templatePatternProblem("/index.md")).toMatch(/from the content folder/);
    expect(templatePatternProblem("C:/site/index.md")).toMatch(/from the content folder/);
    expect(templatePatternProblem("../_includes/x.njk")).toMatch(/\.\./);
    expect(templatePatternProblem("blog\\index.njk")).toMatch(/backslash/);
    for (const pattern of ["**", "**/*", "**/*.md", "*"]) expect(templatePatternProblem(pattern), pattern).toMatch(/every file/);
  });
});

describe("templateTagsIn", () => {
  const md = createMarkdown();
  const tags = (body: string) => templateTagsIn(md.parse(body, {})).map((t) => [t.line, t.opening]);

  test("finds {{ }} and {% %} in text, headings, tables, links and raw HTML", () => {
    const body = [
      "Intro {{ site.name }} here.", // 0
      "", // 1
      "## {% if x %}Heading", // 2
      "", // 3
      "First line", // 4
      "second {{ line }}", // 5
      "", // 6
      "| a | b |", // 7
      "| - | - |", // 8
      "| {{ c }} | d |", // 9
      "", // 10
      "[link]({{ site.url }}/x)", // 11
      "", // 12
      "<div>{% raw %}</div>", // 13
      "", // 14
      "Inline <span title='{{ t }}'>x</span>", // 15
    ].join("\n");
    expect(tags(body)).toEqual([
      [0, "{{"],
      [2, "{%"],
      [5, "{{"],
      [9, "{{"],
      [11, "{{"],
      [13, "{%"],
      [15, "{{"],
    ]);
  });

  test("leaves code alone: spans, fences and the braces of ordinary text", () => {
    const body = "Use `{{ site.name }}` in layouts.\n\n```njk\n{% for x in y %}{{ x }}{% endfor %}\n```\n\nA set {a, b} and { {x} }.\n";
    expect(tags(body)).toEqual([]);
  });

  test("one finding per line", () => {
    expect(tags("{{ a }} and {{ b }} and {% c %}\n")).toEqual([[0, "{{"]]);
  });
});
