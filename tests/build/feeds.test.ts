/**
 * The feeds end to end: the site feed keeps the newest entries of every kind (posts and
 * meetings together), the blog feed keeps every post however old, and pages name the feeds
 * that concern them in their head. Both feeds are read with a real XML parser.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Window } from "happy-dom";
import { buildSite, type BuiltSite } from "./buildSite.ts";

const SITE_URL = "https://example-community.github.io";
const BUILD_TIMEOUT = 120_000;

interface Post {
  file: string;
  slug: string;
  date: string;
  title: string;
  description?: string;
}

/** 35 posts, one every 85 days from 4 March 2017 (the last in 2025); every fifth has no description. */
function fixturePosts(): Post[] {
  const posts: Post[] = [];
  const first = Date.UTC(2017, 2, 4);
  for (let n = 0; n < 35; n++) {
    const date = new Date(first + n * 85 * 86_400_000).toISOString().slice(0, 10);
    const slug = n === 0 ? "old-post" : `update-${String(n).padStart(2, "0")}`;
    posts.push({
      file: `blog/${date}-${slug}.md`,
      slug,
      date,
      title: n === 0 ? "Where it all started" : `Community update number ${n}`,
      ...(n % 5 === 4 ? {} : { description: `What happened around ${date}.` }),
    });
  }
  return posts;
}

const POSTS = fixturePosts();

function postFile(post: Post): string {
  const description = post.description ? `description: "${post.description}"\n` : "";
  return `---\ntitle: "${post.title}"\ndate: ${post.date}\n${description}---\nA short note for ${post.slug}, with [a link to the guides](/guides/).\n`;
}

const FILES: Record<string, string> = {
  ...Object.fromEntries(POSTS.map((post) => [post.file, postFile(post)])),
  // Characters XML must escape, in a title, a description and the body.
  "blog/2025-06-01-tips-and-tricks.md":
    '---\ntitle: "Tips & tricks <for editors>"\ndate: 2025-06-01\ndescription: "Less typing & fewer mistakes"\n---\nUse `<kbd>` & friends.\n',
  "meetups/notes.md":
    "---\ntitle: Meet-up notes\n---\n## 12 June 2025\n\n### Lightning talks\n\nFour short talks.\n\n## 8 May 2025\n\n### Planning\n\nWe planned the summer.\n",
  "special-interest/testing/notes.md":
    "---\ntitle: Testing notes\n---\n## 20 March 2025\n\n### Flaky tests\n\nWe compared notes.\n\n## 14 February 2025\n\n### Test data\n\nWe shared fixtures.\n",
};

/** Every post of the fixture, newest first, as the blog feed should list them. */
const ALL_POSTS = [...POSTS.map((post) => ({ slug: post.slug, date: post.date })), { slug: "tips-and-tricks", date: "2025-06-01" }].sort((a, b) =>
  b.date.localeCompare(a.date),
);

const window = new Window();
afterAll(async () => {
  await window.happyDOM.close();
});

/**
 * Parses an Atom document, failing on anything that is not well-formed. The parser reports
 * unclosed and mismatched elements; it accepts a bare `&`, so those are looked for here.
 */
function parseAtom(text: string): Document {
  const bareAmpersand = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.exec(text);
  expect(bareAmpersand, `a bare & at ${bareAmpersand?.index}`).toBeNull();
  const doc = new window.DOMParser().parseFromString(text, "application/xml") as unknown as Document;
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  expect(doc.documentElement.tagName).toBe("feed");
  expect(doc.documentElement.namespaceURI).toBe("http://www.w3.org/2005/Atom");
  return doc;
}

interface Entry {
  title: string;
  link: string;
  updated: string;
  id: string;
  summary?: string;
  content: string;
}

function entries(doc: Document): Entry[] {
  return [...doc.getElementsByTagName("entry")].map((entry) => {
    const child = (name: string) => entry.getElementsByTagName(name)[0];
    return {
      title: child("title")?.textContent ?? "",
      link: child("link")?.getAttribute("href") ?? "",
      updated: child("updated")?.textContent ?? "",
      id: child("id")?.textContent ?? "",
      summary: child("summary")?.textContent ?? undefined,
      content: child("content")?.textContent ?? "",
    };
  });
}

