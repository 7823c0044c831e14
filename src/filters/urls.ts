import type { SiteSettings } from "../site/settings.ts";

/** Project-relative path of a page's source, as the repository shows it. */
export function sourcePath(inputPath: string): string {
  return inputPath.replace(/\\/g, "/").replace(/^\.\//, "");
}

/** Link to edit a page's source file on the code host. Empty for generated pages. */
export function editUrl(site: Pick<SiteSettings, "repository" | "branch">, inputPath: string | undefined): string {
  // Content kept outside the project (built with --input elsewhere) has no place in the repository.
  if (!site.repository || !inputPath || !/\.(md|txt)$/.test(inputPath) || /^(?:\.\/)?(?:\/|\.\.\/)/.test(inputPath)) return "";
  return `${site.repository}/edit/${site.branch}/${sourcePath(inputPath)}`;
}

/** `aria-current` for a navigation link: `page` on the page itself, `true` inside its section. */
export function navCurrent(pageUrl: string | false | undefined, linkUrl: string): string {
  if (typeof pageUrl !== "string") return "";
  if (pageUrl === linkUrl) return "page";
  // `/blog` is the section of `/blog/x/`, not of `/blogroll/`.
  const section = linkUrl.endsWith("/") ? linkUrl : `${linkUrl}/`;
  return linkUrl !== "/" && pageUrl.startsWith(section) ? "true" : "";
}
