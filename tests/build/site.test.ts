/**
 * Build tests: documents written for other tools, placed unchanged into a fixture site,
 * built with the real configuration; assertions are on the HTML that comes out.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { buildSite, fixture, type BuiltSite } from "./buildSite.ts";

const FILES = {
  "blog/2023-12-08-welcome-to-the-new-site.md": fixture("jekyll-post.md"),
  "blog/2023-06-01-our-first-meet-up.md": fixture("jekyll-post-older.md"),
  "special-interest/data-science/notes.md": fixture("log-notes-layout.md"),
  "special-interest/platform/notes.md": fixture("log-notes-page.md"),
  "guides/publishing.md": fixture("docusaurus-guide-draft.md"),
  "guides/writing-notes.md": fixture("docusaurus-guide.md"),
  "talks/notes-in-the-open.txt": fixture("talk.txt"),
  "notes/readme.txt": "Just a text file, not a talk.\n",
};

describe("a production build of documents from other tools", () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await buildSite(FILES);
  });

  test("a Jekyll post with `layout: blog_post` renders through the blog_post layout", () => {
    const page = site.html("/blog/welcome-to-the-new-site/");
    const article = page.querySelector("article.post");
    expect(article).not.toBeNull();
    expect(article?.getAttribute("id")).toBe("welcome-post");
    expect(page.querySelectorAll("h1").map((h) => h.text.trim())).toEqual(["Welcome to the new notes site"]);
  });

  test("pages have breadcrumbs of their ancestors", () => {
    const crumbs = site.html("/blog/welcome-to-the-new-site/").querySelectorAll("nav.breadcrumbs li");
    expect(crumbs.map((li) => li.text.trim())).toEqual(["Home", "Blog", "Welcome to the new notes site"]);
  });

  test("the post's date comes from its Jekyll file name, and the URL drops the date", () => {
    expect(site.exists("/blog/2023-12-08-welcome-to-the-new-site/")).toBe(false);
    const time = site.html("/blog/welcome-to-the-new-site/").querySelector("article.post time");
    expect(time?.getAttribute("datetime")).toBe("2023-12-08");
    expect(time?.text).toBe("8 December 2023");
  });

  test("space-separated Jekyll tags become tag pages", () => {
    const tags = site.html("/blog/welcome-to-the-new-site/").querySelectorAll(".tag-list a");
    expect(tags.map((a) => a.getAttribute("href"))).toEqual(["/tags/announcements/", "/tags/community/"]);
    const tagPage = site.html("/tags/community/");
    expect(tagPage.querySelectorAll(".card a").map((a) => a.getAttribute("href")).sort()).toEqual([
      "/blog/our-first-meet-up/",
      "/blog/welcome-to-the-new-site/",
    ]);
  });

  test("the blog lists posts newest first and posts link to their neighbours", () => {
    const links = site.html("/blog/").querySelectorAll(".card a").map((a) => a.getAttribute("href"));
    expect(links).toEqual(["/blog/welcome-to-the-new-site/", "/blog/our-first-meet-up/"]);
    const older = site.html("/blog/welcome-to-the-new-site/").querySelector(".pager a[rel=prev]");
    expect(older?.getAttribute("href")).toBe("/blog/our-first-meet-up/");
    const newer = site.html("/blog/our-first-meet-up/").querySelector(".pager a[rel=next]");
    expect(newer?.getAttribute("href")).toBe("/blog/welcome-to-the-new-site/");
  });

  test("the Atom feed has posts, newest first, with absolute URLs", () => {
    const feed = site.file("/feed.xml");
    expect(feed).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    const links = [...feed.matchAll(/<entry>\s*<title>[^<]*<\/title>\s*<link href="([^"]+)"/g)]
      .map((m) => m[1])
      .filter((url) => url?.includes("/blog/"));
    expect(links).toEqual([
      "https://example-community.github.io/blog/welcome-to-the-new-site/",
      "https://example-community.github.io/blog/our-first-meet-up/",
    ]);
    expect(feed).toContain("<updated>2023-12-08T00:00:00Z</updated>");
  });

  test("a log page whose body opens with `# Heading` has exactly one h1", () => {
    const page = site.html("/special-interest/data-science/notes/");
    expect(page.querySelectorAll("h1").map((h) => h.text.trim())).toEqual(["Data science meeting notes"]);
    const platform = site.html("/special-interest/platform/notes/");
    expect(platform.querySelectorAll("h1").map((h) => h.text.trim())).toEqual(["Platform group notes"]);
  });

  test("date headings in every format get ISO ids with self-links", () => {
    const page = site.html("/special-interest/data-science/notes/");
    const headings = page.querySelectorAll("article h2").filter((h) => !h.closest(".page-contents"));
    const ids = headings.map((h) => h.getAttribute("id"));
    expect(ids).toEqual(["overview", "2023-12-08", "2023-11-08", "2023-10-13", "2023-09-08"]);
    for (const h2 of headings) {
      expect(h2.querySelector(`a[href="#${h2.getAttribute("id")}"]`)).not.toBeNull();
    }
    const platform = site.html("/special-interest/platform/notes/");
    expect(platform.querySelector("h2")?.getAttribute("id")).toBe("2023-04-12");
  });

  test("a mermaid fence inside a list item becomes a readable diagram container, and only that page loads mermaid", () => {
    const page = site.html("/special-interest/data-science/notes/");
    const diagram = page.querySelector("ol li pre.mermaid");
    expect(diagram).not.toBeNull();
    expect(diagram?.text).toContain("A[Notebook] --> B{Reviewed?}");
    expect(page.querySelector('script[src="/assets/js/mermaid-loader.js"]')).not.toBeNull();
    expect(site.html("/special-interest/platform/notes/").querySelectorAll("script")).toHaveLength(0);
    expect(site.exists("/assets/vendor/mermaid/mermaid.esm.min.mjs")).toBe(true);
  });

  test("other code fences are highlighted at build time, with no script", () => {
    const page = site.html("/special-interest/data-science/notes/");
    const code = page.querySelector("pre.language-python");
    expect(code?.querySelector(".token.keyword")?.text).toBe("def");
  });

  test("a Docusaurus guide keeps its keys: label in the guides navigation, tags, alert", () => {
    const page = site.html("/guides/writing-notes/");
    expect(page.querySelector("nav.sidebar a[aria-current=page]")?.text).toBe("Writing notes");
    expect(page.querySelector(".markdown-alert")).not.toBeNull();
    expect(page.querySelector(".meta")?.text).toContain("notes-team");
  });

  test("a draft is left out of pages, listings, tags, feed and sitemap", () => {
    expect(site.exists("/guides/publishing/")).toBe(false);
    expect(site.file("/guides/")).not.toContain("/guides/publishing/");
    expect(site.file("/sitemap.xml")).not.toContain("/guides/publishing/");
    expect(site.exists("/tags/publishing/")).toBe(false);
    expect(site.file("/tags/")).not.toContain("publishing");
    expect(site.file("/guides/writing-notes/")).not.toContain("/guides/publishing/");
  });

  test("a talk transcript renders with its details, a plain video link and paragraphs", () => {
    const page = site.html("/talks/notes-in-the-open/");
    expect(page.querySelector("h1")?.text).toBe("Notes in the open: a year of publishing");
    expect(page.querySelector("time")?.getAttribute("datetime")).toBe("2024-03-14");
    expect(page.querySelector(".meta")?.text).toContain("Spring meet-up 2024");
    expect(page.querySelector(".talk__description")?.text).toContain("Speaker: Priya N");
    expect(page.querySelector('a[href="https://www.youtube.com/watch?v=abcdefghijk"]')).not.toBeNull();
    expect(page.querySelector("iframe")).toBeNull();
    const transcript = page.querySelector(".transcript p")?.text ?? "";
    expect(transcript).toContain("hello everyone thanks for coming today");
    expect(transcript).not.toMatch(/\s{2}/);
    expect(site.html("/talks/").querySelector('a[href="/talks/notes-in-the-open/"]')).not.toBeNull();
  });

  test("a plain .txt file outside talks/ is not published", () => {
    expect(site.files().some((f) => f.startsWith("notes/"))).toBe(false);
  });

  test("sitemap, robots.txt and 404 page exist", () => {
    const sitemap = site.file("/sitemap.xml");
    expect(sitemap).toContain("<loc>https://example-community.github.io/blog/welcome-to-the-new-site/</loc>");
    expect(sitemap).toContain("<lastmod>2023-12-08</lastmod>");
    expect(sitemap).not.toContain("404");
    // Listing pages read every page themselves, and are listed too.
    for (const url of ["/meetings/", "/special-interest/", "/special-interest/platform/"]) {
      expect(sitemap).toContain(`<loc>https://example-community.github.io${url}</loc>`);
    }
    expect(sitemap).not.toContain("/search/");
    expect(site.file("/robots.txt")).toContain("Sitemap: https://example-community.github.io/sitemap.xml");
    expect(site.html("/404.html").querySelector("h1")?.text).toBe("Page not found");
  });

  test("pages have landmarks, a skip link and make no third-party requests", () => {
    for (const file of site.files().filter((f) => f.endsWith(".html"))) {
      const page = site.html(`/${file}`);
      expect(page.querySelector("a.skip-link")?.getAttribute("href"), file).toBe("#main");
      expect(page.querySelector("main#main"), file).not.toBeNull();
      expect(page.querySelector("header nav[aria-label=Main]"), file).not.toBeNull();
      expect(page.querySelector("footer"), file).not.toBeNull();
      expect(page.querySelectorAll("h1"), file).toHaveLength(1);
      const loaded = page
        .querySelectorAll("script[src], link[href], img[src], iframe[src], source[src], video[src], audio[src]")
        .filter((el) => el.tagName !== "LINK" || el.getAttribute("rel") !== "alternate")
        .map((el) => el.getAttribute("src") ?? el.getAttribute("href") ?? "");
      expect(loaded.filter((url) => /^(https?:)?\/\//.test(url)), file).toEqual([]);
    }
  });
});

describe("a build for a project site under a path prefix", () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await buildSite(
      {
        "blog/2023-12-08-welcome-to-the-new-site.md": fixture("jekyll-post.md"),
        "special-interest/data-science/notes.md": fixture("log-notes-layout.md"),
      },
      { pathPrefix: "/community-notes/" },
    );
  });

  test("links, assets, feed and sitemap URLs carry the prefix", () => {
    const page = site.html("/special-interest/data-science/notes/");
    expect(page.querySelector('link[rel="stylesheet"]')?.getAttribute("href")).toBe("/community-notes/assets/css/site.css");
    expect(page.querySelector("a.site-header__name")?.getAttribute("href")).toBe("/community-notes/");
    expect(page.querySelector('nav[aria-label=Main] a[href="/community-notes/blog/"]')).not.toBeNull();
    expect(page.querySelector("script")?.getAttribute("src")).toBe("/community-notes/assets/js/mermaid-loader.js");
    // Same-page anchors stay as they are.
    expect(page.querySelector('h2 a[href="#2023-12-08"]')).not.toBeNull();
    expect(site.file("/feed.xml")).toContain(
      '<link href="https://example-community.github.io/community-notes/blog/welcome-to-the-new-site/"/>',
    );
    expect(site.file("/sitemap.xml")).toContain(
      "<loc>https://example-community.github.io/community-notes/blog/welcome-to-the-new-site/</loc>",
    );
    expect(site.file("/robots.txt")).toContain("https://example-community.github.io/community-notes/sitemap.xml");
  });
});

describe("a preview build (npm start)", () => {
  test("shows drafts with a visible Draft banner", async () => {
    const site = await buildSite({ "guides/publishing.md": fixture("docusaurus-guide-draft.md") }, { runMode: "serve" });
    const page = site.html("/guides/publishing/");
    expect(page.querySelector(".draft-banner")?.text).toContain("Draft");
    expect(page.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
  });
});

describe("bad input stops the build with a located message", () => {
  test("unparsable front matter names the file and line", async () => {
    const error = await buildSite({ "broken.md": "---\ntitle: Broken\ntags: [a, b\n---\nBody\n" }).catch((e: unknown) => e);
    const { diagnosticFromBuildError } = await import("../../src/eleventy/errors.ts");
    const d = diagnosticFromBuildError(error);
    expect(d.file).toMatch(/content\/broken\.md$/);
    expect(d.rule).toBe("front-matter");
    expect(d.line).toBeGreaterThanOrEqual(3);
    expect(d.line).toBeLessThanOrEqual(4);
  });

  test("an unknown layout names the file and the layout line", async () => {
    const error = await buildSite({ "odd.md": "---\ntitle: Odd\nlayout: fancy\n---\nBody\n" }).catch((e: unknown) => e);
    const { diagnosticFromBuildError } = await import("../../src/eleventy/errors.ts");
    const d = diagnosticFromBuildError(error);
    expect(d.file).toMatch(/content\/odd\.md$/);
    expect(d.rule).toBe("layout");
    expect(d.line).toBe(3);
    expect(d.message).toContain("fancy");
  });

  test("a file that is not UTF-8 text is refused with its name", async () => {
    const latin1 = Buffer.from("---\ntitle: Caf\xe9\n---\nNotes from the caf\xe9.\n", "latin1");
    const error = await buildSite({ "notes/cafe.md": latin1 }).catch((e: unknown) => e);
    const { diagnosticFromBuildError } = await import("../../src/eleventy/errors.ts");
    const d = diagnosticFromBuildError(error);
    expect(d.file).toMatch(/content\/notes\/cafe\.md$/);
    expect(d.rule).toBe("text");
    expect(d.message).toContain("UTF-8");
  });

  test("a blog post without any date is refused rather than dated from the file system", async () => {
    const error = await buildSite({ "blog/undated.md": "---\ntitle: Undated\n---\nBody\n" }).catch((e: unknown) => e);
    const { diagnosticFromBuildError } = await import("../../src/eleventy/errors.ts");
    const d = diagnosticFromBuildError(error);
    expect(d.file).toMatch(/content\/blog\/undated\.md$/);
    expect(d.rule).toBe("front-matter");
  });
});
