import { describe, expect, it } from "vitest";
import { frontMatterRule } from "../../../src/checks/rules/frontMatter.ts";
import type { Diagnostic } from "../../../src/diagnostics/diagnostic.ts";
import { contextFrom } from "../helpers.ts";

async function check(files: Record<string, string | Uint8Array>): Promise<Diagnostic[]> {
  return frontMatterRule.check(contextFrom(files));
}

const page = (yaml: string, body = "Text.\n") => `---\n${yaml}\n---\n${body}`;

describe("frontMatterRule: YAML", () => {
  it("reports YAML that does not parse at the YAML's own line and column", async () => {
    const diagnostics = await check({
      "about.md": page("title: About\ntags: [a, b\nlayout: page.njk"),
      "indent.md": page("title: x\n  bad: indent"),
    });
    expect(diagnostics.map((d) => [d.file, d.line, d.column, d.rule, d.message])).toEqual([
      // The YAML reader notices the missing `]` where the next entry starts, and the stray indent at the value it follows.
      ["content/about.md", 4, 1, "front-matter", "front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]"],
      ["content/indent.md", 2, 8, "front-matter", "front matter is not valid YAML: Nested mappings are not allowed in compact mappings"],
    ]);
  });

  it("accepts a well-formed page, unknown keys and files without front matter", async () => {
    expect(
      await check({
        "about.md": page("title: About\ndescription: Who we are\ntags: [a, b]\ndraft: false\nlayout: page.njk\nsomething_else: { x: 1 }"),
        "plain.md": "# No front matter\n",
        "guides/x.md": page("title: 42\nsidebar_position: 2\nauthors: [ab, cd]\npermalink: false"),
      }),
    ).toEqual([]);
  });
});

describe("frontMatterRule: values", () => {
  it("reports draft: yes at its line, naming the key, the value and what is expected", async () => {
    const diagnostics = await check({ "about.md": page('title: About\ndraft: "yes"') });
    expect(diagnostics).toEqual([
      {
        file: "content/about.md",
        line: 3,
        column: 1,
        rule: "front-matter",
        severity: "error",
        message: '`draft` is "yes" (text); expected true or false',
      },
    ]);
  });

  it("accepts Jekyll's tag strings but not a number or a map", async () => {
    expect(await check({ "a.md": page("tags: a b"), "b.md": page("tags: a, b"), "c.md": page("tags:") })).toEqual([]);
    expect(await check({ "docusaurus.md": page("tags: [a, { label: B, permalink: /b }]\nauthors: [{ name: AB }]") })).toEqual([]);
    const diagnostics = await check({ "d.md": page("title: D\ntags: 3"), "e.md": page("tags: { x: 1 }"), "f.md": page("tags: [{ label: ok }, 2]") });
    expect(diagnostics.map((d) => [d.file, d.line, d.message])).toEqual([
      ["content/d.md", 3, "`tags` is 3 (a number); expected a list of text items (or one \"a, b\" string)"],
      ["content/e.md", 2, "`tags` is a set of key: value pairs; expected a list of text items (or one \"a, b\" string)"],
      ["content/f.md", 2, "`tags` is a list containing 2 (a number); expected a list of text items (or one \"a, b\" string)"],
    ]);
  });

  it("catches a date YAML silently rolls over (2023-02-31 would become 3 March)", async () => {
    const [d, ...rest] = await check({ "blog/2023-01-01-x.md": page("title: X\n\ndate: 2023-02-31") });
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ file: "content/blog/2023-01-01-x.md", line: 4, rule: "front-matter" });
    // As the build says it: the YAML reader finds the written day, not the one Date rolls over to.
    expect(d?.message).toBe("`date: 2023-02-31` is not a real date");
  });

  it("accepts real dates as YAML dates or strings with a time and zone", async () => {
    expect(
      await check({
        "a.md": page("date: 2024-02-29"),
        "b.md": page('date: "2023-12-08 18:30:00 +0000"'),
        "c.md": page("date: 2023-12-08 18:30"),
      }),
    ).toEqual([]);
    const diagnostics = await check({ "d.md": page("date: next Tuesday"), "e.md": page('date: "2023-13-01"') });
    expect(diagnostics.map((d) => [d.file, d.line, d.message])).toEqual([
      ["content/d.md", 2, expect.stringContaining('`date` is "next Tuesday" (text); expected a real date')],
      ["content/e.md", 2, expect.stringContaining('"2023-13-01", which is not a real date')],
    ]);
  });

  it("leaves whether a layout exists to the build, which resolves layouts (tests/cli/check.test.ts)", async () => {
    expect(await check({ "a.md": page("title: A\nlayout: fancy"), "b.md": page("layout: page"), "c.md": page("layout: false") })).toEqual([]);
    expect((await check({ "a.md": page("layout: 3") }))[0]?.message).toMatch(/`layout` is 3 \(a number\); expected the name of a layout/);
  });

  it("checks permalink, sidebar_position and authors types", async () => {
    const diagnostics = await check({ "a.md": page("permalink: true\nsidebar_position: first\nauthors: { a: 1 }") });
    expect(diagnostics.map((d) => [d.line, d.message.split(";")[0]])).toEqual([
      [2, "`permalink` is true (true/false)"],
      [3, '`sidebar_position` is "first" (text)'],
      [4, "`authors` is a set of key: value pairs"],
    ]);
  });
});

