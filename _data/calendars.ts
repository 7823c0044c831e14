// One iCalendar file per group whose metadata names a `next` meeting date.
import { communityOfBuild } from "../src/community/community.ts";
import { groupCalendar } from "../src/groups/calendar.ts";
import type { DataContext } from "../src/eleventy/data.ts";
import site from "./site.ts";

export default (context: DataContext) =>
  communityOfBuild(context)
    .groups.map((group) => ({ slug: group.slug, ics: groupCalendar(group, site.base, site.name) }))
    .filter((entry) => entry.ics !== undefined);
