/**
 * Default URLs: a page's URL mirrors its path under `content/`, except that
 * - a Jekyll-style date prefix is dropped (`blog/2023-12-08-welcome.md` → `/blog/welcome/`),
 *   as Jekyll does. Only posts lose it: elsewhere the date is part of the name
 *   (`meetings/2024-05-10-clinic.md` must not collide with a clinic on another day), and a
 *   date-only name is the page's name;
 * - a file named as its folder is that folder's page (`slides/slides.md` → `/slides/`), as
 *   Eleventy does;
 * - a post in Jekyll's `_posts/` keeps the address Jekyll gave it by default (its "date"
 *   permalink): `news/_posts/2019-05-04-hello.md` → `/news/2019/05/04/hello.html`, the
 *   folders above `_posts/` and its front matter `categories` being its categories.
 */
const JEKYLL_POST = /^(\d{4})-(\d{2})-(\d{2})-(.+)$/;
const DATE_PREFIX = /^\d{4}-\d{2}-\d{2}-(?=.)/;

/**
 * `filePathStem` is Eleventy's (which drops a date prefix from the file's name); `fileName`,
 * the file's own name without its extension, keeps it for a Jekyll post's date.
 */
export function defaultPermalink(filePathStem: string, fileName?: string, categories: readonly string[] = []): string {
  const segments = filePathStem.replace(/\\/g, "/").split("/").filter(Boolean);
  const posts = segments.indexOf("_posts");
  const dated = posts >= 0 ? JEKYLL_POST.exec(fileName ?? segments.at(-1) ?? "") : null;
  const category = (name: string) => name.trim().toLowerCase().replace(/\s+/g, "-");
  if (dated) return `/${[...segments.slice(0, posts), ...categories.map(category), dated[1], dated[2], dated[3], `${dated[4]}.html`].filter(Boolean).join("/")}`;
  const last = segments.pop() ?? "index";
  const inBlog = segments.at(-1) === "blog";
  if (last !== "index" && last !== segments.at(-1)) segments.push(inBlog ? last.replace(DATE_PREFIX, "") : last);
  return segments.length ? `/${segments.join("/")}/` : "/";
}
