import { afterEach, describe, expect, it } from "vitest";
import { isoDate, readableDate } from "../../src/content/dateText.ts";
import { opensWithHeading, plainExcerpt } from "../../src/markdown/html.ts";
import { editUrl, navCurrent, sourcePath } from "../../src/filters/urls.ts";

/** Node applies a changed TZ at once; a builder west of UTC is where local parsing goes wrong. */
const originalTz = process.env.TZ;
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe("isoDate", () => {
  it("gives the UTC calendar day", () => {
    expect(isoDate(new Date("2023-12-08T00:00:00Z"))).toBe("2023-12-08");
    expect(isoDate(new Date("2023-12-08T23:59:59Z"))).toBe("2023-12-08");
    expect(isoDate("2023-12-08")).toBe("2023-12-08");
    expect(isoDate("2023-12-08 23:30:00 -0100")).toBe("2023-12-09");
  });

  it("reads a string without a zone as UTC, whatever the builder's time zone", () => {
    process.env.TZ = "America/Los_Angeles";
    expect(isoDate("2023-12-08T20:00:00")).toBe("2023-12-08");
    process.env.TZ = "Pacific/Auckland";
    expect(isoDate("2023-12-08T05:00")).toBe("2023-12-08");
  });

  it("gives an empty string for nothing or nonsense", () => {
    expect(isoDate(undefined)).toBe("");
    expect(isoDate("")).toBe("");
    expect(isoDate("not a date")).toBe("");
    expect(isoDate(new Date("nope"))).toBe("");
  });
});

describe("readableDate", () => {
  it("writes the day in words, in en-GB by default", () => {
    expect(readableDate(new Date("2023-12-08T00:00:00Z"))).toBe("8 December 2023");
    expect(readableDate("2023-12-08")).toBe("8 December 2023");
  });

  it("uses the UTC day, never shifted by a time zone", () => {
    expect(readableDate(new Date("2023-12-08T23:30:00Z"))).toBe("8 December 2023");
    expect(readableDate(new Date("2023-12-08T00:30:00Z"))).toBe("8 December 2023");
    process.env.TZ = "America/Los_Angeles";
    expect(readableDate("2023-12-08")).toBe("8 December 2023");
    expect(readableDate("2023-12-08T20:00:00")).toBe("8 December 2023");
    expect(readableDate(new Date("2023-12-08T00:00:00Z"))).toBe("8 December 2023");
  });

  it("follows the site's language", () => {
    expect(readableDate("2023-12-08", "en-US")).toBe("December 8, 2023");
  });

  it("gives an empty string for nothing or nonsense", () => {
    expect(readableDate(undefined)).toBe("");
    expect(readableDate("someday")).toBe("");
  });
});

describe("opensWithHeading", () => {
  it.each([
    ["<h1>Title</h1><p>x</p>", true],
    ['<h1 id="title" tabindex="-1">Title</h1>', true],
    ["\n  <h1>Title</h1>", true],
    ["<!-- generated -->\n<h1>Title</h1>", true],
    ["<!-- a --><!-- b -->  <H1>Title</H1>", true],
    ["<h2>Section</h2>", false],
    ["<p>Intro</p><h1>Late</h1>", false],
    ["<h10>odd</h10>", false],
    ["<header><h1>x</h1></header>", false],
    ["", false],
  ])("%j → %s", (html, expected) => {
    expect(opensWithHeading(html)).toBe(expected);
  });

  it("is false for anything but a string", () => {
    expect(opensWithHeading(undefined)).toBe(false);
    expect(opensWithHeading(42)).toBe(false);
  });
});

