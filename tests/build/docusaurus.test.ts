/**
 * A site moved in from Docusaurus, files as written: `docs/` pages ordered by
 * `sidebar_position` with `slug`s, admonitions, blog posts with `<!-- truncate -->`
 * summaries, and tags and authors written as objects.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildSite, configWithSettings, type BuiltSite } from "./buildSite.ts";
import { runCheck } from "../../src/cli/check.ts";
import { tempDir } from "../helpers/tempDir.ts";

describe("a Docusaurus site", () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await buildSite({
      "docs/intro.md": "---\ntitle: Introduction\nsidebar_position: 1\nslug: /docs/start\n---\nWelcome.\n\n:::tip[Before you start]\nRead the code of conduct.\n:::\n",
      "docs/setup/install.md": "---\ntitle: Install the tools\nsidebar_position: 2\n---\nSteps.\n\n:::warning\nTake a backup first.\n:::\n",
      "docs/setup/_category_.json": JSON.stringify({ label: "Setting up", position: 2 }),
      "blog/2024-05-01-release.md": "---\ntitle: Our first release\nauthors:\n  - name: Ada Byron\n    url: https://example.org/ada\ntags:\n  - label: Releases\n    permalink: /releases\n---\nThis is the summary.\n\n<!-- truncate -->\n\nAnd the rest of a long post.\n",
      "blog/2024-06-01-plain.md": "---\ntitle: A plain post\nexcerpt: Written as front matter.\n---\nBody.\n",
      "blog/2024-07-10-meetup/index.md": "---\ntitle: July meet-up\n---\nWe met.\n",
      "blog/2019-05-28-first.md": "---\ntitle: First post\nslug: first-blog-post\n---\nHello.\n",
    }, { site: { permalink: "docusaurus" } });
  }, 180_000);

  test("docs are guides, at their slugs, in sidebar order", () => {
    expect(site.html("/docs/start/").querySelector("main h1")?.text.trim()).toBe("Introduction");
    const listed = site.html("/guides/").querySelectorAll(".card__title a").map((a) => a.text.trim());
    expect(listed).toEqual(["Introduction", "Install the tools"]);
  });

  test("the sidebar groups a folder's docs under its _category_.json label, in its position", () => {
    const sidebar = site.html("/docs/start/").querySelector("nav.sidebar");
    expect(sidebar?.querySelector(".sidebar__category")?.text).toBe("Setting up");
    expect(sidebar?.querySelectorAll("li li a").map((a) => a.text)).toEqual(["Install the tools"]);
    expect(sidebar?.querySelector('a[aria-current="page"]')?.text).toBe("Introduction");
  });

  test("admonitions are shown as notes of their kind", () => {
    const intro = site.html("/docs/start/");
    expect(intro.querySelector(".markdown-alert-tip .markdown-alert-title")?.text.trim()).toBe("Before you start");
    expect(site.html("/docs/setup/install/").querySelector(".markdown-alert-warning")?.text).toContain("Take a backup first.");
    expect(site.file("/docs/start/")).not.toContain(":::");
  });

  test("a post's summary is the text above <!-- truncate -->, or its excerpt", () => {
    const cards = site.html("/blog/").querySelectorAll(".card");
    const summary = (title: string) => cards.find((card) => card.text.includes(title))?.querySelector("p:not(.meta)")?.text;
    expect(summary("Our first release")).toBe("This is the summary.");
    expect(summary("A plain post")).toBe("Written as front matter.");
    expect(site.file("/blog/feed.xml")).toContain("<summary>This is the summary.</summary>");
  });

  test("posts keep Docusaurus's addresses (permalink: docusaurus): by date, or at their slug", () => {
    expect(site.html("/blog/2024/06/01/plain/").querySelector("h1")?.text.trim()).toBe("A plain post");
    expect(site.html("/blog/2024/07/10/meetup/").querySelector("h1")?.text.trim()).toBe("July meet-up");
    expect(site.html("/blog/first-blog-post/").querySelector("h1")?.text.trim()).toBe("First post");
    expect(site.html("/blog/").querySelectorAll(".card__title a").map((a) => a.getAttribute("href"))).toContain("/blog/2024/07/10/meetup/");
  });

  test("tags and authors written as objects", () => {
    const post = site.html("/blog/2024/05/01/release/");
    expect(post.text).toContain("by Ada Byron");
    expect(post.querySelectorAll(".tag-list a").map((a) => a.text.trim())).toEqual(["Releases"]);
    expect(site.exists("/tags/releases/")).toBe(true);
  });
});

describe("a Docusaurus page written in MDX with a .md name", () => {
  test("is a located runs-code error, not advice to run it as a template", { timeout: 180_000 }, async () => {
    const root = tempDir("docusaurus-mdx-");
    const content = path.join(root, "content");
    mkdirSync(path.join(content, "docs"), { recursive: true });
    writeFileSync(path.join(content, "docs/mdx.md"), "---\ntitle: MDX\n---\nexport const Highlight = ({ children }) => <span>{children}</span>;\n\nSome <Highlight>text</Highlight> and <span style={{ color: 'red' }}>red</span>.\n");
    configWithSettings(root, {}, ".eleventy.ts");
    const { code, out } = await runCheck(["--content", content, "--format", "human"], root);
    expect(code).toBe(1);
    expect(out).toMatch(/docs\/mdx\.md:4:1 error runs-code is MDX \(an import or export statement/);
    expect(out).not.toMatch(/is a template tag/);
  });
});
