/**
 * Filters that shape the meeting index for templates: year groups, the JSON export, the
 * combined feed and list headings. Everything they show comes from the `Meeting` records
 * of the content model.
 */
import type { Meeting } from "../meetings/index.ts";
import type { CollectionItem } from "../eleventy/types.ts";
import { parseDateString } from "../content/contentDate.ts";

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

/** `/meetings.json`: the fields other tools need, in a fixed order, stable across builds. */
export function meetingsJson(meetings: Meeting[]): string {
  const entries = meetings.map((m) => ({
    group: m.group,
    groupTitle: m.groupTitle,
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
export function feedItems(posts: CollectionItem[], meetings: Meeting[], limit = 30): FeedItem[] {
  const items: FeedItem[] = [
    ...posts.map((post): FeedItem => ({ kind: "post", date: post.date, url: String(post.url), title: String(post.data.title ?? ""), post })),
    ...meetings.map((meeting): FeedItem => ({
      kind: "meeting",
      date: parseDateString(meeting.date) ?? new Date(0),
      url: meeting.url,
      title: `${meeting.groupTitle}: ${meeting.title}`,
      meeting,
    })),
  ];
  return items
    .sort((a, b) => b.date.getTime() - a.date.getTime() || (a.kind === b.kind ? a.url.localeCompare(b.url) : a.kind === "post" ? -1 : 1))
    .slice(0, limit);
}

/** The heading for a meeting in lists: its date, and its own title when it has one. */
export function meetingHeading(meeting: Meeting): string {
  return meeting.ownTitle ? `${meeting.readableDate}: ${meeting.ownTitle}` : meeting.readableDate;
}
