import { describe, expect, it } from "vitest";
import { addressOfPermalink, pageAddress, permalinkStyleProblem, type AddressFacts } from "../../src/content/permalinks.ts";

describe("pageAddress without a permalink style", () => {
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
    expect(pageAddress({ stem })).toBe(url);
  });

  it("puts a Jekyll post's front matter categories before its date, as Jekyll does", () => {
    expect(pageAddress({ stem: "/_posts/hello", fileName: "2019-05-04-hello", categories: ["News", "Big Days"] })).toBe("/news/big-days/2019/05/04/hello.html");
  });
});

describe("pageAddress with the site's permalink style", () => {
  const post = (stem: string, extra: Partial<AddressFacts> = {}): AddressFacts => ({ stem, fileName: stem.split("/").at(-1), post: true, ...extra });

  it.each([
    ["date", "/news/2019/05/04/hello.html"],
    ["pretty", "/news/2019/05/04/hello/"],
    ["ordinal", "/news/2019/124/hello.html"],
    ["none", "/news/hello.html"],
    ["/:year/:i_month/:i_day/:slug/", "/2019/5/4/hello/"],
    ["/:categories/:short_year/:title:output_ext", "/news/19/hello.html"],
    // No extension: written as .html, as Jekyll writes it (and GitHub Pages serves /hello too).
    ["/:title", "/hello.html"],
    ["/:year/:title", "/2019/hello.html"],
  ])("Jekyll's %s", (style, url) => {
    expect(pageAddress(post("/_posts/2019-05-04-hello", { categories: ["News"] }), style)).toBe(url);
  });

  it("takes the date from front matter before the file name, as written", () => {
    expect(pageAddress(post("/_posts/2019-05-04-hello", { date: "2019-06-01 23:30:00 -0500" }), "pretty")).toBe("/2019/06/01/hello/");
    expect(pageAddress(post("/blog/launch", { date: new Date(Date.UTC(2020, 0, 2)) }), "/blog/:year/:month/:title/")).toBe("/blog/2020/01/launch/");
  });

  it("lets a slug name the post (:title and :slug)", () => {
    expect(pageAddress(post("/_posts/2019-05-04-hello", { slug: "greetings" }), "date")).toBe("/2019/05/04/greetings.html");
    expect(pageAddress(post("/_posts/2019-05-04-hello", { slug: "greetings" }))).toBe("/2019/05/04/greetings.html");
  });

  it("publishes Jekyll pages as name.html unless the style ends in a slash", () => {
    const page = { stem: "/about/team", fileName: "team" };
    expect(pageAddress(page, "date")).toBe("/about/team.html");
    expect(pageAddress({ stem: "/about/index", fileName: "index" }, "date")).toBe("/about/");
    expect(pageAddress(page, "pretty")).toBe("/about/team/");
    expect(pageAddress(page)).toBe("/about/team/");
  });

  it("gives Docusaurus's blog addresses: dated names by date, a slug below the blog", () => {
    expect(pageAddress(post("/blog/2024-05-01-release"), "docusaurus")).toBe("/blog/2024/05/01/release/");
    expect(pageAddress(post("/blog/2021-08-26-welcome/index", { fileName: "index" }), "docusaurus")).toBe("/blog/2021/08/26/welcome/");
    expect(pageAddress(post("/blog/2019-05-28-first", { slug: "first-blog-post" }), "docusaurus")).toBe("/blog/first-blog-post/");
    expect(pageAddress(post("/blog/undated"), "docusaurus")).toBe("/blog/undated/");
    // A doc's relative slug replaces its name, in any style.
    expect(pageAddress({ stem: "/docs/setup/install", fileName: "install", slug: "installing" }, "docusaurus")).toBe("/docs/setup/installing/");
  });

  it("says what is wrong with a style it cannot use", () => {
    expect(permalinkStyleProblem("pretty")).toBeUndefined();
    expect(permalinkStyleProblem("/:categories/:year/:title/")).toBeUndefined();
    expect(permalinkStyleProblem("fancy")).toMatch(/neither a style \(date, pretty, ordinal, none, docusaurus\)/);
    expect(permalinkStyleProblem("/:year/:week/:title/")).toMatch(/uses :week, which is not one of/);
    expect(permalinkStyleProblem("/:year/:month/")).toMatch(/no :title or :slug/);
  });
});

describe("addressOfPermalink", () => {
  it.each([
    ["/blog/index.html", "/blog/"],
    ["blog/", "/blog/"],
    ["/index.html", "/"],
    ["/feed.xml", "/feed.xml"],
  ])("%s is %s", (permalink, url) => {
    expect(addressOfPermalink(permalink)).toBe(url);
  });
  it("gives none for false or a templated permalink", () => {
    expect(addressOfPermalink(false)).toBeUndefined();
    expect(addressOfPermalink("/{{ title | slugify }}/")).toBeUndefined();
  });
});
