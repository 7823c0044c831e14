// URL → title of every page written in content/, for breadcrumbs (src/community/community.ts).
import { loadCommunity } from "../src/community/community.ts";
import type { DataContext } from "../src/eleventy/data.ts";

// Frozen: Eleventy copies plain objects into every page's data, but shares frozen ones.
export default ({ eleventy }: DataContext) =>
  Object.freeze(loadCommunity(eleventy.directories.input, { includeDrafts: eleventy.env.runMode !== "build" }).pageTitles);
