// URL → title of every page written in content/, for breadcrumbs (src/community/community.ts).
import { communityOfBuild } from "../src/community/community.ts";
import type { DataContext } from "../src/eleventy/data.ts";

// Frozen: Eleventy copies plain objects into every page's data, but shares frozen ones.
export default (context: DataContext) =>
  Object.freeze(communityOfBuild(context).pageTitles);
