/**
 * The sizes content may have, so that no file can make the build or the check take minutes
 * or gigabytes: each limit is far above what a page of notes needs, and going over it is a
 * located error that names the limit.
 */

/** The largest content file read (Markdown, a transcript, a listed template), in bytes. */
export const MAX_CONTENT_FILE_BYTES = 2 * 1024 * 1024;

/** A size as an editor reads it: "65 KB", "2.4 MB". */
export function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Number((bytes / (1024 * 1024)).toFixed(1))} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** "2.4 MB, over the limit of 2 MB"; in bytes when both would read the same ("2,097,153 bytes, over the limit of 2,097,152 bytes"). */
export function overLimit(bytes: number, limit: number): string {
  const [size, max] = [sizeText(bytes), sizeText(limit)];
  if (size !== max) return `${size}, over the limit of ${max}`;
  const exact = (n: number) => `${n.toLocaleString("en-GB")} bytes`;
  return `${exact(bytes)}, over the limit of ${exact(limit)}`;
}
