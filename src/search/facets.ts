/**
 * What the search index should know about a page: whether it is indexed at all, its kind,
 * the groups and years to filter it by, and the line shown under its title in results.
 * Pure functions of the page and the meeting index, so layouts only print what comes back.
 */
import type { Meeting } from "../meetings/types.ts";
import type { Group } from "../groups/groups.ts";
import { isBlogPost } from "../content/contentDate.ts";
import { readableDate } from "../filters/dates.ts";
import { escapeHtml } from "../filters/html.ts";
import { meetingForPage, meetingsOnPage } from "../filters/meetings.ts";

export const PAGE_KINDS = ["meeting", "post", "guide", "talk", "page"] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** How a kind reads in a result; a log page of many meetings says so. */
const KIND_LABELS: Record<PageKind, string> = {
  meeting: "Meeting",
  post: "Post",
  guide: "Guide",
  talk: "Talk",
  page: "Page",
};

/** Meetings with no group are the community-wide meet-ups (as in the meeting lists). */
export const COMMUNITY_GROUP = "Community meet-up";

/** The parts of Eleventy's `page` that decide a page's kind. */
export interface SearchPage {
  url: string | false;
  inputPath: string;
  date?: Date;
}

/** Front matter that matters to search, passed explicitly by the layout. */
export interface SearchPageData {
  draft?: unknown;
  talk?: unknown;
  /** A talk is dated only when its transcript gives a date. */
  date?: unknown;
}

export interface SearchFacets {
  kind: PageKind;
  /** Shown in results: `Meeting`, `Meeting notes`, `Post`… */
  kindLabel: string;
  /** Group titles, for the `group` filter; the first is shown in results. */
  groups: string[];
  /** Four-digit years, newest first, for the `year` filter. */
  years: string[];
  /** Shown in results: the readable date of a page about one day; a notes page shows its years. */
  date: string;
}

const posix = (inputPath: string) => inputPath.replace(/\\/g, "/");

/** Listing and machine pages are added from src/pages as `_system/…` virtual templates. */
export function isSystemPage(inputPath: string): boolean {
  return /(?:^|\/)_system\//.test(posix(inputPath));
}

/** A guide is a file directly in a `guides/` folder, as in the guides collection. */
function isGuide(inputPath: string): boolean {
  return /(?:^|\/)guides\/(?!index\.(?:md|njk)$)[^/]+$/.test(posix(inputPath));
}

/** A talk is a transcript: the talks extension marks its data with `talk: true`. */
function isTalk(inputPath: string, data: SearchPageData): boolean {
  return data.talk === true || /\.txt$/.test(inputPath);
}

/** The kind of a page: a notes page or a single meeting is a `meeting`, whatever its folder. */
export function pageKind(page: SearchPage, meetings: Meeting[], data: SearchPageData = {}): PageKind {
  if (meetingsOnPage(meetings, page.url).length > 0 || meetingForPage(meetings, page.url)) return "meeting";
  if (isBlogPost(page.inputPath)) return "post";
  if (isTalk(page.inputPath, data)) return "talk";
  if (isGuide(page.inputPath)) return "guide";
  return "page";
}

export function groupLabel(slug: string, groups: Group[]): string {
  if (!slug) return COMMUNITY_GROUP;
  return groups.find((g) => g.slug === slug)?.title ?? slug;
}

/** The group whose folder holds a page (`special-interest/<slug>/…`), if any. */
function groupOfPath(inputPath: string): string | undefined {
  return /(?:^|\/)special-interest\/([^/]+)\//.exec(posix(inputPath))?.[1];
}

const unique = (values: string[]) => [...new Set(values)];
const newestFirst = (values: string[]) => unique(values).sort((a, b) => b.localeCompare(a));

function validDate(date: Date | undefined): date is Date {
  return date instanceof Date && !Number.isNaN(date.getTime());
}

/**
 * Facets for a page, or `undefined` when the page is not indexed: drafts, pages with no
 * URL, the home page and the generated listings (their text is only other pages' titles;
 * group pages are the exception, since a group's aim and contact are worth finding).
 */
export function searchFacets(
  page: SearchPage,
  meetings: Meeting[],
  groups: Group[],
  data: SearchPageData = {},
  language = "en-GB",
): SearchFacets | undefined {
  if (data.draft === true || typeof page.url !== "string" || !page.url.endsWith("/")) return undefined;
  const group = groups.find((g) => g.url === page.url);
  if (group) {
    return { kind: "page", kindLabel: "Group", groups: [group.title], years: [], date: "" };
  }
  if (page.url === "/" || isSystemPage(page.inputPath)) return undefined;

  const kind = pageKind(page, meetings, data);
  const onPage = meetingsOnPage(meetings, page.url);
  if (onPage.length > 0) {
    const years = newestFirst(onPage.map((m) => m.date.slice(0, 4)));
    return {
      kind,
      kindLabel: onPage.length > 1 ? "Meeting notes" : KIND_LABELS.meeting,
      groups: unique(onPage.map((m) => groupLabel(m.group, groups))),
      years,
      date: onPage.length > 1 ? "" : readableDate(onPage[0]!.date, language),
    };
  }
  const meeting = meetingForPage(meetings, page.url);
  if (meeting) {
    return {
      kind,
      kindLabel: KIND_LABELS.meeting,
      groups: [groupLabel(meeting.group, groups)],
      years: [meeting.date.slice(0, 4)],
      date: readableDate(meeting.date, language),
    };
  }
  const slug = groupOfPath(page.inputPath);
  // Only posts and dated talks are about a day; any other page's date is just its file's.
  const dated = (kind === "post" || (kind === "talk" && Boolean(data.date))) && validDate(page.date);
  return {
    kind,
    kindLabel: KIND_LABELS[kind],
    groups: slug ? [groupLabel(slug, groups)] : [],
    years: dated ? [String(page.date!.getUTCFullYear())] : [],
    date: dated ? readableDate(page.date, language) : "",
  };
}

/**
 * The facets as Pagefind reads them: one element per filter value (a notes page has several
 * years), inside a hidden, unindexed element. Results show kind, group and date from the
 * filters; metadata is added only where the filters cannot say it (a readable date, a label
 * other than the kind's own), since every indexed page carries this and pages have a size budget.
 */
export function pagefindFields(facets: SearchFacets): string {
  const field = (kind: "filter" | "meta", name: string, value: string) =>
    value ? `<span data-pagefind-${kind}="${name}">${escapeHtml(value)}</span>` : "";
  const ownLabel = facets.kindLabel === KIND_LABELS[facets.kind];
  return [
    "<div hidden data-pagefind-ignore>",
    field("filter", "kind", facets.kind),
    ...facets.groups.map((name) => field("filter", "group", name)),
    ...facets.years.map((year) => field("filter", "year", year)),
    ownLabel ? "" : field("meta", "kind", facets.kindLabel),
    field("meta", "date", facets.date),
    "</div>",
  ].join("");
}
