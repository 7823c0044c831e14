/**
 * Files beside pages that are published as they are, at their path in the content folder
 * (`talks/slides/slide-1.png` → `/talks/slides/slide-1.png`), as sites moved in from
 * Eleventy, Jekyll or Docusaurus keep their images, slides and documents. Eleventy copies
 * them itself: these formats are added to its template formats, and a format with no
 * template engine is copied ("passthrough by file extension"), so its own ignores apply
 * (node_modules, and whatever the content screen refused).
 *
 * Not SVG: an SVG is a document that can hold scripts, which would run on the site's own
 * address when someone opens the file. Nor HTML, JavaScript or CSS: those are code.
 */
export const COPIED_FORMATS = [
  ...["png", "jpg", "jpeg", "gif", "webp", "avif", "ico"],
  ...["pdf", "odp", "odt", "ods", "pptx", "docx", "xlsx", "csv"],
  ...["mp3", "m4a", "ogg", "mp4", "webm", "vtt"],
] as const;

const COPIED = new Set<string>(COPIED_FORMATS);

/** Whether a file of this name (or path) beside a page is published as it is. */
export function isCopiedFile(name: string): boolean {
  const dot = name.lastIndexOf(".");
  return dot > name.lastIndexOf("/") && COPIED.has(name.slice(dot + 1).toLowerCase());
}
