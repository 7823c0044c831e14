/**
 * Default URLs: a page's URL mirrors its path under `content/`, except that a Jekyll-style
 * date prefix is dropped (`blog/2023-12-08-welcome.md` → `/blog/welcome/`), as Jekyll does.
 * A date that IS the whole name (`meetings/2024-05-10.md`) is kept: it is the page's name.
 */
const DATE_PREFIX = /^\d{4}-\d{2}-\d{2}-(?=.)/;

export function defaultPermalink(filePathStem: string): string {
  const segments = filePathStem.replace(/\\/g, "/").split("/").filter(Boolean);
  const last = segments.pop() ?? "index";
  if (last !== "index") segments.push(last.replace(DATE_PREFIX, ""));
  return segments.length ? `/${segments.join("/")}/` : "/";
}
