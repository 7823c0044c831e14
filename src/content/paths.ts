/** Where a path is, relative to a folder. */
import path from "node:path";

/** True when `file` is `folder` or anywhere beneath it (a folder named `..x` is beneath it, too). */
export function isWithin(folder: string, file: string): boolean {
  const relative = path.relative(path.resolve(folder), path.resolve(file));
  return relative === "" || (relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}
