/** Where a path is, relative to a folder. */
import path from "node:path";

/** True when `file` is `folder` or anywhere beneath it (a folder named `..x` is beneath it, too). */
export function isWithin(folder: string, file: string): boolean {
  const relative = path.relative(path.resolve(folder), path.resolve(file));
  return relative === "" || (relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

/** A folder named by a date and a name (`2021-08-26-welcome`), as Docusaurus keeps a post with its images. */
const DATED_FOLDER = /^\d{4}-\d{2}-\d{2}-./;
const INDEX = /^index(?:\.[^./]+)?$/;

/** The dated folder a path is the index of (`blog/2021-08-26-welcome/index.md` → `2021-08-26-welcome`), if it is one. */
export function datedFolderOf(relativePath: string): string | undefined {
  const segments = relativePath.replace(/\\/g, "/").split("/").filter(Boolean);
  const folder = segments.at(-2);
  return folder !== undefined && INDEX.test(segments.at(-1) ?? "") && DATED_FOLDER.test(folder) ? folder : undefined;
}

/**
 * The name a file goes by, without its extension: its own, or, for the index of a dated
 * folder, the folder's, which carries the post's date and name. Dates, addresses, kinds and
 * the check all read a file's name through this.
 */
export function datedName(relativePath: string): string {
  return datedFolderOf(relativePath) ?? path.posix.parse(relativePath.replace(/\\/g, "/")).name;
}
