/**
 * Filters that shape the meeting index for templates: year groups, the JSON export,
 * the combined feed, and the meeting record behind a per-meeting page.
 */
import type { Meeting } from "../meetings/index.ts";
import type { Group } from "../groups/groups.ts";
import type { CollectionItem } from "../eleventy/types.ts";
import { parseDateString } from "../content/contentDate.ts";
import { parseDateHeading } from "../content/dates.ts";
import { readableDate } from "./dates.ts";

export function meetingsByYear(meetings: Meeting[]): { year: string; meetings: Meeting[] }[] {
  const years: { year: string; meetings: Meeting[] }[] = [];
  for (const meeting of meetings) {
    const year = meeting.date.slice(0, 4);
    const last = years.at(-1);
    if (last?.year === year) last.meetings.push(meeting);
    else years.push({ year, meetings: [meeting] });
  }
  return years;
}

export function groupTitle(slug: string, groups: Group[]): string {
  if (!slug) return "Community";
  return groups.find((g) => g.slug === slug)?.title ?? slug;
}

/** `/meetings.json`: the fields other tools need, in a fixed order, stable across builds. */
export function meetingsJson(meetings: Meeting[], groups: Group[]): string {
  const entries = meetings.map((m) => ({
    group: m.group,
    groupTitle: groupTitle(m.group, groups),
    date: m.date,
    id: m.id,
    title: m.title,
    url: m.url,
    topics: m.topics,
    organisations: m.organisations,
    excerpt: m.excerpt,
    source: m.sourcePath,
  }));
  return `${JSON.stringify({ meetings: entries }, null, 2)}\n`;
}

export type FeedItem =
  | { kind: "post"; date: Date; url: string; title: string; post: CollectionItem }
  | { kind: "meeting"; date: Date; url: string; title: string; meeting: Meeting };

/** Posts and meetings in one list, newest first (posts before meetings on the same day). */
export function feedItems(posts: CollectionItem[], meetings: Meeting[], groups: Group[], limit = 30): FeedItem[] {
  const items: FeedItem[] = [
    ...posts.map((post): FeedItem => ({ kind: "post", date: post.date, url: String(post.url), title: String(post.data.title ?? ""), post })),
    ...meetings.map((meeting): FeedItem => ({
      kind: "meeting",
      date: parseDateString(meeting.date) ?? new Date(0),
      url: meeting.url,
      title: `${groupTitle(meeting.group, groups)}: ${meeting.title}`,
      meeting,
    })),
  ];
  return items
    .sort((a, b) => b.date.getTime() - a.date.getTime() || (a.kind === b.kind ? a.url.localeCompare(b.url) : a.kind === "post" ? -1 : 1))
    .slice(0, limit);
}

interface MeetingIndex {
  /** Log-page sections by page URL, in page order. */
  sections: Map<string, Meeting[]>;
  /** Per-meeting files by page URL. */
  files: Map<string, Meeting>;
  /** Per-meeting files by group, newest first. */
  filesByGroup: Map<string, Meeting[]>;
}

// Templates ask these questions once per page: answer from an index built once per list
// (the meeting list is a new array each build), not by scanning every meeting each time.
const indexes = new WeakMap<Meeting[], MeetingIndex>();

function indexOf(meetings: Meeting[]): MeetingIndex {
  let index = indexes.get(meetings);
  if (!index) {
    index = { sections: new Map(), files: new Map(), filesByGroup: new Map() };
    for (const meeting of meetings) {
      if (meeting.id === "") {
        if (!index.files.has(meeting.url)) index.files.set(meeting.url, meeting);
        const own = index.filesByGroup.get(meeting.group) ?? [];
        own.push(meeting);
        index.filesByGroup.set(meeting.group, own);
      } else {
        const page = meeting.url.slice(0, meeting.url.indexOf("#"));
        const list = index.sections.get(page) ?? [];
        list.push(meeting);
        index.sections.set(page, list);
      }
    }
    for (const list of index.sections.values()) list.sort((a, b) => a.line - b.line);
    indexes.set(meetings, index);
  }
  return index;
}

/** The meeting a per-meeting page is about, if it is one. */
export function meetingForPage(meetings: Meeting[], url: string | false | undefined): Meeting | undefined {
  if (typeof url !== "string") return undefined;
  return indexOf(meetings).files.get(url);
}

/** Previous (older) and next (newer) per-meeting pages of the same group. */
export function meetingNeighbours(meetings: Meeting[], meeting: Meeting | undefined): { older?: Meeting; newer?: Meeting } {
  if (!meeting) return {};
  const own = indexOf(meetings).filesByGroup.get(meeting.group) ?? [];
  const index = own.indexOf(meeting);
  if (index < 0) return {}; // a log-page section or another list's record has no pager
  return { newer: index > 0 ? own[index - 1] : undefined, older: own[index + 1] };
}

/** Meetings written as sections of the page at `url` (a log page), in page order. */
export function meetingsOnPage(meetings: Meeting[], url: string | false | undefined): Meeting[] {
  if (typeof url !== "string") return [];
  return indexOf(meetings).sections.get(url) ?? [];
}

/** The heading for a meeting in lists: its date, and its own title when it has one. */
export function meetingHeading(meeting: Meeting, language = "en-GB"): string {
  const date = readableDate(meeting.date, language);
  const heading = parseDateHeading(meeting.title);
  const ownTitle = heading ? heading.title : meeting.title.trim();
  return ownTitle ? `${date}: ${ownTitle}` : date;
}
