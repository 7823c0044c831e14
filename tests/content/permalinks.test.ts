import { describe, expect, it } from "vitest";
import { defaultPermalink } from "../../src/content/permalinks.ts";

describe("defaultPermalink", () => {
  it.each([
    ["/about", "/about/"],
    ["/index", "/"],
    ["/guides/index", "/guides/"],
    ["/guides/getting-started", "/guides/getting-started/"],
    ["/blog/2023-12-08-welcome", "/blog/welcome/"],
    ["/blog/2023-12-08-a-2024-01-01-b", "/blog/a-2024-01-01-b/"],
    ["/special-interest/g/meetings/2024-05-10", "/special-interest/g/meetings/2024-05-10/"],
    ["/special-interest/g/meetings/2024-05-10-clinic", "/special-interest/g/meetings/2024-05-10-clinic/"],
    ["/news/2024-05-10-launch", "/news/2024-05-10-launch/"],
    ["/2023-12-08/notes", "/2023-12-08/notes/"],
    ["\\blog\\2023-12-08-welcome", "/blog/welcome/"],
    // Eleventy's rule: a file named as its folder is that folder's page.
    ["/talks/open-source-presentation/open-source-presentation", "/talks/open-source-presentation/"],
    ["/slides/slides", "/slides/"],
    ["/slides", "/slides/"],
    // Jekyll's default address for a post, categories from the folders above _posts/.
    ["/_posts/2019-05-04-hello-world", "/2019/05/04/hello-world.html"],
    ["/news/_posts/2019/2019-05-04-hello", "/news/2019/05/04/hello.html"],
    ["/_posts/about", "/_posts/about/"],
  ])("%s → %s", (stem, url) => {
    expect(defaultPermalink(stem)).toBe(url);
  });

  it("puts a Jekyll post's front matter categories before its date, as Jekyll does", () => {
    expect(defaultPermalink("/_posts/hello", "2019-05-04-hello", ["News", "Big Days"])).toBe("/news/big-days/2019/05/04/hello.html");
  });
});
