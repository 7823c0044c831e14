// One file per meeting (special-interest/<group>/meetings/2023-07-05.md): the
// date comes from front matter or the file name, attendees from front matter
// or an Attendees list, topics from the body's headings.

import { isoDate, isValidDate, parseDateHeading } from "../content/dates.ts";
import { readableDate } from "../content/dateText.ts";
import { OrganisationList, organisationOfAttendee } from "./organisations.ts";
import { firstBodyLine } from "./parseMeetingLog.ts";
import { splitAttendees, summariseSection } from "./summariseSection.ts";
import { collapseWhitespace, parseBlocks } from "./tokens.ts";
import type { ParsedMeeting, MeetingFileOptions } from "./types.ts";
import type { MarkdownIt, Token } from "markdown-it";

const FILE_TOPIC_TAGS = ["h2", "h3"] as const;

interface FileDate {
  iso: string;
  valid: boolean;
}

// yyyy-mm-dd at the start, not followed by another digit: "2023-07-05",
// "2023-07-05T10:00:00Z", "2023-07-05-licensing-clinic.md".
const LEADING_ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/u;

function fromIsoPrefix(text: string): FileDate | null {
  const m = LEADING_ISO.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const iso = `${m[1]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return { iso, valid: isValidDate(year, month, day) };
}

/** The YAML reader gives a Date for `date: 2023-07-05`, a string for `date: "5 July 2023"`. */
function dateFromFrontMatter(value: unknown): FileDate | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : { iso: isoDate(value), valid: true };
  }
  if (typeof value !== "string") return null;
  const text = value.trim();
  const heading = fromIsoPrefix(text) ?? parseDateHeading(text);
  return heading ? { iso: heading.iso, valid: heading.valid } : null;
}

function dateFromFileName(fileName: unknown): FileDate | null {
  if (typeof fileName !== "string") return null;
  const base = fileName.slice(Math.max(fileName.lastIndexOf("/"), fileName.lastIndexOf("\\")) + 1);
  return fromIsoPrefix(base);
}

/** Front matter attendees: a list of strings, or one "A, B, C" string; null when absent or empty. */
function attendeesFromFrontMatter(value: unknown): string[] | null {
  const items = Array.isArray(value)
    ? value.filter((item): item is string => typeof item === "string").map(collapseWhitespace)
    : typeof value === "string"
      ? splitAttendees(value).map(collapseWhitespace)
      : [];
  const kept = items.filter((item) => item !== "");
  return kept.length > 0 ? kept : null;
}

function titleOf(frontMatterTitle: unknown, date: FileDate): string {
  if (typeof frontMatterTitle === "string" && frontMatterTitle.trim() !== "") return collapseWhitespace(frontMatterTitle);
  // An impossible date would be rolled over by Date ("31 Feb" → "3 March"), so show it as written.
  return (date.valid && readableDate(date.iso)) || date.iso;
}

/**
 * The meeting in a per-meeting file, or null when neither front matter nor the
 * file name gives a date. Never throws.
 */
export function parseMeetingFile(md: MarkdownIt, markdown: string, options: MeetingFileOptions): ParsedMeeting | null {
  return meetingFromFileTokens(parseBlocks(md, markdown), options);
}

/** The same, from the body's tokens (parsed by the site's markdown-it instance). */
export function meetingFromFileTokens(tokens: readonly Token[], options: MeetingFileOptions): ParsedMeeting | null {
  const frontMatter: Record<string, unknown> =
    options?.frontMatter && typeof options.frontMatter === "object" ? options.frontMatter : {};
  const date = dateFromFrontMatter(frontMatter["date"]) ?? dateFromFileName(options?.fileName);
  if (!date) return null;

  const summary = summariseSection(tokens, 0, tokens.length, { topicTags: FILE_TOPIC_TAGS });
  const listed = attendeesFromFrontMatter(frontMatter["attendees"]);

  // Front matter attendees come first in reading order, then whatever the body names.
  const organisations = new OrganisationList();
  for (const attendee of listed ?? []) organisations.add(organisationOfAttendee(attendee));
  for (const name of summary.organisations) organisations.add(name);

  const url = String(options?.url ?? "");
  return {
    group: String(options?.group ?? ""),
    date: date.iso,
    id: "",
    title: titleOf(frontMatter["title"], date),
    url,
    // A file with only Agenda/Notes/Actions headings names its topics in the agenda.
    topics: summary.topics.length > 0 ? summary.topics : summary.agendaItems,
    attendees: listed ?? summary.attendees,
    organisations: organisations.names,
    excerpt: summary.excerpt,
    sourcePath: String(options?.sourcePath ?? ""),
    line: firstBodyLine(options?.bodyLine) + (tokens[0]?.map?.[0] ?? 0),
    valid: date.valid,
  };
}
