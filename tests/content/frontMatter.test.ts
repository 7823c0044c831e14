import { describe, expect, it } from "vitest";
import { ContentError } from "../../src/diagnostics/diagnostic.ts";
import { displayPath, keyLine, MAX_FRONT_MATTER_BYTES, normaliseTags, parseFrontMatter, readFrontMatter } from "../../src/content/frontMatter.ts";

/** What Eleventy's front matter splitter hands the YAML engine: the block after the opening `---`, newline first. */
const block = (...lines: string[]) => `\n${lines.join("\n")}\n`;

function errorOf(source: string, file = "./content/a.md"): ContentError {
  try {
    parseFrontMatter(source, file);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return error as ContentError;
  }
  throw new Error("expected parseFrontMatter to throw");
}

describe("parseFrontMatter: invalid YAML is located in the file", () => {
  // File line 1 is `---`, so the block's first line is file line 2.
  it.each([
    ["an unclosed [", block("title: Hello", "tags: [a, b", "layout: page"), 3],
    ["bad indentation", block("title: Hello", "  description: x", "layout: page"), 3],
    ["bad indentation in a nested map", block("title: Hello", "author:", "  name: A", "   url: b"), 5],
    ["a tab used for indentation", block("title: Hello", "\tlayout: page"), 3],
    ["a duplicate key", block("title: Hello", "layout: page", "title: Again"), 4],
  ])("%s", (_name, source, badLine) => {
    const { diagnostic } = errorOf(source);
    expect(diagnostic).toMatchObject({ file: "content/a.md", rule: "front-matter", severity: "error" });
    expect(Math.abs(diagnostic.line - badLine)).toBeLessThanOrEqual(1);
    expect(diagnostic.column).toBeGreaterThanOrEqual(1);
    expect(diagnostic.message).toMatch(/not valid YAML/);
  });

  it("reports a duplicate key at its own line", () => {
    expect(errorOf(block("title: Hello", "layout: page", "title: Again")).diagnostic.line).toBe(4);
  });

  it("counts a block passed without its leading newline from file line 2", () => {
    expect(errorOf("title: Hello\nlayout: page\ntitle: Again\n").diagnostic.line).toBe(4);
    expect(errorOf(block("title: Hello", "layout: page", "title: Again")).diagnostic.line).toBe(
      errorOf("title: Hello\nlayout: page\ntitle: Again\n").diagnostic.line,
    );
  });

  it("says which file in the message printed by the error", () => {
    expect(errorOf(block("a: [")).message).toMatch(/^content\/a\.md:\d+:\d+ error front-matter /);
  });
});

describe("parseFrontMatter: the block must be a mapping", () => {
  it.each([
    ["a list", block("- a", "- b")],
    ["a string", block("just some text")],
    ["a number", block("42")],
    ["a lone date", block("2023-01-01")],
  ])("rejects %s", (_name, source) => {
    const { diagnostic } = errorOf(source);
    expect(diagnostic.rule).toBe("front-matter");
    expect(diagnostic.line).toBe(2);
    expect(diagnostic.message).toMatch(/key: value/);
  });

  it("treats an empty block as no data", () => {
    expect(parseFrontMatter("\n", "./content/a.md")).toEqual({});
    expect(parseFrontMatter(block("# only a comment"), "./content/a.md")).toEqual({});
  });
});

describe("parseFrontMatter: dates", () => {
  it("rejects a date that is not in the calendar, at the date line", () => {
    const { diagnostic } = errorOf(block("title: x", "layout: page", "date: 2023-02-31"));
    expect(diagnostic).toMatchObject({ rule: "front-matter", line: 4, file: "content/a.md" });
    expect(diagnostic.message).toContain("2023-02-31");
  });

  it("rejects an impossible date with a time too", () => {
    expect(errorOf(block("date: 2023-04-31 10:00:00")).diagnostic.rule).toBe("front-matter");
  });

  it("counts the date line from file line 2 without the leading newline", () => {
    expect(errorOf("title: x\ndate: 2023-02-30\n").diagnostic.line).toBe(3);
  });

  it("keeps a real date as a Date", () => {
    expect(parseFrontMatter(block("date: 2024-02-29"), "a.md").date).toEqual(new Date("2024-02-29T00:00:00Z"));
  });

  it("accepts a real local time whose UTC instant is the day before", () => {
    const data = parseFrontMatter(block("date: 2023-12-08 00:30:00 +01:00"), "a.md");
    expect(data.date).toEqual(new Date("2023-12-07T23:30:00Z"));
  });
});

