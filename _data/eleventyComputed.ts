// Values computed for every page. See src/content/titles.ts.
import { defaultTitle } from "../src/content/titles.ts";
import type { Group } from "../src/groups/groups.ts";

interface PageData {
  title?: unknown;
  page: { inputPath: string; fileSlug: string };
  groups?: Group[];
  site: { language: string };
}

export default () => ({
  title: (data: PageData) => (typeof data.title === "string" && data.title.trim() ? data.title : defaultTitle(data.page, data.groups, data.site.language)),
});