/** The feed's own links (not its entries'), by `rel`. */
function feedLinks(doc: Document): Record<string, string> {
  const links: Record<string, string> = {};
  for (const link of doc.documentElement.children) {
    if (link.tagName === "link") links[link.getAttribute("rel") ?? "alternate"] = link.getAttribute("href") ?? "";
  }
  return links;
}

const newestFirst = (dates: string[]) => [...dates].sort((a, b) => b.localeCompare(a));

describe("the feeds of a site with eight years of posts and some meetings", () => {
  let site: BuiltSite;
  let blog: Entry[];
  let siteFeed: Entry[];
  beforeAll(async () => {
    site = await buildSite(FILES);
    blog = entries(parseAtom(site.file("/blog/feed.xml")));
    siteFeed = entries(parseAtom(site.file("/feed.xml")));
  }, BUILD_TIMEOUT);

  test("the blog feed holds every post once, newest first, with absolute URLs", () => {
    expect(blog.map((entry) => entry.link)).toEqual(ALL_POSTS.map((post) => `${SITE_URL}/blog/${post.slug}/`));
    expect(new Set(blog.map((entry) => entry.id)).size).toBe(ALL_POSTS.length);
    expect(blog.map((entry) => entry.id)).toEqual(blog.map((entry) => entry.link));
    expect(blog.map((entry) => entry.updated)).toEqual(ALL_POSTS.map((post) => `${post.date}T00:00:00Z`));
  });

  test("the 2017 post is in the blog feed, as the oldest entry", () => {
    const old = blog.at(-1);
    expect(old?.title).toBe("Where it all started");
    expect(old?.link).toBe(`${SITE_URL}/blog/old-post/`);
    expect(old?.updated).toBe("2017-03-04T00:00:00Z");
  });

  test("blog entries have a summary only when the post has a description, and HTML content with absolute links", () => {
    for (const post of POSTS) {
      const entry = blog.find((e) => e.link === `${SITE_URL}/blog/${post.slug}/`);
      expect(entry?.title).toBe(post.title);
      expect(entry?.summary).toBe(post.description);
      expect(entry?.content).toContain(`A short note for ${post.slug}`);
      expect(entry?.content).toContain(`href="${SITE_URL}/guides/"`);
    }
  });

  test("titles, summaries and content are escaped", () => {
    const tips = blog.find((entry) => entry.link === `${SITE_URL}/blog/tips-and-tricks/`);
    expect(tips?.title).toBe("Tips & tricks <for editors>");
    expect(tips?.summary).toBe("Less typing & fewer mistakes");
    expect(tips?.content).toContain("<code>&lt;kbd&gt;</code> &amp; friends");
  });

  test("the blog feed names itself, the blog and its newest post's date", () => {
    const doc = parseAtom(site.file("/blog/feed.xml"));
    expect(feedLinks(doc)).toEqual({ self: `${SITE_URL}/blog/feed.xml`, alternate: `${SITE_URL}/blog/` });
    const own = (name: string) => [...doc.documentElement.children].find((child) => child.tagName === name)?.textContent;
    expect(own("id")).toBe(`${SITE_URL}/blog/`);
    expect(own("updated")).toBe("2025-06-01T00:00:00Z");
    expect(own("title")).toContain("Blog");
  });

  test("the site feed keeps at most 30 entries of every kind, newest first", () => {
    expect(siteFeed).toHaveLength(30);
    const dates = siteFeed.map((entry) => entry.updated);
    expect(dates).toEqual(newestFirst(dates));
    expect(siteFeed[0]?.link).toBe(`${SITE_URL}/meetups/notes/#2025-06-12`);
    const meetings = siteFeed.filter((entry) => entry.link.includes("#"));
    expect(meetings).toHaveLength(4);
    for (const entry of siteFeed) expect(entry.link.startsWith(`${SITE_URL}/`)).toBe(true);
    // The oldest posts no longer fit; they are in the blog feed.
    expect(siteFeed.map((entry) => entry.link)).not.toContain(`${SITE_URL}/blog/old-post/`);
  });

  test("every post is in at least one feed, and a post's entry is the same in both", () => {
    const inSiteFeed = new Map(siteFeed.map((entry) => [entry.link, entry]));
    for (const entry of blog) {
      const same = inSiteFeed.get(entry.link);
      if (same) expect(same).toEqual(entry);
    }
    const linked = new Set([...siteFeed, ...blog].map((entry) => entry.link));
    for (const post of ALL_POSTS) expect(linked.has(`${SITE_URL}/blog/${post.slug}/`)).toBe(true);
  });

  test("the blog index links to the blog feed, and blog pages advertise it in the head", () => {
    const index = site.html("/blog/");
    const follow = index.querySelectorAll("main a").find((a) => a.text.trim() === "Follow the Atom feed");
    expect(follow?.getAttribute("href")).toBe("/blog/feed.xml");
    const advertised = (urlPath: string) =>
      site
        .html(urlPath)
        .querySelectorAll('head link[rel="alternate"][type="application/atom+xml"]')
        .map((link) => ({ href: link.getAttribute("href"), title: link.getAttribute("title") }));
    const siteName = "Open Source Community of Practice";
    const both = [
      { href: "/blog/feed.xml", title: `Blog · ${siteName}` },
      { href: "/feed.xml", title: siteName },
    ];
    expect(advertised("/blog/")).toEqual(both);
    expect(advertised("/blog/old-post/")).toEqual(both);
    expect(advertised("/meetings/")).toEqual([{ href: "/feed.xml", title: siteName }]);
    expect(advertised("/meetups/notes/")).toEqual([{ href: "/feed.xml", title: siteName }]);
  });

  test("the sitemap and robots.txt still build; the feeds are not in the sitemap", () => {
    const sitemap = site.file("/sitemap.xml");
    expect(sitemap).toContain(`<loc>${SITE_URL}/blog/old-post/</loc>`);
    expect(sitemap).toContain(`<loc>${SITE_URL}/blog/</loc>`);
    expect(sitemap).not.toContain("feed.xml");
    expect(site.file("/robots.txt")).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`);
  });
});

describe("the blog feed of a site under a path prefix", () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await buildSite(
      {
        "blog/2017-03-04-old-post.md": '---\ntitle: "Where it all started"\ndate: 2017-03-04\n---\nSee [the guides](/guides/).\n',
        "blog/2024-10-01-newer-post.md": '---\ntitle: "A newer post"\ndate: 2024-10-01\n---\nHello.\n',
      },
      { pathPrefix: "/community-notes/" },
    );
  }, BUILD_TIMEOUT);

  test("feed, entry and content URLs carry the prefix", () => {
    const doc = parseAtom(site.file("/blog/feed.xml"));
    expect(feedLinks(doc)).toEqual({ self: `${SITE_URL}/community-notes/blog/feed.xml`, alternate: `${SITE_URL}/community-notes/blog/` });
    const list = entries(doc);
    expect(list.map((entry) => entry.link)).toEqual([`${SITE_URL}/community-notes/blog/newer-post/`, `${SITE_URL}/community-notes/blog/old-post/`]);
    expect(list[1]?.content).toContain(`href="${SITE_URL}/community-notes/guides/"`);
  });

  test("the blog's links to its feed carry the prefix", () => {
    const index = site.html("/blog/");
    expect(index.querySelector('main a[href="/community-notes/blog/feed.xml"]')?.text.trim()).toBe("Follow the Atom feed");
    const heads = site.html("/blog/old-post/").querySelectorAll('head link[type="application/atom+xml"]').map((link) => link.getAttribute("href"));
    expect(heads).toEqual(["/community-notes/blog/feed.xml", "/community-notes/feed.xml"]);
  });
});
