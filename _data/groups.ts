// Special-interest groups with their meetings (see src/groups/groups.ts).
import { communityOfBuild } from "../src/community/community.ts";
import type { DataContext } from "../src/eleventy/data.ts";

export default (context: DataContext) =>
  communityOfBuild(context).groups;
