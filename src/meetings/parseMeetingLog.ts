// A group's notes page ("notes.md") holds many meetings, each starting at a
// level-2 heading that is a date ("## 08 Dec 2023", "## 2024-02-02 – Case study").
// A meeting runs until the next level-1 or level-2 heading; "## Overview" and
// other non-date sections end it without starting a new one.

import type { MarkdownIt, Token } from "markdown-it";
import { parseDateHeading, type DateHeading } from "../content/dates.ts";
import { summariseSection } from "./summariseSection.ts";
import { anchorText, parseBlocks } from "./tokens.ts";
import type { ParsedMeeting, MeetingLogOptions } from "./types.ts";

const LOG_TOPIC_TAGS = ["h3"] as const;

/** A usable 1-based line offset; anything else (undefined, NaN, 0.5, -3) is 1. */
export function firstBodyLine(bodyLine: unknown): number {
  return typeof bodyLine === "number" && Number.isInteger(bodyLine) && bodyLine >= 1 ? bodyLine : 1;
}

/** Only top-level h1/h2 bound meetings: a "## …" quoted in a blockquote or list is part of the notes. */
function isSectionHeading(token: Token): boolean {
  return token.type === "heading_open" && token.level === 0 && (token.tag === "h2" || token.tag === "h1");
}

interface OpenMeeting {
  index: number;
  heading: DateHeading;
}

/**
 * Every meeting on a notes page, in page order. `markdown` is the body after
 * front matter. Never throws: the checker runs it on every file, broken or not.
 */
export function parseMeetingLog(md: MarkdownIt, markdown: string, options: MeetingLogOptions): ParsedMeeting[] {
  return meetingsFromTokens(parseBlocks(md, markdown), options);
}

/**
 * The same, from tokens already produced by the site's markdown-it instance (which
 * sets the heading ids). Parsing is most of the cost, so glue that parses a
 * page anyway can hand its tokens here instead of parsing twice.
 */
export function meetingsFromTokens(tokens: readonly Token[], options: MeetingLogOptions): ParsedMeeting[] {
  const sourcePath = String(options?.sourcePath ?? "");
  const url = String(options?.url ?? "");
  const group = String(options?.group ?? "");
  const bodyLine = firstBodyLine(options?.bodyLine);
  const meetings: ParsedMeeting[] = [];

  let open: OpenMeeting | null = null;
  const close = (end: number): void => {
    if (!open) return;
    const token = tokens[open.index];
    // The anchor plugin always sets an id; the fallback only guards a future change of plugin.
    const id = String(token?.attrGet("id") ?? open.heading.iso);
    // Content starts after heading_open, inline and heading_close.
    const summary = summariseSection(tokens, open.index + 3, end, { topicTags: LOG_TOPIC_TAGS });
    meetings.push({
      group,
      date: open.heading.iso,
      id,
      title: open.heading.title || open.heading.dateText,
      url: `${url}#${id}`,
      topics: summary.topics,
      attendees: summary.attendees,
      organisations: summary.organisations,
      excerpt: summary.excerpt,
      sourcePath,
      line: (token?.map?.[0] ?? 0) + bodyLine,
      valid: open.heading.valid,
    });
    open = null;
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    // markdown-it-footnote moves footnote bodies to the end of the token list;
    // they belong to no meeting.
    if (token.type === "footnote_block_open") {
      close(i);
      break;
    }
    if (!isSectionHeading(token)) continue;
    close(i);
    const heading = token.tag === "h2" ? parseDateHeading(anchorText(tokens[i + 1])) : null;
    if (heading) open = { index: i, heading };
  }
  close(tokens.length);
  return meetings;
}
