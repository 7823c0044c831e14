/**
 * A site written for the GOV.UK Eleventy plugin, moved in with its front matter as written:
 * its layouts by name, a product page's masthead (description, start button, image),
 * `related` links and `aside`, and posts marked `tags: post` in nested folders.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildSite, type BuiltSite } from "./buildSite.ts";

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x01, 0x02]);

const home = `---
layout: product
title: Open source in government
description: A community for people who build software in the open.
startButton:
  text: Join the community
  href: /join/
image:
  src: assets/images/people.png
  alt: People talking around a table
aside:
  title: Next meet-up
  content: The next meet-up is on **12 March**.
related:
  sections:
    - title: Find out more
      items:
        - text: Our code of practice
          href: /code-of-practice/
        - text: A script link
          href: javascript:alert(1)
      subsections:
        - title: Elsewhere
          items:
            - text: The Service Manual
              href: https://www.example.org/service-manual
---
We meet every month.
`;

describe("a GOV.UK Eleventy plugin site", () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await buildSite({
      "index.md": home,
      "assets/images/people.png": PNG,
      "join.md": "---\nlayout: sub-navigation\ntitle: Join\norder: 2\neleventyNavigation:\n  key: Join\n---\nHow to join.\n",
      "about.md": "---\nlayout: sub-navigation\ntitle: About\norder: 1\neleventyNavigation:\n  key: About\n---\nAbout us.\n",
      "about/history.md": "---\nlayout: sub-navigation\ntitle: Our history\neleventyNavigation:\n  key: History\n  parent: About\n---\nSince 2017.\n",
      "code-of-practice.md": "---\nlayout: page\ntitle: Code of practice\nopengraphImage:\n  src: share.png\n  alt: Our code of practice\n---\nBe kind.\n",
      "news.md": "---\nlayout: collection\ntitle: News\npagination:\n  data: collections.post\n  size: 2\n  reverse: true\n---\nEverything we have written.\n",
      "blog/2024/05/spring.md": "---\nlayout: post\ntitle: Spring update\ndate: 2024-05-01\ntags: post\n---\nSpring.\n",
      "blog/2023/05/first.md": "---\nlayout: post\ntitle: First update\ndate: 2023-05-01\ntags: post\n---\nFirst.\n",
      "blog/2025/01/conference.md": "---\nlayout: post\ntitle: Our conference\ndate: 2025-01-20\nauthor: Sam Lee\ntags: post\nincludeInBreadcrumbs: true\n---\nWe met in Leeds.\n",
    });
  }, 180_000);

  test("a product page has its masthead: title, description, start button and image", () => {
    const page = site.html("/");
    expect(page.querySelectorAll("h1").map((h) => h.text.trim())).toEqual(["Open source in government"]);
    expect(page.querySelector(".masthead__description")?.text).toBe("A community for people who build software in the open.");
    const start = page.querySelector(".masthead a.button--start");
    expect([start?.text, start?.getAttribute("href")]).toEqual(["Join the community", "/join/"]);
    const image = page.querySelector(".masthead__image");
    expect([image?.getAttribute("src"), image?.getAttribute("alt")]).toEqual(["assets/images/people.png", "People talking around a table"]);
    expect(readFileSync(path.join(site.output, "assets/images/people.png")).equals(PNG)).toBe(true);
    expect(page.querySelector("main .prose")?.text).toContain("We meet every month.");
    // Their styles come with them, and only with them.
    expect(page.querySelector('link[href="/assets/css/page-extras.css"]')).not.toBeNull();
    expect(site.html("/code-of-practice/").querySelector('link[href="/assets/css/page-extras.css"]')).toBeNull();
  });

  test("related links and the aside are shown, and a script link is not a link", () => {
    const page = site.html("/");
    expect(page.querySelector(".aside__title")?.text).toBe("Next meet-up");
    expect(page.querySelector(".aside strong")?.text).toBe("12 March");
    expect(page.querySelectorAll(".related h2, .related h3").map((h) => h.text)).toEqual(["Find out more", "Elsewhere"]);
    expect(page.querySelectorAll(".related a").map((a) => a.getAttribute("href"))).toEqual(["/code-of-practice/", "https://www.example.org/service-manual"]);
    expect(page.querySelector(".related")?.text).toContain("A script link");
    expect(site.file("/")).not.toContain("javascript:");
  });

  test("sub-navigation pages list every page, as the plugin does: by key or title, under its parent, in order", () => {
    const nav = site.html("/join/").querySelector("nav.sidebar");
    // Pages with an order first; then those without (named by their titles), by title. Posts are
    // the blog's; a page that paginates over a collection (News) is in no collection, in Eleventy.
    expect(nav?.querySelectorAll(":scope > ol > li > a").map((a) => a.text)).toEqual(["About", "Join", "Code of practice"]);
    expect(nav?.querySelector('a[aria-current="page"]')?.text).toBe("Join");
    expect(nav?.querySelectorAll("li li a").map((a) => [a.text, a.getAttribute("href")])).toEqual([["History", "/about/history/"]]);
  });

  test("a collection page lists what it paginates over, page by page", () => {
    const first = site.html("/news/");
    expect(first.text).toContain("Everything we have written.");
    expect(first.querySelectorAll(".card__title a").map((a) => a.text)).toEqual(["Our conference", "Spring update"]);
    expect(first.querySelector('.pager a[rel="next"]')?.getAttribute("href")).toBe("/news/1/");
    expect(site.html("/news/1/").querySelectorAll(".card__title a").map((a) => a.text)).toEqual(["First update"]);
  });

  test("a share image is announced with the page's title, at its absolute address", () => {
    const head = site.html("/code-of-practice/");
    expect(head.querySelector('meta[property="og:image"]')?.getAttribute("content")).toMatch(/^https:\/\/[^/]+\/code-of-practice\/share\.png$/);
    expect(head.querySelector('meta[property="og:image:alt"]')?.getAttribute("content")).toBe("Our code of practice");
    expect(head.querySelector('meta[property="og:title"]')?.getAttribute("content")).toBe("Code of practice");
    expect(site.html("/join/").querySelector('meta[property="og:image"]')).toBeNull();
  });

  test("its other layouts by name render the page", () => {
    expect(site.html("/join/").querySelector("main h1")?.text.trim()).toBe("Join");
    expect(site.html("/code-of-practice/").querySelector("main h1")?.text.trim()).toBe("Code of practice");
    expect(site.html("/blog/2025/01/conference/").querySelector("article.post h1")?.text.trim()).toBe("Our conference");
    expect(site.html("/blog/").text).toContain("Our conference");
    // Its author, a name as the plugin takes it, on the post and in the blog's list.
    expect(site.html("/blog/2025/01/conference/").text).toContain("by Sam Lee");
    expect(site.html("/blog/").querySelector(".card .meta")?.text).toMatch(/^20 January 2025 · by Sam Lee$/);
  });
});

describe("the GOV.UK Eleventy plugin's listing layouts by name", () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await buildSite({
      "sitemap.md": "---\nlayout: sitemap\ntitle: Sitemap\npermalink: /sitemap/\neleventyExcludeFromCollections: true\n---\nEvery page on this site.\n",
      "about.md": "---\ntitle: About us\ndescription: Who we are.\nincludeInBreadcrumbs: true\nsectionKey: About\n---\nUs.\n",
      "topics.md": "---\nlayout: tags\ntitle: Topics\n---\nWhat we write about.\n",
      "blog/2025/01/conference.md": "---\nlayout: post\ntitle: Our conference\ndate: 2025-01-20\ntags: [post, events]\n---\nWe met.\n",
      "search.md": "---\nlayout: search\ntitle: Search the community\npermalink: /search/\nhomepage: false\n---\nSearch our notes and posts.\n",
      "find.md": "---\nlayout: search\ntitle: Find something\n---\nLooking for a page?\n",
    });
  }, 180_000);

  test("sitemap: the page's text, then every page by address", () => {
    const page = site.html("/sitemap/");
    expect(page.querySelector("main h1")?.text.trim()).toBe("Sitemap");
    expect(page.text).toContain("Every page on this site.");
    const links = page.querySelectorAll(".sitemap-list a").map((a) => a.getAttribute("href"));
    expect(links).toEqual(expect.arrayContaining(["/about/", "/blog/2025/01/conference/", "/topics/"]));
    expect(links).not.toContain("/sitemap/");
    expect(page.querySelector('.sitemap-list a[href="/about/"]')?.parentNode?.text).toContain("Who we are.");
  });

  test("tags: the page's text, then every topic", () => {
    const page = site.html("/topics/");
    expect(page.text).toContain("What we write about.");
    expect(page.querySelectorAll(".tag-cloud a").map((a) => a.text)).toEqual(["events"]);
  });

  test("search: the site's page at /search/ is the search page, its text above the results; elsewhere a form leads there", () => {
    const search = site.html("/search/");
    expect(search.querySelector("main h1")?.text.trim()).toBe("Search the community");
    expect(search.text).toContain("Search our notes and posts.");
    expect(search.querySelector("#search.search-ui")).not.toBeNull();
    expect(search.querySelector('script[src="/assets/js/search.js"]')).not.toBeNull();
    const find = site.html("/find/");
    expect(find.querySelector("main h1")?.text.trim()).toBe("Find something");
    expect(find.querySelector('main form[action="/search/"] input[name="q"]')).not.toBeNull();
    expect(find.querySelector('script[src="/assets/js/search.js"]')).toBeNull();
  });
});

describe("the GOV.UK Eleventy plugin's options, as site settings", () => {
  test("a product name and logo in the header, footer text and licence, no heading self-links", { timeout: 180_000 }, async () => {
    const site = await buildSite(
      { "about.md": "---\ntitle: About\n---\n## Who we are\n\nPeople.\n", "logo.png": PNG },
      { site: { productName: "Community notes", logo: { src: "/logo.png", alt: "The community's logo" }, footer: { text: "Written by the community.", licence: "Text is available under CC BY 4.0." }, headingPermalinks: false } },
    );
    const page = site.html("/about/");
    expect(page.querySelector(".site-header__product")?.text).toBe("Community notes");
    expect(page.querySelector(".site-header__logo")?.getAttribute("alt")).toBe("The community's logo");
    expect(page.querySelectorAll(".site-footer p").map((p) => p.text.trim())).toContain("Written by the community.");
    expect(page.querySelector(".site-footer__licence")?.text).toBe("Text is available under CC BY 4.0.");
    const heading = page.querySelector("main h2");
    expect(heading?.getAttribute("id")).toBe("who-we-are");
    expect(heading?.querySelector("a")).toBeNull();
  });
});

describe("a GOV.UK Eleventy plugin site's own layouts, which extend the plugin's", () => {
  test("extend ours by the plugin's paths and replace their blocks; listed in _layouts/, found by name", { timeout: 180_000 }, async () => {
    const site = await buildSite(
      {
        "_layouts/main.njk": '{% extends "layouts/page.njk" %}\n{% block footer %}<footer class="govuk-footer"><p class="ours">Our own footer</p></footer>{% endblock %}\n',
        "_layouts/wide.njk": '{% extends "layouts/base.njk" %}\n{% block content %}<div class="wide">{{ content | safe }}</div>{% endblock %}\n',
        "index.md": "---\ntitle: Home\nlayout: main\n---\nWelcome to the community.\n",
        "about.md": "---\ntitle: About\nlayout: wide\n---\nAll about us.\n",
        "plain.md": "---\ntitle: Plain\n---\nA page of ours.\n",
      },
      { site: { templates: ["_layouts/**"] } },
    );
    const home = site.html("/");
    expect(home.querySelector("main article.prose h1")?.text.trim()).toBe("Home");
    expect(home.querySelector("main article.prose")?.text).toContain("Welcome to the community.");
    expect(home.querySelector("footer.govuk-footer .ours")?.text).toBe("Our own footer");
    expect(home.querySelector(".site-footer")).toBeNull();
    // The site's layouts may use the package's classes anywhere: the stylesheet comes with them.
    expect(home.querySelector('link[href="/assets/vendor/govuk-frontend/govuk-frontend.css"]')).not.toBeNull();
    expect(site.html("/about/").querySelector("main .wide")?.text).toContain("All about us.");
    expect(site.html("/about/").querySelector(".site-header")).not.toBeNull();
    const plain = site.html("/plain/");
    expect(plain.querySelector(".site-footer")).not.toBeNull();
    expect(plain.querySelector('link[href="/assets/vendor/govuk-frontend/govuk-frontend.css"]')).toBeNull();
    expect(site.files().some((file) => file.includes("_layouts"))).toBe(false);
  });
});
