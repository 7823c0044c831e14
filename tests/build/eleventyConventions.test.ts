/**
 * Eleventy's own conventions, as sites moved in from Eleventy keep their files: posts marked
 * with `tags: post` wherever they live, `x/x.md` published at `/x/`, and the images beside a
 * page published at their path, byte for byte.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildSite, type BuiltSite } from "./buildSite.ts";

// A few bytes that are not text: a PNG signature and some binary.
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0x00, 0x7f, 0x80]);
const PDF = Buffer.from("%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n", "latin1");

describe("a site laid out as Eleventy sites are", () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await buildSite({
      "blog/2025/01/conference.md": "---\ntitle: Our first conference\ndate: 2025-01-20\ntags: [post, events]\n---\nWe met in Leeds.\n",
      "blog/2024/06/summer.md": "---\ntitle: Summer update\ndate: 2024-06-03\ntags: post\n---\nNews from the summer.\n",
      "news/launch.md": "---\ntitle: Launch\ndate: 2023-02-01\ntags: posts\n---\nWe launched.\n",
      "talks/open-source-presentation/open-source-presentation.md": "---\ntitle: Open source presentation\n---\n![Slide 1](slide-1.png)\n\n[The slides as PDF](slides.pdf)\n",
      "talks/open-source-presentation/slide-1.png": PNG,
      "talks/open-source-presentation/slides.pdf": PDF,
      "talks/open-source-presentation/diagram.svg": "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>",
    });
  }, 180_000);

  test("posts tagged post or posts are listed on the blog wherever they live, newest first", () => {
    const titles = site.html("/blog/").querySelectorAll("article h2, .post-list a, main li a").map((a) => a.text.trim());
    const order = ["Our first conference", "Summer update", "Launch"].map((title) => titles.indexOf(title));
    expect(order.every((at) => at >= 0), titles.join(" | ")).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(site.exists("/blog/2025/01/conference/")).toBe(true);
    expect(site.html("/blog/2025/01/conference/").querySelector("article.post")).not.toBeNull();
  });

  test("collection tags are not topics", () => {
    expect(site.exists("/tags/post/")).toBe(false);
    expect(site.exists("/tags/posts/")).toBe(false);
    expect(site.exists("/tags/events/")).toBe(true);
    const tags = site.html("/blog/2025/01/conference/").querySelectorAll(".tag-list a").map((a) => a.text.trim());
    expect(tags).toEqual(["events"]);
  });

  test("x/x.md is published at /x/, with the files beside it at their paths, byte for byte", () => {
    expect(site.exists("/talks/open-source-presentation/")).toBe(true);
    expect(site.exists("/talks/open-source-presentation/open-source-presentation/")).toBe(false);
    const page = site.html("/talks/open-source-presentation/");
    expect(page.querySelector('img[alt="Slide 1"]')?.getAttribute("src")).toBe("slide-1.png");
    for (const [name, bytes] of [["slide-1.png", PNG], ["slides.pdf", PDF]] as const) {
      expect(readFileSync(path.join(site.output, "talks/open-source-presentation", name)).equals(bytes), name).toBe(true);
    }
  });

  test("an SVG beside a page is not published: it could hold a script", () => {
    expect(site.files().some((file) => file.endsWith(".svg") && file.startsWith("talks/"))).toBe(false);
  });
});
