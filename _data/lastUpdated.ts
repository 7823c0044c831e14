// Last commit date of every content file, from one `git log` per build (src/content/gitDates.ts).
import { gitLastModified } from "../src/content/gitDates.ts";
import type { DataContext } from "../src/eleventy/data.ts";

export default ({ eleventy }: DataContext) => Object.fromEntries(gitLastModified(eleventy.directories.input));
