/**
 * Which content files may run templates. Content is data: Markdown is Markdown, and `.njk`,
 * `.liquid` and `.html` pages (which are templates by nature) are not published at all,
 * unless the site's maintainers list them in the `templates` setting, in code they own
 * (`templates: ["index.md", "blog/index.njk", "archive/*.liquid"]`, paths from the content
 * folder, globs allowed). A listed file runs as Eleventy would run it; nothing else does.
 */
import picomatch from "picomatch";

/** Files that Eleventy renders as templates whatever they contain. */
export const TEMPLATE_FILE = /\.(?:njk|liquid|html)$/i;

/** The tags Nunjucks and Liquid run: `{{ … }}` and `{% … %}`. */
export const TEMPLATE_TAG = /\{\{|\{%/;

/** `(path from the content folder, with /) → whether it may run templates`, for a `templates` setting. */
export function templatesAllowed(patterns: readonly string[]): (relativePath: string) => boolean {
  if (patterns.length === 0) return () => false;
  // `dot`: a listed `.well-known/x.njk` matches; case as written (Linux runners are case-sensitive).
  const matches = picomatch([...patterns], { dot: true });
  return (relativePath) => matches(relativePath.replace(/\\/g, "/").replace(/^\.\//, ""));
}

/** Why a `templates` entry is not usable, or undefined when it is. */
export function templatePatternProblem(pattern: string): string | undefined {
  if (pattern.startsWith("/") || /^[A-Za-z]:/.test(pattern)) return "is a path from the file system's root; write it from the content folder, such as index.md or blog/*.njk";
  if (pattern.includes("\\")) return "has a backslash; write paths with /";
  if (pattern.split("/").some((segment) => segment === ".." || segment === ".")) return "has . or .. in it; write it from the content folder, such as index.md or blog/*.njk";
  if (/^\*\*(?:\/\*+)?(?:\.\w+)?$/.test(pattern) || pattern === "*") return "lists every file of the content folder; name the files that need templates";
  try {
    picomatch.makeRe(pattern);
  } catch {
    return "is not a glob that can be read";
  }
  return undefined;
}
