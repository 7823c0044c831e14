/**
 * The site's pages win: a page the site has at the address of one of the tool's listings
 * (by its path: `blog/index.njk`, `special-interest.md`, `guides.md`) replaces the listing,
 * with no output conflict, and can show the listing below its own text (`listing:`). So does
 * a page that claims the address through its `permalink`, wherever it lives.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { buildSite, type BuiltSite } from "./buildSite.ts";
import { listingPartial } from "../../src/collections/index.ts";

describe("a site with pages of its own at the listings' addresses", () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await buildSite(
      {
        "blog/index.njk": "---\ntitle: Our blog\npermalink: /blog/index.html\n---\n<p class=\"own\">Written by us, {{ collections.posts | length }} posts.</p>\n",
        "blog/2024-01-02-first.md": "---\ntitle: First post\n---\nHello.\n",
        "special-interest.md": "---\ntitle: Our groups\nlisting: groups\n---\nEvery group we run.\n",
        "special-interest/data/index.md": "---\ntitle: Data people\n---\nAbout data.\n",
        "guides.md": "---\ntitle: How we work\n---\nOur own guide index.\n",
        "guides/start.md": "---\ntitle: Start here\n---\nSteps.\n",
      },
      { site: { templates: ["blog/index.njk"] } },
    );
  }, 180_000);

  test("each replaces the generated page at its address", () => {
    expect(site.html("/blog/").querySelector(".own")?.text).toBe("Written by us, 1 posts.");
    expect(site.html("/guides/").querySelector("h1")?.text.trim()).toBe("How we work");
    expect(site.html("/guides/").text).toContain("Our own guide index.");
    expect(site.html("/guides/").querySelector(".card-list")).toBeNull();
  });

  test("a page that asks for the listing shows it below its own text", () => {
    const page = site.html("/special-interest/");
    expect(page.querySelector("h1")?.text.trim()).toBe("Our groups");
    expect(page.text).toContain("Every group we run.");
    expect(page.querySelectorAll(".card-list .card__title a").map((a) => a.getAttribute("href"))).toEqual(["/special-interest/data/"]);
  });

  test("a page claiming a listing's address by its permalink replaces it too, and the sitemap names the address once", async () => {
    const claimed = await buildSite(
      {
        "news/all-posts.md": "---\ntitle: Every post\npermalink: /blog/index.html\nlisting: posts\n---\nOur news, oldest habits first.\n",
        "talks-page.md": "---\ntitle: Recorded talks\npermalink: /talks/\n---\nAll of them.\n",
        "blog/2024-01-02-first.md": "---\ntitle: First post\n---\nHello.\n",
      },
      {},
    );
    const blog = claimed.html("/blog/");
    expect(blog.querySelector("h1")?.text.trim()).toBe("Every post");
    expect(blog.text).toContain("Our news, oldest habits first.");
    expect(blog.querySelectorAll("a").map((a) => a.getAttribute("href"))).toContain("/blog/first/");
    expect(claimed.html("/talks/").querySelector("h1")?.text.trim()).toBe("Recorded talks");
    const sitemap = claimed.file("/sitemap.xml");
    expect(sitemap.match(/<loc>[^<]*\/blog\/<\/loc>/g)).toHaveLength(1);
    expect(sitemap.match(/<loc>[^<]*\/talks\/<\/loc>/g)).toHaveLength(1);
  }, 180_000);

  test("a listing is named, never a path", () => {
    expect(listingPartial("posts")).toBe("partials/listings/posts.njk");
    for (const value of ["../../etc/passwd", "partials/header", "", 3, undefined]) expect(listingPartial(value)).toBe("");
  });
});
