// The default permalink for every page that does not set its own; see src/content/permalinks.ts.
// (A data file that exports a function is called first, so this returns the permalink function.)
import { defaultPermalink } from "../src/content/permalinks.ts";

export default () => (data: { page: { filePathStem: string } }) => defaultPermalink(data.page.filePathStem);
