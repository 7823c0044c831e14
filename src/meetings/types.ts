// The Meeting record: one meeting, whether it was written as a dated section of
// a group's notes page or as its own file. Collections, feeds, search filters,
// meetings.json and the checker all read this shape, so keep it stable.

export interface ParsedMeeting {
  /** Group slug (the folder under special-interest/), "" for community-wide notes. */
  group: string;
  /** yyyy-mm-dd, zero-padded; filled even when `valid` is false. */
  date: string;
  /** The heading id on the page (log pages), "" for a per-meeting file. */
  id: string;
  /** The title after the date, else the date as written (log pages); front matter title or readable date (files). */
  title: string;
  /** Page URL + "#" + id for log pages; the page URL for per-meeting files. */
  url: string;
  /** Topic headings as plain text, structural headings (Agenda, Actions, …) left out. */
  topics: string[];
  /** Attendee list items as plain text, as written. */
  attendees: string[];
  /** Unique organisations in first-seen order, from attendees and speaker lines. */
  organisations: string[];
  /** Up to EXCERPT_LENGTH characters of plain text from the notes, cut at a word. */
  excerpt: string;
  /** As given by the caller. */
  sourcePath: string;
  /** 1-based line of the date heading, or of the first body line of a per-meeting file. */
  line: number;
  /** false when the date is date-like but not a calendar date (31 Feb); the checker reports these. */
  valid: boolean;
}

/**
 * A meeting as the content model publishes it: what the parsers found, plus what every
 * consumer (lists, feeds, search, meetings.json, pagers) needs, so no template works it out.
 */
export interface Meeting extends ParsedMeeting {
  /** The group's title; "Community" for meetings of the community as a whole. */
  groupTitle: string;
  /** The group's page, "" for meetings of the community as a whole. */
  groupUrl: string;
  /** The date in the site's language: `8 December 2023`. */
  readableDate: string;
  /** The meeting's own title, without the date: "Case study"; "" when it has none. */
  ownTitle: string;
  /** The URL of the page the meeting is on (`url` without the `#id`). */
  pageUrl: string;
  /** The group's next older and newer per-meeting files (per-meeting files only). */
  older?: Meeting;
  newer?: Meeting;
}

export interface MeetingLogOptions {
  sourcePath: string;
  /** The page URL, without a fragment. */
  url: string;
  group: string;
  /** Line in the file where the body (after front matter) starts; default 1. */
  bodyLine?: number;
}

export interface MeetingFileOptions extends MeetingLogOptions {
  /** The file's name (a path is fine); its yyyy-mm-dd prefix is the fallback date. */
  fileName: string;
  frontMatter: Record<string, unknown>;
}
