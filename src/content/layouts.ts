/**
 * The layout a page gets when neither it nor its folder's data names one: by what the page
 * is. Sites can name any layout instead, and replace any of these with their own of the
 * same name in their includes folder.
 */
import type { ContentKind } from "./classify.ts";

const BY_KIND: Partial<Record<ContentKind, string>> = {
  post: "blog_post.njk",
  guide: "guide.njk",
  talk: "talk.njk",
};

export function defaultLayout(kind: ContentKind): string {
  return BY_KIND[kind] ?? "page.njk";
}

/** The layouts every site has, by the names pages use (ours, and other tools' names for them). */
export const KNOWN_LAYOUTS = ["page", "post", "default", "layout", "home", "guide", "talk", "product", "sub-navigation", "collection", "sitemap", "tags", "search"] as const;

/** What a page that names a layout nobody has is told. */
export function unknownLayoutMessage(layout: string): string {
  const file = /\.[a-z]+$/i.test(layout) ? layout : `${layout}.njk`;
  return `layout \`${layout}\` does not exist; use one of ${KNOWN_LAYOUTS.join(", ")}, or add _includes/${file}`;
}

/** The extensions Eleventy tries for a layout named without one. */
const LAYOUT_EXTENSIONS = [".njk", ".liquid", ".html", ".md"];

/**
 * Whether a layout name resolves as Eleventy resolves it: an alias, or a file in the layouts
 * folder (by its name, or its name with a template extension).
 */
export function layoutResolves(layout: string, aliases: Readonly<Record<string, string>>, layoutsDir: string, exists: (file: string) => boolean): boolean {
  if (Object.hasOwn(aliases, layout)) return true;
  const file = `${layoutsDir.replace(/\/+$/, "")}/${layout}`;
  if (exists(file)) return true;
  return !/\.[a-z0-9]+$/i.test(layout) && LAYOUT_EXTENSIONS.some((extension) => exists(`${file}${extension}`));
}
