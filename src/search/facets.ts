/**
 * What the search index should know about a page: whether it is indexed at all, its kind,
 * the groups and years to filter it by, and the line shown under its title in results.
 * Pure functions of the page and the content model, so layouts only print what comes back.
 */
import type { Community } from "../community/community.ts";
import type { SourceFile } from "../content/source.ts";
import { readableDate } from "../content/dateText.ts";
import { escapeHtml } from "../markdown/html.ts";

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

/** The parts of Eleventy's `page` that decide a page's facets. */
export interface SearchPage {
  url: string | false;
  inputPath: string;
  date?: Date;
}

/** Front matter that matters to search, passed explicitly by the layout. */
export interface SearchPageData {
  draft?: unknown;
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

/** The kind of a page: a notes page or a single meeting is a `meeting`, whatever its folder. */
export function pageKind(file: SourceFile, community: Community): PageKind {
  if (community.meetingsOnPage(file.url).length > 0 || community.meetingForPage(file.url)) return "meeting";
  if (file.kind === "post" || file.kind === "talk" || file.kind === "guide") return file.kind;
  return "page";
}

export function groupLabel(slug: string, community: Community): string {
  if (!slug) return COMMUNITY_GROUP;
  return community.groups.find((g) => g.slug === slug)?.title ?? slug;
}

const unique = (values: string[]) => [...new Set(values)];
const newestFirst = (values: string[]) => unique(values).sort((a, b) => b.localeCompare(a));

function validDate(date: Date | undefined): date is Date {
  return date instanceof Date && !Number.isNaN(date.getTime());
}

/**
 * Facets for a page, or `undefined` when the page is not indexed: drafts, pages with no
 * URL, the home page and the tool's own pages (listings: their text is only other pages'
 * titles; group pages are the exception, since a group's aim and contact are worth finding).
 */
export function searchFacets(page: SearchPage, community: Community, data: SearchPageData = {}, language = "en-GB"): SearchFacets | undefined {
  if (data.draft === true || typeof page.url !== "string" || !page.url.endsWith("/")) return undefined;
  const group = community.groups.find((g) => g.url === page.url);
  if (group) {
    return { kind: "page", kindLabel: "Group", groups: [group.title], years: [], date: "" };
  }
  const file = community.fileAt(page.inputPath);
  if (page.url === "/" || !file) return undefined;

  const kind = pageKind(file, community);
  const onPage = community.meetingsOnPage(page.url);
  if (onPage.length > 0) {
    return {
      kind,
      kindLabel: onPage.length > 1 ? "Meeting notes" : KIND_LABELS.meeting,
      groups: unique(onPage.map((m) => groupLabel(m.group, community))),
      years: newestFirst(onPage.map((m) => m.date.slice(0, 4))),
      date: onPage.length > 1 ? "" : onPage[0]!.readableDate,
    };
  }
  const meeting = community.meetingForPage(page.url);
  if (meeting) {
    return {
      kind,
      kindLabel: KIND_LABELS.meeting,
      groups: [groupLabel(meeting.group, community)],
      years: [meeting.date.slice(0, 4)],
      date: meeting.readableDate,
    };
  }
  // Only posts and dated talks are about a day; any other page's date is just its file's.
  const dated = (kind === "post" || (kind === "talk" && Boolean(data.date))) && validDate(page.date);
  return {
    kind,
    kindLabel: KIND_LABELS[kind],
    groups: file.group ? [groupLabel(file.group, community)] : [],
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
