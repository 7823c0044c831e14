/**
 * The community as data: the model of one build. Built once per build from the files
 * Eleventy read (its collection items), with the site's own markdown-it instance, it holds
 * every source file, every meeting (from log pages and per-meeting files) and every
 * special-interest group, and answers the questions templates, feeds, search records and
 * the checker ask. Nothing here reads the disk.
 *
 * A meeting's way through: `content/<groups>/<g>/notes.md` is read by Eleventy, its front
 * matter by our YAML engine; `sourceFile` classifies it; `buildCommunity` parses its body
 * once, finds the dated sections (`meetingsFromTokens`), makes each a `Meeting` (group
 * title, readable date, neighbours) and keeps the rendered HTML for Eleventy's render. The
 * listings, the group page, `meetings.json`, the feeds and the search facets all read that
 * `Meeting`.
 */
import type { MarkdownIt, Token } from "markdown-it";
import { publishedPath, type SourceFile } from "../content/source.ts";
import { readableDate } from "../content/dateText.ts";
import { parseDateHeading } from "../content/dates.ts";
import { dateFromFileName } from "../content/contentDate.ts";
import { giveTitle, writtenTitle as writtenTitleOf, type Titled } from "../content/titles.ts";
import { meetingFromFileTokens, meetingsFromTokens, parseBlocks, sortMeetings, type Meeting, type ParsedMeeting } from "../meetings/index.ts";
import { buildGroups, groupsUrl, groupTitles, groupUrl, type Group } from "./groups.ts";

export interface CommunityOptions {
  /** The site's markdown-it instance: the one Eleventy renders with, plugins included. */
  md: MarkdownIt;
  /** The site's language, for readable dates. */
  language: string;
  /** The groups folder, relative to the input folder. */
  groupsFolder: string;
  /** What an earlier build of the same process found, reused for files that did not change. */
  memo?: ParseMemo;
  /** Titles of the pages the tool makes (listings), by URL, for breadcrumbs. */
  listingTitles?: Readonly<Record<string, string>>;
  /** Keep the tokens of the pages parsed (the check reads them again; a build does not). */
  keepTokens?: boolean;
}

/** What reading one file's body gave. */
interface Parsed {
  meetings: ParsedMeeting[];
  /** The body rendered from the same tokens, for Eleventy to use instead of parsing again. */
  html?: string;
  tokens?: Token[];
}

/**
 * Parse results kept across the builds of one process (`npm start`): a rebuild re-parses only
 * the files whose body or relevant data changed.
 */
export class ParseMemo {
  readonly #entries = new Map<string, { key: string; meetings: ParsedMeeting[] }>();

  get(inputPath: string, key: string): ParsedMeeting[] | undefined {
    const entry = this.#entries.get(inputPath);
    return entry && entry.key === key ? entry.meetings : undefined;
  }

  set(inputPath: string, key: string, meetings: ParsedMeeting[]): void {
    this.#entries.set(inputPath, { key, meetings });
  }
}

export interface Community {
  /** Every source file of the build, in path order. */
  files: SourceFile[];
  /** Every meeting with a real date, newest first. */
  meetings: Meeting[];
  /** What each file's body gave as written, invalid dates included (the checker reports those). */
  parsedMeetings: ReadonlyMap<SourceFile, ParsedMeeting[]>;
  groups: Group[];
  /** The page listing the groups. */
  groupsUrl: string;
  /** URL → title of every page with a title, every group page and the tool's listings (for breadcrumbs). */
  pageTitles: Readonly<Record<string, string>>;
  /** The file Eleventy reads at `inputPath`. */
  fileAt(inputPath: string): SourceFile | undefined;
  /** Meetings written as sections of the page at `url` (a log page), in page order. */
  meetingsOnPage(url: string | false | undefined): Meeting[];
  /** The meeting a per-meeting page is about. */
  meetingForPage(url: string | false | undefined): Meeting | undefined;
  /** The Markdown tokens of a page the model parsed, when it was asked to keep them. */
  tokensOf(inputPath: string): Token[] | undefined;
  /**
   * The tokens and HTML of `body` when the model rendered it already (it parsed the page for
   * its meetings). Given once: the second call, or another body, gets undefined.
   */
  takeRendered(inputPath: string, body: string): { tokens: Token[]; html: string } | undefined;
}

