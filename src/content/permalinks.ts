/**
 * Default URLs: a page's URL mirrors its path under `content/`, except that
 * - a Jekyll-style date prefix is dropped (`blog/2023-12-08-welcome.md` → `/blog/welcome/`),
 *   as Jekyll does. Only posts lose it: elsewhere the date is part of the name
 *   (`meetings/2024-05-10-clinic.md` must not collide with a clinic on another day), and a
 *   date-only name is the page's name;
 * - a file named as its folder is that folder's page (`slides/slides.md` → `/slides/`), as
 *   Eleventy does.
 */
const DATE_PREFIX = /^\d{4}-\d{2}-\d{2}-(?=.)/;

export function defaultPermalink(filePathStem: string): string {
  const segments = filePathStem.replace(/\\/g, "/").split("/").filter(Boolean);
  const last = segments.pop() ?? "index";
  const inBlog = segments.at(-1) === "blog";
  if (last !== "index" && last !== segments.at(-1)) segments.push(inBlog ? last.replace(DATE_PREFIX, "") : last);
  return segments.length ? `/${segments.join("/")}/` : "/";
}
