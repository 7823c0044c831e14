/**
 * The community as data: every meeting (from log pages and per-meeting files) and every
 * special-interest group, built once per build from the content folder. `_data/meetings.ts`
 * and `_data/groups.ts` are thin calls into this.
 */
import { statSync } from "node:fs";
import path from "node:path";
import { readSourceFile, readSourceFiles, type SourceFile } from "../content/sourceFiles.ts";
import { groupFromPath, isMeetingFile, mayHoldMeetingLog, meetingsFromTokens, parseMeetingFile, sortMeetings, type Meeting } from "../meetings/index.ts";
import { parseBlocks } from "../meetings/tokens.ts";
import { prerender } from "../markdown/prerendered.ts";
import { buildGroups, type Group } from "../groups/groups.ts";
import type { DataContext } from "../eleventy/data.ts";

export interface Community {
  meetings: Meeting[];
  groups: Group[];
  /** URL → title of every page written in content/ (for breadcrumbs). */
  pageTitles: Record<string, string>;
}

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
  if (!mayHoldMeetingLog(file.relativePath)) return [];
  if (!HAS_H2.test(file.body)) return [];
  // Eleventy renders this same body later: hand it the HTML instead of parsing it twice.
  const env = {};
  const tokens = parseBlocks(file.body, env);
  prerender(file.body, tokens, env);
  return meetingsFromTokens(tokens, common);
}

export function buildCommunity(files: SourceFile[], meetingsOfFile: (file: SourceFile) => Meeting[] = meetingsOf): Community {
  const meetings = sortMeetings(files.flatMap(meetingsOfFile).filter((m) => m.valid));
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

/**
 * Each file's reading and meetings, kept across the builds of one process (`npm start`):
 * after an edit only the files whose size or modification time changed are read and
 * parsed again, so a rebuild does not re-parse every notes page.
 */
const perFile = new Map<string, { mtimeMs: number; size: number; file: SourceFile | undefined }>();
const meetingsByFile = new WeakMap<SourceFile, Meeting[]>();

function readUnlessUnchanged(absolutePath: string, contentFolder: string): SourceFile | undefined {
  let stat;
  try {
    stat = statSync(absolutePath);
  } catch {
    return undefined;
  }
  const known = perFile.get(absolutePath);
  if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) return known.file;
  const file = readSourceFile(absolutePath, contentFolder);
  perFile.set(absolutePath, { mtimeMs: stat.mtimeMs, size: stat.size, file });
  return file;
}

function cachedMeetingsOf(file: SourceFile): Meeting[] {
  let meetings = meetingsByFile.get(file);
  if (!meetings) {
    meetings = meetingsOf(file);
    meetingsByFile.set(file, meetings);
  }
  return meetings;
}

export function loadCommunity(contentFolder: string, options: { includeDrafts: boolean }): Community {
  const key = `${path.resolve(contentFolder)}|${options.includeDrafts}`;
  let community = cache.get(key);
  if (!community) {
    community = buildCommunity(readSourceFiles(contentFolder, options, readUnlessUnchanged), cachedMeetingsOf);
    cache.set(key, community);
  }
  return community;
}

export function clearCommunityCache(): void {
  cache.clear();
}

/** The community of the content being built: drafts included under `npm start`, never in a build. */
export function communityOfBuild({ eleventy }: DataContext): Community {
  return loadCommunity(eleventy.directories.input, { includeDrafts: eleventy.env.runMode !== "build" });
}
