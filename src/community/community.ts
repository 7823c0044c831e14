/**
 * The community as data: every meeting (from log pages and per-meeting files) and every
 * special-interest group, built once per build from the content folder. `_data/meetings.ts`
 * and `_data/groups.ts` are thin calls into this.
 */
import path from "node:path";
import { readSourceFiles, type SourceFile } from "../content/sourceFiles.ts";
import { groupFromPath, isMeetingFile, parseMeetingFile, parseMeetingLog, sortMeetings, type Meeting } from "../meetings/index.ts";
import { buildGroups, type Group } from "../groups/groups.ts";

export interface Community {
  meetings: Meeting[];
  groups: Group[];
  /** URL → title of every page written in content/ (for breadcrumbs). */
  pageTitles: Record<string, string>;
}

/** Folders whose pages are never meeting notes, even if a heading looks like a date. */
const NOT_NOTES = /^(?:blog|guides|talks)\//;
/** A cheap test that saves a Markdown parse for pages with no level-2 heading at all (ATX `## x` or setext `x\n---`). */
const HAS_H2 = /(?:^|\n) {0,3}(?:##[ \t]|-+[ \t]*(?:\r?\n|$))/;

function meetingsOf(file: SourceFile): Meeting[] {
  const where = `content/${file.relativePath}`;
  const group = groupFromPath(where);
  const common = { sourcePath: file.sourcePath, url: file.url, group, bodyLine: file.bodyLine };
  if (isMeetingFile(where)) {
    const meeting = parseMeetingFile(file.body, { ...common, fileName: path.basename(file.relativePath), frontMatter: file.data });
    return meeting ? [meeting] : [];
  }
  if (NOT_NOTES.test(file.relativePath) || /^special-interest\/[^/]+\/index\.md$/.test(file.relativePath)) return [];
  return HAS_H2.test(file.body) ? parseMeetingLog(file.body, common) : [];
}

export function buildCommunity(files: SourceFile[]): Community {
  const meetings = sortMeetings(files.flatMap(meetingsOf).filter((m) => m.valid));
  const groups = buildGroups(files, meetings, (file) => isMeetingFile(`content/${file.relativePath}`));
  const pageTitles: Record<string, string> = {};
  for (const file of files) {
    if (typeof file.data.title === "string" && file.data.title.trim()) pageTitles[file.url] = file.data.title.trim();
  }
  for (const group of groups) pageTitles[group.url] = group.title;
  return { meetings, groups, pageTitles };
}

// One scan per build, shared by the data files; `.eleventy.ts` clears it before each build.
const cache = new Map<string, Community>();

export function loadCommunity(contentFolder: string, options: { includeDrafts: boolean }): Community {
  const key = `${path.resolve(contentFolder)}|${options.includeDrafts}`;
  let community = cache.get(key);
  if (!community) {
    community = buildCommunity(readSourceFiles(contentFolder, options));
    cache.set(key, community);
  }
  return community;
}

export function clearCommunityCache(): void {
  cache.clear();
}
