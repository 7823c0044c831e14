// Every meeting in the content, newest first (see src/community/community.ts).
import { communityOfBuild } from "../src/community/community.ts";
import type { DataContext } from "../src/eleventy/data.ts";

export default (context: DataContext) =>
  communityOfBuild(context).meetings;
