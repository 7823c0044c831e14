/**
 * Special-interest groups: every folder `<groups folder>/<group>/` is a group (the folder is a
 * site setting, `special-interest` by default). Its optional `index.md` gives metadata;
 * without one the group still works, titled from the folder.
 */
import type { Meeting } from "../meetings/types.ts";
import type { SourceFile } from "../content/source.ts";
import { parseDateString } from "../content/contentDate.ts";
import { titleFromSlug } from "../content/titles.ts";
import { isSafeLink } from "../sanitise/sanitise.ts";

export { titleFromSlug };

export interface GroupPage {
  title: string;
  url: string;
}

export interface Group {
  slug: string;
  title: string;
  aim: string;
  contact: string;
  cadence: string;
  channel: string;
  status: "active" | "archived";
  /** ISO date of the next meeting, if the group's metadata names one. */
  next: string;
  url: string;
  /** Source of `index.md` (as diagnostics print it), or "" when the group has none. */
  sourcePath: string;
  /** The Markdown body of `index.md`, rendered by the caller. */
  body: string;
  meetings: Meeting[];
  meetingCount: number;
  lastMeeting: string;
  /** Pages in the group's folder that are not single meetings (log pages, guides…). */
  pages: GroupPage[];
  /** Organisations that took part, most meetings first. */
  organisations: { name: string; count: number }[];
}

const text = (value: unknown) => (typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : "");

function isoOf(value: unknown): string {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  const parsed = typeof value === "string" ? parseDateString(value) : undefined;
  return parsed ? parsed.toISOString().slice(0, 10) : "";
}

/** Counts each organisation once per meeting, so a big delegation does not outweigh regular attendance. */
export function organisationCounts(meetings: Meeting[]): { name: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const meeting of meetings) {
    for (const name of new Set(meeting.organisations)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** The URL of the page listing the groups: `/<groups folder>/`. */
export function groupsUrl(groupsFolder: string): string {
  return `/${groupsFolder.replace(/^\/+|\/+$/g, "")}/`;
}

/** The URL of a group's page: `/<groups folder>/<slug>/`. */
export function groupUrl(groupsFolder: string, slug: string): string {
  return `${groupsUrl(groupsFolder)}${slug}/`;
}

/** A group's title: its index.md's `title`, else its folder's name. */
export function groupTitle(slug: string, index: SourceFile | undefined): string {
  return text(index?.data.title) || titleFromSlug(slug);
}

/** The title of every group with a file in its folder, by slug. */
export function groupTitles(files: readonly SourceFile[]): Map<string, string> {
  const titles = new Map<string, string>();
  for (const file of files) {
    if (file.group && (file.kind === "group-index" || !titles.has(file.group))) {
      titles.set(file.group, groupTitle(file.group, file.kind === "group-index" ? file : undefined));
    }
  }
  return titles;
}

/**
 * Every group with a file in its folder, sorted by slug. `meetings` are the community's
 * meetings, newest first; each group takes its own.
 */
export function buildGroups(files: readonly SourceFile[], meetings: readonly Meeting[], groupsFolder: string): Group[] {
  const slugs = new Set<string>();
  const indexes = new Map<string, SourceFile>();
  const pages = new Map<string, GroupPage[]>();
  for (const file of files) {
    if (!file.group) continue;
    slugs.add(file.group);
    if (file.kind === "group-index") indexes.set(file.group, file);
    else if (file.kind !== "meeting-file" && file.url !== false) {
      const list = pages.get(file.group) ?? [];
      const name = file.relativePath.split("/").pop() ?? file.relativePath;
      list.push({ title: text(file.data.title) || titleFromSlug(name.replace(/\.[^.]+$/, "")), url: file.url });
      pages.set(file.group, list);
    }
  }
  const byGroup = new Map<string, Meeting[]>();
  for (const meeting of meetings) {
    const own = byGroup.get(meeting.group) ?? [];
    own.push(meeting);
    byGroup.set(meeting.group, own);
  }
  return [...slugs].sort().map((slug) => {
    const index = indexes.get(slug);
    const data = index?.data ?? {};
    const own = byGroup.get(slug) ?? [];
    return {
      slug,
      title: groupTitle(slug, index),
      aim: text(data.aim) || text(data.description),
      contact: text(data.contact),
      cadence: text(data.cadence),
      // Published as a link: only what content links may be (the check reports anything else).
      channel: isSafeLink(text(data.channel)) ? text(data.channel) : "",
      status: text(data.status).toLowerCase() === "archived" ? "archived" : "active",
      next: isoOf(data.next),
      url: groupUrl(groupsFolder, slug),
      sourcePath: index?.path ?? "",
      body: index?.body ?? "",
      meetings: own,
      meetingCount: own.length,
      lastMeeting: own[0]?.date ?? "",
      pages: (pages.get(slug) ?? []).sort((a, b) => a.url.localeCompare(b.url)),
      organisations: organisationCounts(own),
    };
  });
}
