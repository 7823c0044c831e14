// URL → title of every page written in content/, for breadcrumbs (src/community/community.ts).
import { loadCommunity } from "../src/community/community.ts";
import type { DataContext } from "../src/eleventy/data.ts";

export default ({ eleventy }: DataContext) =>
  loadCommunity(eleventy.directories.input, { includeDrafts: eleventy.env.runMode !== "build" }).pageTitles;
