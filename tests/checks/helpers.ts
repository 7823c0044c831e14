/** Builds a CheckContext from in-memory files, as the check would from a build of them. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { checkContext } from "../../src/checks/context.ts";
import { resolveSiteSettings, type SiteInput } from "../../src/site/settings.ts";
import type { CheckContext } from "../../src/checks/types.ts";
import { tempDir } from "../helpers/tempDir.ts";
import { communityFrom, md } from "../helpers/model.ts";

export const testSite: SiteInput = {
  name: "Test community",
  description: "A test",
  url: "https://example.org",
  pathPrefix: "/",
  repository: "https://github.com/example/notes",
  branch: "main",
  language: "en-GB",
  nav: [],
};

/** The URLs the build makes from content as a whole, as the demo's listings give them. */
const LISTINGS = ["/", "/blog/", "/guides/", "/talks/", "/tags/", "/meetings/", "/special-interest/", "/feed.xml", "/meetings.json", "/sitemap.xml", "/robots.txt", "/404.html"];

/**
 * `files` maps paths relative to `content/` (or, starting with `/`, to the project) to
 * contents. The files are also written to a temporary project, for the rules that look at
 * the disk (copied assets, the bytes of a file that is not UTF-8). Runs with that project as
 * the working directory's stand-in: paths are absolute.
 */
export function contextFrom(files: Record<string, string | Uint8Array>, site: Partial<SiteInput> = {}): CheckContext {
  const root = tempDir("community-notes-check-");
  const content: Record<string, string> = {};
  for (const [name, text] of Object.entries(files)) {
    const target = name.startsWith("/") ? path.join(root, name) : path.join(root, "content", name);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
    // Templates, as Eleventy would read them; anything else (an image) is only on disk.
    if (!name.startsWith("/") && /\.(md|txt|njk|html|liquid)$/.test(name)) content[name] = typeof text === "string" ? text : new TextDecoder().decode(text);
  }
  const input = path.relative(process.cwd(), path.join(root, "content"));
  const community = communityFrom(content, { input });
  const settings = resolveSiteSettings({ ...testSite, ...site });
  const generated = new Set(LISTINGS);
  for (const group of community.groups) {
    generated.add(group.url);
    generated.add(`${group.url}feed.xml`);
    if (group.next) generated.add(`${group.url}next.ics`);
  }
  for (const file of community.files) {
    for (const tag of Array.isArray(file.data.tags) ? (file.data.tags as string[]) : []) generated.add(`/tags/${tag.toLowerCase().replace(/\s+/g, "-")}/`);
  }
  return checkContext(community, { root, contentDir: path.join(root, "content"), site: settings, md: () => md, publishedUrls: generated });
}