/** A cheap test that saves a Markdown parse for pages with no level-2 heading at all (ATX `## x` or setext `x\n---`). */
const HAS_H2 = /(?:^|\n) {0,3}(?:##[ \t]|-+[ \t]*(?:\r?\n|$))/;

/** Everything a file's meetings depend on besides its body. */
function memoKey(file: SourceFile): string {
  const { date, attendees } = file.data;
  return JSON.stringify([file.kind === "meeting-file", file.group, file.url, file.path, file.bodyLine, date instanceof Date ? date.toISOString() : date, attendees, writtenTitle(file)]);
}

function parse(file: SourceFile, options: CommunityOptions): Parsed {
  const isFile = file.kind === "meeting-file";
  if (!isFile && !(file.mayHoldMeetings && HAS_H2.test(file.body))) return { meetings: [] };
  const key = memoKey(file);
  const known = options.memo?.get(file.inputPath, `${key}\n${file.body}`);
  if (known) return { meetings: known };

  // The render env reads the page's data, as Eleventy's would, but keeps what plugins store
  // on it (heading ids, footnotes) to itself.
  const env = Object.create(file.data) as object;
  const tokens = parseBlocks(options.md, file.body, env);
  const common = { sourcePath: publishedPath(file), url: file.url || "", group: file.group, bodyLine: file.bodyLine };
  const frontMatter = { ...file.data, title: writtenTitle(file) };
  const meetings = isFile
    ? [meetingFromFileTokens(tokens, { ...common, fileName: file.relativePath, frontMatter })].filter((m): m is ParsedMeeting => m !== null)
    : meetingsFromTokens(tokens, common);
  options.memo?.set(file.inputPath, `${key}\n${file.body}`, meetings);
  return { meetings, html: render(options.md, tokens, env), tokens };
}

/** Renders tokens as Eleventy's render would; undefined (so Eleventy renders, and reports) if that fails. */
function render(md: MarkdownIt, tokens: Token[], env: object): string | undefined {
  if (tokens.length === 0) return undefined;
  try {
    return md.renderer.render(tokens, md.options, env);
  } catch {
    return undefined;
  }
}

/** The title after the date in a log heading ("Case study"), or a file's own title; "" for a bare date. */
function ownTitleOf(meeting: ParsedMeeting): string {
  const heading = parseDateHeading(meeting.title);
  return heading ? heading.title : meeting.title.trim();
}

/** The title a file was written with, if any (not one a build gave it). */
const writtenTitle = (file: SourceFile): unknown => writtenTitleOf(file.data as Titled);

export function buildCommunity(sources: readonly SourceFile[], options: CommunityOptions): Community {
  const files = [...sources].sort((a, b) => (a.inputPath < b.inputPath ? -1 : a.inputPath > b.inputPath ? 1 : 0));
  const byInputPath = new Map(files.map((file) => [file.inputPath, file]));
  const parsedMeetings = new Map<SourceFile, ParsedMeeting[]>();
  const rendered = new Map<string, { body: string; html: string; tokens: Token[] }>();
  const kept = new Map<string, Token[]>();
  for (const file of files) {
    const parsed = parse(file, options);
    if (options.keepTokens && parsed.tokens) kept.set(file.inputPath, parsed.tokens);
    if (parsed.meetings.length) parsedMeetings.set(file, parsed.meetings);
    // A page with dated sections is a log of meetings (the path alone could not say so).
    if (file.kind === "page" && parsed.meetings.length) file.kind = "meeting-log";
    if (parsed.html !== undefined && parsed.tokens) rendered.set(file.inputPath, { body: file.body, html: parsed.html, tokens: parsed.tokens });
  }

  const valid = sortMeetings([...parsedMeetings.values()].flat().filter((m) => m.valid));
  // Group titles come from the groups' index files; the groups' meeting lists need the meetings.
  const titleOf = groupTitles(files);
  const groupTitle = (slug: string) => (slug ? (titleOf.get(slug) ?? slug) : "Community");
  const meetings: Meeting[] = valid.map((m) => ({
    ...m,
    groupTitle: groupTitle(m.group),
    groupUrl: m.group ? groupUrl(options.groupsFolder, m.group) : "",
    readableDate: readableDate(m.date, options.language),
    ownTitle: ownTitleOf(m),
    pageUrl: m.id ? m.url.slice(0, m.url.indexOf("#")) : m.url,
  }));
  linkNeighbours(meetings);
  const groups = buildGroups(files, meetings, options.groupsFolder);
  giveMeetingFilesTitles(files, groupTitle, options.language);

  const pageTitles: Record<string, string> = { ...options.listingTitles };
  for (const file of files) {
    const title = file.data.title;
    if (file.url !== false && typeof title === "string" && title.trim()) pageTitles[file.url] = title.trim();
  }
  for (const group of groups) pageTitles[group.url] = group.title;

  const sections = new Map<string, Meeting[]>();
  const filePages = new Map<string, Meeting>();
  for (const meeting of meetings) {
    if (meeting.id === "") {
      if (!filePages.has(meeting.url)) filePages.set(meeting.url, meeting);
    } else {
      const list = sections.get(meeting.pageUrl) ?? [];
      list.push(meeting);
      sections.set(meeting.pageUrl, list);
    }
  }
  for (const list of sections.values()) list.sort((a, b) => a.line - b.line);

  return {
    files,
    meetings,
    parsedMeetings,
    groups,
    groupsUrl: groupsUrl(options.groupsFolder),
    pageTitles: Object.freeze(pageTitles),
    fileAt: (inputPath) => byInputPath.get(inputPath),
    tokensOf: (inputPath) => kept.get(inputPath),
    meetingsOnPage: (url) => (typeof url === "string" ? (sections.get(url) ?? []) : []),
    meetingForPage: (url) => (typeof url === "string" ? filePages.get(url) : undefined),
    takeRendered(inputPath, body) {
      const entry = rendered.get(inputPath);
      if (!entry || entry.body !== body) return undefined;
      rendered.delete(inputPath);
      return { tokens: entry.tokens, html: entry.html };
    },
  };
}

/**
 * A meeting file without a title of its own is titled after its group and date ("Inner
 * source: 16 August 2023"), so its page, breadcrumbs, listings and feeds agree. The group's
 * title is only known once every file is read, so this is the one place the model writes to
 * a page's data; it does so on every build, so a changed group title reaches every page.
 */
function giveMeetingFilesTitles(files: readonly SourceFile[], groupTitle: (slug: string) => string, language: string): void {
  for (const file of files) {
    if (file.kind !== "meeting-file") continue;
    const own = writtenTitle(file);
    if (typeof own === "string" && own.trim()) continue;
    const date = dateFromFileName(file.relativePath);
    if (date) giveTitle(file.data as Titled, `${groupTitle(file.group)}: ${readableDate(date, language)}`);
  }
}

/** Per-meeting files link to the group's previous (older) and next (newer) file. */
function linkNeighbours(meetings: Meeting[]): void {
  const byGroup = new Map<string, Meeting[]>();
  for (const meeting of meetings) {
    if (meeting.id !== "") continue;
    const own = byGroup.get(meeting.group) ?? [];
    own.push(meeting);
    byGroup.set(meeting.group, own);
  }
  for (const own of byGroup.values()) {
    own.forEach((meeting, i) => {
      if (i > 0) meeting.newer = own[i - 1];
      if (i + 1 < own.length) meeting.older = own[i + 1];
    });
  }
}
