// The default permalink for every page that does not set its own; see src/content/permalinks.ts.
import { defaultPermalink } from "../src/content/permalinks.ts";

export default (data: { page: { filePathStem: string } }) => defaultPermalink(data.page.filePathStem);
