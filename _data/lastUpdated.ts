// Last commit date of every content file, from one `git log` per build (src/content/gitDates.ts).
import { gitLastModified } from "../src/content/gitDates.ts";
import type { DataContext } from "../src/eleventy/data.ts";

// Frozen: Eleventy copies plain objects into every page's data, but shares frozen ones.
export default ({ eleventy }: DataContext) => Object.freeze(Object.fromEntries(gitLastModified(eleventy.directories.input)));