describe("frontMatterRule: per kind", () => {
  it("requires a date on a post, from front matter or the file name", async () => {
    expect(await check({ "blog/2023-06-20-named.md": page("title: Named"), "blog/dated.md": page("date: 2023-06-20") })).toEqual([]);
    const [d, ...rest] = await check({ "blog/undated.md": page("title: Undated") });
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ file: "content/blog/undated.md", line: 1 });
    expect(d?.message).toMatch(/blog post needs a date/);
  });

  it("checks a group's status, next meeting and channel", async () => {
    const ok = page("title: G\nstatus: Archived\nnext: 2024-05-10\nchannel: https://example.org/chat");
    expect(await check({ "special-interest/g/index.md": ok })).toEqual([]);
    const bad = page("title: G\nstatus: paused\nnext: 2024-04-31\nchannel: the usual place");
    const diagnostics = await check({ "special-interest/g/index.md": bad });
    expect(diagnostics.map((d) => [d.line, d.message]).sort()).toEqual([
      [3, '`status` is "paused" (text); expected active or archived'],
      [4, "`next: 2024-04-31` is not a real date"],
      [5, expect.stringContaining('`channel` is "the usual place" (text); expected a URL')],
    ]);
    // status only means something on a group page
    expect(await check({ "about.md": page("status: paused") })).toEqual([]);
  });

  it("checks a meeting's attendees and the date in its file name", async () => {
    const ok = page('attendees:\n  - "AB (ONS)"\n  - CD');
    expect(await check({ "special-interest/g/meetings/2023-07-05.md": ok })).toEqual([]);
    const diagnostics = await check({
      "special-interest/g/meetings/2023-02-31-clinic.md": page("title: Clinic"),
      "special-interest/g/meetings/2023-07-05.md": page("title: T\nattendees: [AB, 3]"),
    });
    expect(diagnostics.map((d) => [d.file, d.line, d.message])).toEqual([
      ["content/special-interest/g/meetings/2023-02-31-clinic.md", 1, expect.stringContaining("starts with 2023-02-31, which is not a real date")],
      ["content/special-interest/g/meetings/2023-07-05.md", 3, expect.stringContaining("`attendees` is a list containing 3 (a number)")],
    ]);
  });

  it("skips unreadable files and talk transcripts", async () => {
    expect(
      await check({
        "bad.md": new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x64, 0x72, 0x61, 0x66, 0x74, 0x3a, 0x20, 0xff, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a]),
        "talks/t.txt": "Title: x\n",
      }),
    ).toEqual([]);
  });
});
