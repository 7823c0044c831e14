/**
 * Where things are. Eleventy resolves `_includes` and `_data` relative to the input folder;
 * we keep them at the project root, so their paths are computed from wherever the input is
 * (`content/` normally, a temporary folder in build tests).
 */
import path from "node:path";

export interface ProjectDirectories {
  input: string;
  includes: string;
  data: string;
  /** The project root, relative to the working directory (for passthrough copies). */
  root: string;
}

export function projectDirectories(root: string, requestedInput: string | undefined, cwd = process.cwd()): ProjectDirectories {
  const input = !requestedInput || requestedInput === "./" || requestedInput === "." ? path.join(root, "content") : path.resolve(cwd, requestedInput);
  const fromInput = (folder: string) => path.relative(input, path.join(root, folder)) || ".";
  return {
    input: path.relative(cwd, input) || ".",
    includes: fromInput("_includes"),
    data: fromInput("_data"),
    root: path.relative(cwd, root) || ".",
  };
}
