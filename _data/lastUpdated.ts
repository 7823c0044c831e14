// Last commit date of every content file, from one `git log` per build (src/content/gitDates.ts).
import { gitDatesOfBuild } from "../src/content/gitDates.ts";
import type { DataContext } from "../src/eleventy/data.ts";

// Frozen: Eleventy copies plain objects into every page's data, but shares frozen ones.
export default async ({ eleventy }: DataContext) => Object.freeze(Object.fromEntries(await gitDatesOfBuild(eleventy.directories.input)));
