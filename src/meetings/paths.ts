// Where a file sits decides what it is: notes under content/special-interest/<group>/
// belong to that group, and files named by date under its meetings/ folder are
// one meeting each. Paths arrive as Eleventy writes them ("./content/…"), as
// absolute paths, or with Windows separators.

function segments(inputPath: string): string[] {
  return String(inputPath ?? "")
    .replace(/\\/gu, "/")
    .split("/")
    .filter((part) => part !== "" && part !== ".");
}

/** `content/special-interest/<group>/…` → `<group>`; anything else → "". */
export function groupFromPath(inputPath: string): string {
  const parts = segments(inputPath);
  for (let i = 0; i + 3 < parts.length; i++) {
    // i + 3: the group must be a folder with something in it, not the file itself.
    if (parts[i] === "content" && parts[i + 1] === "special-interest") return parts[i + 2] ?? "";
  }
  return "";
}

// 2023-07-05.md or 2023-07-05-licensing-clinic.md
const MEETING_FILE_NAME = /^\d{4}-\d{2}-\d{2}(?:-[^/]+)?\.md$/iu;

/** True for `special-interest/<group>/meetings/<yyyy-mm-dd>[-slug].md`, anywhere in the path. */
export function isMeetingFile(inputPath: string): boolean {
  const parts = segments(inputPath);
  const n = parts.length;
  return (
    n >= 4 &&
    parts[n - 4] === "special-interest" &&
    parts[n - 2] === "meetings" &&
    MEETING_FILE_NAME.test(parts[n - 1] ?? "")
  );
}

/** Folders whose pages are never meeting notes, even if a heading looks like a date. */
const NOT_NOTES = /^(?:blog|guides|talks)\//u;
const GROUP_INDEX = /^special-interest\/[^/]+\/index\.md$/u;

/**
 * True when a Markdown page (path relative to content/) may be a log of meetings: anything
 * but posts, guides, talks and a group's index.md. The build and the checker both ask this.
 */
export function mayHoldMeetingLog(relativePath: string): boolean {
  return relativePath.endsWith(".md") && !NOT_NOTES.test(relativePath) && !GROUP_INDEX.test(relativePath);
}
