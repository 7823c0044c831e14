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
