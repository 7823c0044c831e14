/**
 * community-notes as a package: a site of its own, outside this repository, with its own
 * `eleventy.config.mjs` that imports the plugin by package name (`node_modules/community-notes`
 * is this checkout), its content at the project root and another groups folder, built by
 * plain Eleventy. While the package is TypeScript source, Eleventy runs under tsx's loader.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { projectRoot } from "./buildSite.ts";
import { tempDir } from "../helpers/tempDir.ts";

const CONFIG = `import communityNotes from "community-notes";

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(communityNotes, {
    site: { name: "Fixture community", url: "https://fixture.example.org", groupsFolder: "groups", repository: "https://github.com/fixture/site" },
  });
  // The site's own markdown-it plugin: every paragraph says it passed through it.
  eleventyConfig.amendLibrary("md", (md) => {
    md.core.ruler.push("fixture-mark", (state) => {
      for (const token of state.tokens) if (token.type === "paragraph_open") token.attrSet("data-fixture", "yes");
    });
  });
}
`;

const FILES: Record<string, string> = {
  "eleventy.config.mjs": CONFIG,
  "index.md": "---\ntitle: Fixture community\nlayout: home.njk\n---\nWelcome to our notes.\n",
  "about.md": "---\ntitle: About us\n---\nWho we are. Templates write `{{ site.name }}` and `{% if x %}`, and here they stay text.\n",
  "groups/data/index.md": "---\ntitle: Data and analysis\naim: We share how we work with data.\n---\nMeet the data people.\n",
  "groups/data/notes.md": "---\ntitle: Data notes\n---\n## 12 April 2024 – Dashboards\n\nAttendees:\n- AB (ONS)\n\n### Dashboards\n\nWe compared tools.\n\n## 8 March 2024\n\nKickoff.\n",
  "groups/data/meetings/2024-05-10.md": "---\nattendees:\n  - CD (DfE)\n---\n## Pipelines\n\nWe looked at pipelines.\n",
  "blog/2024-01-02-hello.md": "---\ntitle: Hello from the fixture\ntags: [news]\n---\nOur first post.\n",
  // The site's own layout of a name the tool also has: the site's wins.
  "_includes/page.njk": "---\nlayout: base.njk\n---\n<article class=\"site-own-page\"><h1>{{ title }}</h1>{{ content | safe }}</article>\n",
};

describe("a site of its own that imports the plugin by package name", () => {
  let site = "";
  let output = "";
  let log = "";
  const html = (url: string): HTMLElement => parse(readFileSync(path.join(output, url, "index.html"), "utf8"));

  beforeAll(() => {
    site = path.join(tempDir("community-notes-package-"), "site");
    for (const [name, text] of Object.entries(FILES)) {
      mkdirSync(path.dirname(path.join(site, name)), { recursive: true });
      writeFileSync(path.join(site, name), text);
    }
    mkdirSync(path.join(site, "node_modules"));
    symlinkSync(projectRoot, path.join(site, "node_modules/community-notes"), "dir");
    output = path.join(site, "_site");
    const eleventy = path.join(projectRoot, "node_modules/@11ty/eleventy/cmd.cjs");
    // tsx from this checkout: the site has no TypeScript loader of its own.
    const run = spawnSync(process.execPath, ["--import", import.meta.resolve("tsx"), eleventy, "--quiet"], { cwd: site, encoding: "utf8", timeout: 150_000, env: { ...process.env, SITE_URL: "", SITE_PATH_PREFIX: "" } });
    log = `${run.stdout}\n${run.stderr}`;
    expect(run.status, log).toBe(0);
  }, 180_000);

  test("has a page for each meeting file, and the meetings list", () => {
    const meeting = html("groups/data/meetings/2024-05-10");
    expect(meeting.querySelector("h1")?.text.trim()).toBe("Data and analysis: 10 May 2024");
    const rows = html("meetings").querySelectorAll(".meeting__title a").map((a) => a.getAttribute("href"));
    expect(rows).toEqual(["/groups/data/meetings/2024-05-10/", "/groups/data/notes/#2024-04-12", "/groups/data/notes/#2024-03-08"]);
  });

  test("publishes meetings.json from the same model", () => {
    const { meetings } = JSON.parse(readFileSync(path.join(output, "meetings.json"), "utf8")) as { meetings: Record<string, unknown>[] };
    expect(meetings.map((m) => [m.group, m.groupTitle, m.date, m.url])).toEqual([
      ["data", "Data and analysis", "2024-05-10", "/groups/data/meetings/2024-05-10/"],
      ["data", "Data and analysis", "2024-04-12", "/groups/data/notes/#2024-04-12"],
      ["data", "Data and analysis", "2024-03-08", "/groups/data/notes/#2024-03-08"],
    ]);
    expect(meetings[1]).toMatchObject({ title: "Dashboards", topics: ["Dashboards"], organisations: ["ONS"], source: "groups/data/notes.md" });
  });

  test("has group pages under the groups folder of its settings, with the group's own text", () => {
    const group = html("groups/data");
    expect(group.querySelector("h1")?.text.trim()).toBe("Data and analysis");
    expect(group.text).toContain("Meet the data people.");
    expect(group.querySelectorAll(".meeting-list .meeting").length).toBe(3);
    expect(html("groups").querySelector(".card__title a")?.getAttribute("href")).toBe("/groups/data/");
    expect(existsSync(path.join(output, "special-interest"))).toBe(false);
  });

  test("has the site feed and a feed per group", () => {
    const feed = readFileSync(path.join(output, "feed.xml"), "utf8");
    expect(feed).toContain("<title>Hello from the fixture</title>");
    expect(feed).toContain("https://fixture.example.org/groups/data/meetings/2024-05-10/");
    const groupFeed = readFileSync(path.join(output, "groups/data/feed.xml"), "utf8");
    expect([...groupFeed.matchAll(/<entry>/g)]).toHaveLength(3);
  });

  test("uses the tool's layouts, and the site's own where it has one of the same name", () => {
    expect(html("blog/hello").querySelector("article.post h1")?.text.trim()).toBe("Hello from the fixture");
    expect(html("blog/hello").querySelector(".site-header__name")?.text.trim()).toBe("Fixture community");
    expect(html("blog/hello").querySelectorAll(".breadcrumbs li").map((li) => li.text.trim())).toEqual(["Home", "Blog", "Hello from the fixture"]);
    // Every page laid out with page.njk (the default for pages) gets the site's own.
    expect(html("about").querySelector("article.site-own-page h1")?.text).toBe("About us");
    expect(html("groups/data/meetings/2024-05-10").querySelector("article.site-own-page")).not.toBeNull();
    expect(html("").querySelector(".home__intro")?.text).toContain("Welcome to our notes.");
  });

  test("serves the tool's styles and indexes the site for search", () => {
    expect(existsSync(path.join(output, "assets/css/site.css"))).toBe(true);
    const entry = JSON.parse(readFileSync(path.join(output, "pagefind/pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
    expect(Object.values(entry.languages)[0]?.page_count).toBeGreaterThanOrEqual(5);
    expect(log).toMatch(/Search index: \d+ pages/);
  });

  test("renders notes with the site's own markdown-it instance, plugins added with amendLibrary included", () => {
    // The notes page is rendered by the content model (it parsed it for its meetings) and the other by Eleventy.
    expect(html("groups/data/notes").querySelector("article p")?.getAttribute("data-fixture")).toBe("yes");
    expect(html("about").querySelector("article p")?.getAttribute("data-fixture")).toBe("yes");
  });

  test("keeps Markdown literal though the site's config leaves markdownTemplateEngine at Eleventy's default", () => {
    expect(html("about").querySelector("article p")?.text).toBe("Who we are. Templates write {{ site.name }} and {% if x %}, and here they stay text.");
    // Nothing the site did not list in `templates` ran one: the tags are in code, as written.
    expect(html("about").querySelectorAll("article p code").map((code) => code.text)).toEqual(["{{ site.name }}", "{% if x %}"]);
  });

  test("does not publish the configuration, the includes or node_modules", () => {
    expect(existsSync(path.join(output, "eleventy.config.mjs"))).toBe(false);
    expect(existsSync(path.join(output, "_includes"))).toBe(false);
    expect(existsSync(path.join(output, "node_modules"))).toBe(false);
  });
});