describe("readFrontMatter: one reading with positions", () => {
  it("locates every top-level key, quoted or not, at its file line", () => {
    const read = readFrontMatter(block("title: Hello", '"date" : 2024-01-05', "'tags':", "  - a", "layout: page"));
    expect([...read.keyLines]).toEqual([["title", 2], ["date", 3], ["tags", 4], ["layout", 6]]);
    expect(keyLine(read, "layout")).toBe(6);
    expect(keyLine(read, "missing")).toBe(2);
  });

  it("says where the body starts, with or without the opening line", () => {
    // ---\ntitle: x\ndate: …\n---\nbody: the body is file line 5.
    expect(readFrontMatter("\ntitle: x\ndate: 2024-01-05").bodyLine).toBe(5);
    expect(readFrontMatter("title: x\n", 2).bodyLine).toBe(5);
  });

  it("keeps the values as written beside the normalised ones", () => {
    const read = readFrontMatter(block("tags: a b", "published: false"));
    expect(read.raw).toEqual({ tags: "a b", published: false });
    expect(read.data).toMatchObject({ tags: ["a", "b"], draft: true });
  });

  it("reads YAML 1.2: a leading zero is a decimal number, as on the page", () => {
    expect(readFrontMatter(block("mode: 0755", "octal: 0o755")).data).toMatchObject({ mode: 755, octal: 493 });
  });

  it("reports an alias bomb as a located problem instead of running out of memory", () => {
    const lines = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (let i = 0, previous = "a"; i < 9; i++, previous = `b${i - 1}`) {
      lines.push(`b${i}: &b${i} [${Array.from({ length: 9 }, () => `*${previous}`).join(", ")}]`);
    }
    const read = readFrontMatter(block(...lines));
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]?.message).toMatch(/not valid YAML/);
    // At the first alias: line 1 is the opening `---`, line 2 the anchor, line 3 the first `*a`.
    expect(read.problems[0]).toMatchObject({ line: 3, column: 10 });
    expect(read.data).toEqual({});
  });

  // The YAML reader checks each key against every other (about 1.5 s for 64 KB of keys, so
  // hours for 2 MB): a block over the limit is reported, not read. This would time out.
  it("reports a block over 64 KB at its first line, naming the limit, without reading it", () => {
    const big = `\ntitle: Big\n${Array.from({ length: 200_000 }, (_, i) => `k${i}: ${i}`).join("\n")}\n`;
    const read = readFrontMatter(big);
    expect(read.problems).toEqual([{ line: 2, column: 1, message: expect.stringMatching(/^front matter is 2\.\d MB, over the limit of 64 KB for a page's settings: /) }]);
    expect(read.data).toEqual({});
    expect(read.bodyLine).toBe(200_005);
    expect(readFrontMatter("title: x\n" + "y".repeat(MAX_FRONT_MATTER_BYTES), 2).problems[0]).toMatchObject({ line: 2, message: expect.stringContaining("65 KB, over the limit of 64 KB") });
    expect(() => parseFrontMatter(big, "content/a.md")).toThrow(/content\/a\.md:2:1 error front-matter front matter is 2\.\d MB/);
  });

  it("reads a block at the limit, counting bytes (é is two)", () => {
    const filler = `notes: ${"x".repeat(MAX_FRONT_MATTER_BYTES - 30)}`;
    expect(readFrontMatter(block("title: At the limit", filler)).problems).toEqual([]);
    expect(readFrontMatter(block("title: Over the limit", filler.replace(/x{30}/, "é".repeat(30)))).problems).toHaveLength(1);
  });

  it("never throws, whatever the text", () => {
    for (const source of ["\n: : :", "\n[", "\n\t- x", "\n- a\n- b", "\nkey: !!binary 'x'", "\n&a *a"]) {
      expect(() => readFrontMatter(source)).not.toThrow();
    }
  });
});

describe("normaliseTags", () => {
  it.each([
    ["a, b", ["a", "b"]],
    ["a b", ["a", "b"]],
    ["  a   b  ", ["a", "b"]],
    ["open source, public sector", ["open source", "public sector"]],
  ])("splits %j", (input, expected) => {
    expect(normaliseTags(input)).toEqual(expected);
  });

  it("reads lists, Docusaurus {label} objects, drops duplicates and empties", () => {
    expect(normaliseTags(["a", { label: "b", permalink: "/b" }, "a", "", " ", null, 2023])).toEqual(["a", "b", "2023"]);
  });

  it("gives an empty list for nothing", () => {
    expect(normaliseTags(undefined)).toEqual([]);
    expect(normaliseTags(null)).toEqual([]);
    expect(normaliseTags("")).toEqual([]);
  });

  it("normalises tags written in front matter", () => {
    expect(parseFrontMatter(block("tags: news, news, events"), "a.md").tags).toEqual(["news", "events"]);
  });
});

describe("parseFrontMatter: keys from Jekyll and Docusaurus", () => {
  const parse = (...lines: string[]) => parseFrontMatter(block(...lines), "./content/a.md");

  it("turns Jekyll `published: false` into a draft", () => {
    expect(parse("published: false").draft).toBe(true);
    expect(parse("published: true").draft).toBeUndefined();
  });

  it("reads `draft` written as a string", () => {
    expect(parse('draft: "true"').draft).toBe(true);
    expect(parse('draft: "false"').draft).toBe(false);
  });

  it("uses `excerpt` or `summary` as the description only when there is none", () => {
    expect(parse("excerpt: From Jekyll").description).toBe("From Jekyll");
    expect(parse("summary: A summary").description).toBe("A summary");
    expect(parse("description: Own", "excerpt: Other").description).toBe("Own");
  });

  it("reads authors as a string, a list, or objects with `name`", () => {
    expect(parse("author: Ada Lovelace").authors).toEqual(["Ada Lovelace"]);
    expect(parse("authors: [Ada, Grace]").authors).toEqual(["Ada", "Grace"]);
    expect(parse("authors:", "  - name: Ada", "    url: https://a.example", "  - Grace").authors).toEqual(["Ada", "Grace"]);
    expect(parse("title: x").authors).toBeUndefined();
  });

  it("turns a numeric title into a string", () => {
    expect(parse("title: 2024").title).toBe("2024");
  });

  it("keeps a title YAML reads as a date as it was written", () => {
    expect(parse("title: 2024-05-10").title).toBe("2024-05-10");
  });

  it("turns a Docusaurus absolute slug into a permalink", () => {
    expect(parse("slug: /x/y").permalink).toBe("/x/y/");
    expect(parse("slug: /x/y/").permalink).toBe("/x/y/");
  });

  it("ignores a relative slug and never overrides an explicit permalink", () => {
    expect(parse("slug: x/y").permalink).toBeUndefined();
    expect(parse("slug: /x/y", "permalink: /z/").permalink).toBe("/z/");
    expect(parse("slug: /x/y", "permalink: false").permalink).toBe(false);
  });
});

describe("displayPath", () => {
  it("drops the leading ./", () => {
    expect(displayPath("./content/a.md")).toBe("content/a.md");
    expect(displayPath("content/a.md")).toBe("content/a.md");
  });

  it("names a missing path", () => {
    expect(displayPath(undefined)).toBe("unknown file");
  });
});

describe("readFrontMatter: what YAML only warns about", () => {
  it("reports an unknown tag at its place rather than dropping it", () => {
    const read = readFrontMatter("\ntitle: T\nextra: !custom x\n");
    expect(read.problems).toEqual([{ line: 3, column: 8, message: "front matter is not valid YAML here: Unresolved tag: !custom" }]);
  });
});

describe("categories", () => {
  it("are topics too: normalised and added to the tags", () => {
    const read = readFrontMatter("\ntitle: T\ntags: [a]\ncategories: news, events\n");
    expect(read.data.categories).toEqual(["news", "events"]);
    expect(read.data.tags).toEqual(["a", "news", "events"]);
  });
});
