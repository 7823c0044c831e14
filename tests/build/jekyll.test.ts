/**
 * A site moved in from Jekyll, files as written: posts in `_posts/` dated by their file
 * names, links written with `{{ site.baseurl }}` and `relative_url`, `published: false`, and
 * `redirect_from`, which leaves a page at each old address that sends visitors on.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { attemptBuild, buildSite, type BuiltSite } from "./buildSite.ts";
import { findContentError } from "../../src/diagnostics/diagnostic.ts";
import { diagnosticFromBuildError } from "../../src/eleventy/errors.ts";

describe("a Jekyll site", () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await buildSite({
      "_posts/2019-05-04-hello-world.md": "---\ntitle: Hello world\nlayout: post\nredirect_from:\n  - /blog/hello-world/\n  - /hello/\n---\nOur first post. See [the about page]({{ site.baseurl }}/about/) and ![our logo]({{ \"/logo.png\" | relative_url }}).\n",
      "_drafts/next-steps.md": "---\ntitle: Next steps\n---\nNot ready.\n",
      "_posts/2019-06-01-unpublished.md": "---\ntitle: Not yet\npublished: false\n---\nLater.\n",
      "about.md": "---\ntitle: About\nredirect_from: /about-us.html\nmodified: 2024-02-03\n---\nAbout us. Read [the first post]({% post_url 2019-05-04-hello-world %}) and [the launch]({% link _posts/2020-01-02-launch.md %}).\n",
      "_posts/2020-01-02-launch.md": "---\ntitle: Launch\ncategories: [news]\n---\nWe launched.\n",
      "logo.png": Buffer.from([0x89, 0x50, 0x4e, 0x47]),
    });
  }, 180_000);

  test("posts in _posts/ are posts, dated by their file names, at the addresses Jekyll gave them", () => {
    const post = site.html("/2019/05/04/hello-world.html");
    expect(post.querySelector("article.post h1")?.text.trim()).toBe("Hello world");
    expect(post.querySelector("time")?.getAttribute("datetime")).toMatch(/^2019-05-04/);
    expect(site.html("/blog/").text).toContain("Hello world");
  });

  test("a post's categories are in its address, as Jekyll's, and are its topics", () => {
    expect(site.exists("/news/2020/01/02/launch.html")).toBe(true);
    expect(site.html("/news/2020/01/02/launch.html").querySelectorAll(".tag-list a").map((a) => a.text.trim())).toEqual(["news"]);
  });

  test("{% post_url %} and {% link %} lead to the posts they name", () => {
    const about = site.html("/about/");
    expect(about.querySelector('main a[href="/2019/05/04/hello-world.html"]')?.text).toBe("the first post");
    // The address the post is published at, its front matter categories included.
    expect(about.querySelector('main a[href="/news/2020/01/02/launch.html"]')?.text).toBe("the launch");
    expect(site.file("/about/")).not.toContain("{%");
  });

  test("modified in front matter is the page's last update", () => {
    expect(site.html("/about/").querySelector(".site-footer__updated time")?.getAttribute("datetime")).toBe("2024-02-03");
  });

  test("links written with Jekyll's variables lead where they did", () => {
    const post = site.html("/2019/05/04/hello-world.html");
    expect(post.querySelector('main a[href="/about/"]')?.text).toBe("the about page");
    expect(post.querySelector('main img[alt="our logo"]')?.getAttribute("src")).toBe("/logo.png");
    expect(site.file("/2019/05/04/hello-world.html")).not.toContain("{{");
  });

  test("published: false, and Jekyll's _drafts/, are left out", () => {
    expect(site.files().some((file) => file.includes("next-steps"))).toBe(false);
    expect(site.exists("/2019/06/01/unpublished.html")).toBe(false);
  });

  test("each old address is a page that sends visitors on", () => {
    for (const [old, to] of [["/blog/hello-world/", "/2019/05/04/hello-world.html"], ["/hello/", "/2019/05/04/hello-world.html"], ["/about-us.html", "/about/"]] as const) {
      const page = site.html(old);
      expect(page.querySelector('meta[http-equiv="refresh"]')?.getAttribute("content"), old).toBe(`0; url=${to}`);
      expect(page.querySelector("a")?.getAttribute("href")).toBe(to);
      expect(page.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
    }
    expect(site.file("/sitemap.xml")).not.toContain("about-us.html");
  });

  test("an old address that is another page's, or another site's, stops the build at its line", { timeout: 120_000 }, async () => {
    for (const [value, message] of [["/about/", /is the address of a page the site has/], ["https://elsewhere.example/x", /is on another site/], ["/a/../../x", /climbs/]] as const) {
      const attempt = await attemptBuild({ "about.md": "---\ntitle: About\n---\nAbout.\n", "moved.md": `---\ntitle: Moved\nredirect_from: "${value}"\n---\nText.\n` });
      const found = findContentError(attempt.error)?.diagnostic;
      expect(found, String(attempt.error)).toMatchObject({ file: expect.stringContaining("content/moved.md"), line: 3, rule: "output" });
      expect(found?.message).toMatch(message);
    }
  });
});

describe("a Jekyll site's listed pages", () => {
  test("run Liquid first when the site says markdownTemplateEngine: liquid", { timeout: 180_000 }, async () => {
    const site = await buildSite(
      { "events.md": "---\ntitle: Events\n---\n{% assign next = 'thursday' | capitalize %}Next meet-up: {{ next }}.\n" },
      { site: { templates: ["events.md"], markdownTemplateEngine: "liquid" } },
    );
    expect(site.html("/events/").querySelector("main")?.text).toContain("Next meet-up: Thursday.");
  });

  test("include Jekyll's includes as Jekyll writes them, from the content's _includes/, which are never published", { timeout: 180_000 }, async () => {
    const site = await buildSite(
      {
        "index.html": "---\ntitle: Home\nlayout: default\n---\n<p>Welcome.</p>\n{% include past.html %}\n",
        "_includes/past.html": "<p class=\"past\">{{ 'past events' | capitalize }}</p>\n",
      },
      { site: { templates: ["index.html", "_includes/**"], markdownTemplateEngine: "liquid" } },
    );
    expect(site.html("/").querySelector("main .past")?.text).toBe("Past events");
    expect(site.files().filter((file) => file.includes("_includes"))).toEqual([]);
  });

  test("a Liquid include of a content file the templates setting does not list is refused at its page", { timeout: 180_000 }, async () => {
    const attempt = await attemptBuild(
      { "events.md": "---\ntitle: Events\n---\n{% include notes.csv %}\n", "notes.csv": "date,place\n{{ 'ran' | upcase }},x\n" },
      { site: { templates: ["events.md"], markdownTemplateEngine: "liquid" } },
    );
    const diagnostic = findContentError(attempt.error)?.diagnostic ?? diagnosticFromBuildError(attempt.error);
    expect(diagnostic.file).toMatch(/events\.md$/);
    expect(diagnostic.message).toMatch(/notes\.csv is a content file that the site's `templates` setting does not list, so it is not run as a template/);
    expect(attempt.files().some((file) => file.startsWith("events/"))).toBe(false);
  });
});

describe("a Jekyll site with a permalink style in its settings (its _config.yml permalink)", () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await buildSite(
      {
        "_posts/2019-05-04-hello-world.md": "---\ntitle: Hello world\ncategories: [news]\n---\nFirst.\n",
        "_posts/2019-06-01-moved.md": "---\ntitle: Moved\nslug: relocated\ndate: 2019-06-02 10:00:00 +0100\n---\nSee [hello]({% post_url 2019-05-04-hello-world %}).\n",
        "about.md": "---\ntitle: About\n---\nRead [the move]({% link _posts/2019-06-01-moved.md %}).\n",
      },
      { site: { permalink: "/:categories/:year/:month/:day/:title/" } },
    );
  }, 180_000);

  test("posts are at the pattern's addresses: categories, the date as written, the slug", () => {
    expect(site.html("/news/2019/05/04/hello-world/").querySelector("h1")?.text.trim()).toBe("Hello world");
    expect(site.html("/2019/06/02/relocated/").querySelector("h1")?.text.trim()).toBe("Moved");
  });

  test("links to posts lead to those addresses", () => {
    expect(site.html("/2019/06/02/relocated/").querySelector("main p a")?.getAttribute("href")).toBe("/news/2019/05/04/hello-world/");
    expect(site.html("/about/").querySelector("main p a")?.getAttribute("href")).toBe("/2019/06/02/relocated/");
  });

  test("a style without a trailing slash publishes pages as name.html, as Jekyll does", async () => {
    const dated = await buildSite({ "about.md": "---\ntitle: About\n---\nUs.\n", "_posts/2019-05-04-hi.md": "---\ntitle: Hi\n---\nHi.\n" }, { site: { permalink: "date" } });
    expect(dated.exists("/about.html")).toBe(true);
    expect(dated.exists("/2019/05/04/hi.html")).toBe(true);
  }, 180_000);
});