describe("plainExcerpt", () => {
  it("strips tags and collapses whitespace", () => {
    expect(plainExcerpt("<h1>Title</h1>\n<p>Some <em>text</em>\n here.</p>")).toBe("Title Some text here.");
  });

  it("skips code blocks, scripts and styles", () => {
    expect(plainExcerpt('<p>Before</p><pre class="x"><code>npm install\nrm -rf</code></pre><script>alert(1)</script><style>p{}</style><p>after</p>')).toBe(
      "Before after",
    );
  });

  it("keeps inline code and <p> text", () => {
    expect(plainExcerpt("<p>Run <code>npm test</code> and <pre-wrapped>x</pre-wrapped> more</p>")).toBe("Run npm test and x more");
  });

  it("decodes entities once", () => {
    expect(plainExcerpt("<p>Tom &amp; Jerry &lt;3 &quot;hi&quot; it&#39;s&nbsp;here</p>")).toBe(`Tom & Jerry <3 "hi" it's here`);
    expect(plainExcerpt("<p>Write &amp;lt;h1&amp;gt; for a heading</p>")).toBe("Write &lt;h1&gt; for a heading");
    expect(plainExcerpt("<p>it&#8217;s &#x2014; done &unknown;</p>")).toBe("it\u2019s \u2014 done &unknown;");
  });

  it("leaves short text whole", () => {
    expect(plainExcerpt("<p>Short.</p>", 10)).toBe("Short.");
  });

  it("cuts at a word boundary and adds an ellipsis", () => {
    const html = "<p>The quick brown fox jumps over the lazy dog</p>";
    expect(plainExcerpt(html, 20)).toBe("The quick brown fox…");
    expect(plainExcerpt(html, 22)).toBe("The quick brown fox…");
    expect(plainExcerpt(html, 25)).toBe("The quick brown fox jumps…");
  });

  it("drops punctuation left at the cut", () => {
    expect(plainExcerpt("<p>One, two, three, four, five</p>", 14)).toBe("One, two…");
  });

  it("cuts a very long word where it must", () => {
    const result = plainExcerpt(`<p>a ${"x".repeat(50)}</p>`, 20);
    expect(result).toBe(`a ${"x".repeat(18)}…`);
  });

  it("gives an empty string for anything but a string", () => {
    expect(plainExcerpt(undefined)).toBe("");
  });
});

describe("editUrl", () => {
  const site = { repository: "https://github.com/org/notes", branch: "main" };

  it("links to the source of a Markdown or transcript file", () => {
    expect(editUrl(site, "./content/blog/x.md")).toBe("https://github.com/org/notes/edit/main/content/blog/x.md");
    expect(editUrl({ ...site, branch: "trunk" }, "./content/talks/t.txt")).toBe(
      "https://github.com/org/notes/edit/trunk/content/talks/t.txt",
    );
    expect(editUrl(site, "content\\a.md")).toBe("https://github.com/org/notes/edit/main/content/a.md");
  });

  it("gives nothing for generated pages, absolute paths, or without a repository", () => {
    expect(editUrl(site, "./src/pages/tags.njk")).toBe("");
    expect(editUrl(site, "/work/main/src/pages/404.njk")).toBe("");
    expect(editUrl(site, "/tmp/x.md")).toBe("");
    expect(editUrl(site, undefined)).toBe("");
    expect(editUrl({ ...site, repository: "" }, "./content/a.md")).toBe("");
  });

  it("sourcePath gives the repository path", () => {
    expect(sourcePath("./content/a.md")).toBe("content/a.md");
  });
});

describe("navCurrent", () => {
  it("marks the page itself, and pages inside a section", () => {
    expect(navCurrent("/blog/", "/blog/")).toBe("page");
    expect(navCurrent("/blog/welcome/", "/blog/")).toBe("true");
    expect(navCurrent("/guides/x/", "/blog/")).toBe("");
  });

  it("never marks the home link as the section of every page", () => {
    expect(navCurrent("/about/", "/")).toBe("");
    expect(navCurrent("/", "/")).toBe("page");
  });

  it("does not take a longer name for a section", () => {
    expect(navCurrent("/blogroll/", "/blog")).toBe("");
    expect(navCurrent("/blog/x/", "/blog")).toBe("true");
  });

  it("gives nothing for a page without a URL", () => {
    expect(navCurrent(false, "/blog/")).toBe("");
    expect(navCurrent(undefined, "/blog/")).toBe("");
  });
});

describe("tableOfContents", () => {
  it("lists level-2 headings without their self-link labels, only on long pages", async () => {
    const { tableOfContents } = await import("../../src/markdown/html.ts");
    const heading = (id: string, text: string) =>
      `<h2 id="${id}">${text} <a class="header-anchor" href="#${id}"><span class="visually-hidden">Link to this section</span><span aria-hidden="true">#</span></a></h2>`;
    const html = ["one", "two", "three"].map((w) => heading(w, `Part ${w}`)).join("\n") + '<h2 id="four"><a class="header-anchor" href="#four"><span>Part &amp; four</span></a></h2>';
    expect(tableOfContents(html)).toEqual([
      { id: "one", text: "Part one" },
      { id: "two", text: "Part two" },
      { id: "three", text: "Part three" },
      { id: "four", text: "Part & four" },
    ]);
    expect(tableOfContents(html, 5)).toEqual([]);
    expect(tableOfContents(undefined)).toEqual([]);
  });
});
