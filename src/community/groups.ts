/**
 * Special-interest groups: every folder `special-interest/<group>/` is a group. Its optional
 * `index.md` gives metadata; without one the group still works, titled from the folder.
 */
import type { Meeting } from "../meetings/types.ts";
import type { SourceFile } from "../content/sourceFiles.ts";
import { parseDateString } from "../content/contentDate.ts";

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
  /** Source of `index.md`, or "" when the group has none. */
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

const GROUP_PATH = /^special-interest\/([^/]+)\/(.+)$/;

/** `…/content/special-interest/<group>/index.md`: the group's metadata page. */
export function isGroupIndexPath(inputPath: string): boolean {
  return /(?:^|\/)content\/special-interest\/[^/]+\/index\.md$/.test(inputPath.replace(/\\/g, "/"));
}

/** `supply-chain-security` → `Supply chain security`. */
export function titleFromSlug(slug: string): string {
  const words = slug.replace(/[-_]+/g, " ").trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : slug;
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

export function buildGroups(files: SourceFile[], meetings: Meeting[], isMeetingPage: (file: SourceFile) => boolean): Group[] {
  const slugs = new Set<string>();
  const indexes = new Map<string, SourceFile>();
  const pages = new Map<string, GroupPage[]>();
  for (const file of files) {
    const match = GROUP_PATH.exec(file.relativePath);
    if (!match) continue;
    const [, slug, rest] = match as unknown as [string, string, string];
    slugs.add(slug);
    if (rest === "index.md") indexes.set(slug, file);
    else if (!isMeetingPage(file)) {
      const list = pages.get(slug) ?? [];
      list.push({ title: text(file.data.title) || titleFromSlug(rest.replace(/\.md$/, "").split("/").pop() ?? rest), url: file.url });
      pages.set(slug, list);
    }
  }
  return [...slugs].sort().map((slug) => {
    const index = indexes.get(slug);
    const data = index?.data ?? {};
    const own = meetings.filter((m) => m.group === slug);
    return {
      slug,
      title: text(data.title) || titleFromSlug(slug),
      aim: text(data.aim) || text(data.description),
      contact: text(data.contact),
      cadence: text(data.cadence),
      channel: text(data.channel),
      status: text(data.status).toLowerCase() === "archived" ? "archived" : "active",
      next: isoOf(data.next),
      url: `/special-interest/${slug}/`,
      sourcePath: index?.sourcePath ?? "",
      body: index?.body ?? "",
      meetings: own,
      meetingCount: own.length,
      lastMeeting: own[0]?.date ?? "",
      pages: (pages.get(slug) ?? []).sort((a, b) => a.url.localeCompare(b.url)),
      organisations: organisationCounts(own),
    };
  });
}
