/**
 * What a source file is, decided once, from where it sits in the input folder (and, for a
 * transcript, what the talks extension found in it). The build's collections and layouts,
 * the meeting index, the search records and the checker all ask `classify`, so they can
 * never disagree about which files are posts, guides, talks or meetings.
 *
 * `kind`:
 * - `post`: a Markdown file directly in a `blog/` folder (not its index), the index of a dated
 *   folder there (`blog/2021-08-26-welcome/index.md`, as Docusaurus allows), or at any depth in
 *   Jekyll's `_posts/`; or any Markdown file tagged `post` or `posts` (in its front matter or
 *   its folder's data file), as Eleventy sites mark their posts wherever they live
 *   (`blog/2025/01/conference.md`);
 * - `guide`: a file directly in a `guides/` folder (not its index), or a Markdown file
 *   anywhere in a top-level `docs/` folder, as Docusaurus keeps its documentation;
 * - `talk`: a transcript (`.txt`) in a `talks/` folder;
 * - `group-index`: `<groups>/<group>/index.md`, a group's description;
 * - `meeting-file`: `<groups>/<group>/meetings/YYYY-MM-DD[-slug].md`, one meeting;
 * - `meeting-log`: a Markdown page whose body has dated meeting sections. The path alone
 *   cannot say so: `classify` gives such pages `page` with `mayHoldMeetings`, and the model
 *   makes them `meeting-log` once it has read their meetings;
 * - `page`: anything else.
 * `group` is the folder under the groups folder the file sits in ("" outside it).
 */
import path from "node:path";
import { normaliseTags } from "./frontMatter.ts";
import { datedFolderOf } from "./paths.ts";

export const CONTENT_KINDS = ["page", "post", "guide", "talk", "meeting-log", "meeting-file", "group-index"] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

export interface Classification {
  kind: ContentKind;
  group: string;
  /** A Markdown page outside blog/, guides/ and talks/ that may be a log of meetings. */
  mayHoldMeetings: boolean;
}

export interface ClassifyOptions {
  /** The groups folder, relative to the input folder (a site setting; default `special-interest`). */
  groupsFolder: string;
}

export const DEFAULT_GROUPS_FOLDER = "special-interest";

/** `a/b/c.md` → ["a", "b", "c.md"]; backslashes and `./` are tolerated. */
function segmentsOf(relativePath: string): string[] {
  return relativePath
    .replace(/\\/g, "/")
    .split("/")
    .filter((part) => part !== "" && part !== ".");
}

// 2023-07-05.md or 2023-07-05-licensing-clinic.md
const MEETING_FILE_NAME = /^\d{4}-\d{2}-\d{2}(?:-[^/]+)?\.md$/i;
const INDEX = /^index\.[^.]+$/;
/** Folders whose pages are never meeting notes, even when a heading looks like a date. */
const NOT_NOTES = new Set(["blog", "guides", "talks"]);
/** The tags with which Eleventy sites make a collection of posts. */
export const POST_TAGS = new Set(["post", "posts"]);

/** Whether data's `tags` (a list, or one tag as a string, as the front matter normaliser reads them) hold a post tag. */
function taggedAsPost(tags: unknown): boolean {
  return normaliseTags(tags).some((tag) => POST_TAGS.has(tag));
}

/**
 * The kind and group of a file, from its path relative to the input folder. `data` is the
 * file's data as Eleventy assembled it; only `talk: true` (set by the talks extension) and
 * `tags` (a post tag) are read.
 */
export function classify(relativePath: string, data: Readonly<Record<string, unknown>> = {}, options: ClassifyOptions = { groupsFolder: DEFAULT_GROUPS_FOLDER }): Classification {
  const parts = segmentsOf(relativePath);
  const name = parts.at(-1) ?? "";
  const folders = parts.slice(0, -1);
  const groups = segmentsOf(options.groupsFolder);
  const inGroups = folders.length > groups.length && groups.every((part, i) => folders[i] === part);
  const group = inGroups ? (folders[groups.length] ?? "") : "";
  // Inside the group's own folder: `index.md`, or `meetings/<date>.md`.
  const withinGroup = inGroups ? folders.slice(groups.length + 1) : [];
  const markdown = name.toLowerCase().endsWith(".md");
  const parent = folders.at(-1) ?? "";

  const result = (kind: ContentKind, mayHoldMeetings = false): Classification => ({ kind, group, mayHoldMeetings });
  if (data.talk === true || (name.toLowerCase().endsWith(".txt") && folders.includes("talks"))) return result("talk");
  if (inGroups && withinGroup.length === 0 && name === "index.md") return result("group-index");
  if (inGroups && withinGroup.length === 1 && withinGroup[0] === "meetings" && MEETING_FILE_NAME.test(name)) return result("meeting-file");
  // Docusaurus keeps a post with its images in a dated folder: `blog/2021-08-26-welcome/index.md`.
  const datedFolderPost = folders.at(-2) === "blog" && datedFolderOf(relativePath) !== undefined;
  const inPostFolder = (parent === "blog" && !INDEX.test(name)) || datedFolderPost || folders.includes("_posts");
  if (markdown && (inPostFolder || taggedAsPost(data.tags))) return result("post");
  if (parent === "guides" && !INDEX.test(name)) return result("guide");
  // Docusaurus keeps its documentation in `docs/`, in folders of their own.
  if (markdown && folders[0] === "docs") return result("guide");
  return result("page", markdown && !NOT_NOTES.has(folders[0] ?? ""));
}

/** `inputPath` (as Eleventy names it, e.g. `./content/a/b.md`) relative to the input folder, with forward slashes. */
export function relativeToInput(inputPath: string, inputDir: string, cwd = process.cwd()): string {
  return path.relative(path.resolve(cwd, inputDir), path.resolve(cwd, inputPath)).split(path.sep).join("/");
}
