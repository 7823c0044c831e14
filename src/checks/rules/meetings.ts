/**
 * Meeting notes as the site reads them: date headings that are real dates, one meeting per
 * date in a group, newest first on a log page. Which headings are meetings is decided as the
 * build decides it — top-level h2 tokens read by `parseDateHeading(anchorText(…))`, as in
 * `meetingsFromTokens`, and `parseMeetingFile` for per-meeting files — so a `## 31 Feb 2023`
 * inside a code fence is not a heading, and is not reported. (Calling `meetingsFromTokens`
 * itself would also summarise every meeting, four times the cost of this scan.)
 */
import { parseDateHeading } from "../../content/dates.ts";
import { meetingFromFileTokens } from "../../meetings/index.ts";
import { anchorText } from "../../meetings/tokens.ts";
import type { Diagnostic } from "../../diagnostics/diagnostic.ts";
import { markdownTokens, tokenLine } from "../tokens.ts";
import type { CheckFile, Rule } from "../types.ts";
import { frontMatterKeyLine } from "./frontMatter.ts";

const RULE = "meetings";


interface Dated {
  /** yyyy-mm-dd as written, even when not a real date. */
  date: string;
  valid: boolean;
  line: number;
  /** The date as written, for messages. */
  written: string;
  /** The heading names a weekday that the date does not fall on. */
  weekdayMismatch?: boolean;
}

interface Occurrence {
  file: string;
  line: number;
}

/** The date headings of a log page, in page order. */
export function datedHeadings(file: CheckFile): Dated[] {
  const tokens = markdownTokens(file);
  const found: Dated[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // Footnote bodies are moved to the end of the token list and belong to no meeting.
    if (token.type === "footnote_block_open") break;
    // Only top-level h2s start meetings: a "## …" quoted in a blockquote or list is part of the notes.
    if (token.type !== "heading_open" || token.level !== 0 || token.tag !== "h2") continue;
    const heading = parseDateHeading(anchorText(tokens[i + 1]));
    if (heading) {
      found.push({
        date: heading.iso,
        valid: heading.valid,
        line: tokenLine(file, token),
        written: heading.dateText,
        weekdayMismatch: heading.weekdayMismatch === true,
      });
    }
  }
  return found;
}

/** A file's meetings, its group ("" outside groups), and whether it is a log page; null for files without notes. */
function meetingsOf(file: CheckFile): { dated: Dated[]; group: string; log: boolean } | null {
  const group = file.group;
  if (file.kind === "meeting-file") {
    // Only the date matters here: no tokens spares a second parse of the file.
    const meeting = meetingFromFileTokens([], { sourcePath: file.path, url: file.url || "", group, fileName: file.relativePath, frontMatter: file.data });
    // An impossible date in a file name or front matter is the front-matter rule's to report.
    if (!meeting?.valid) return null;
    const line = file.data.date !== undefined && file.data.date !== null ? frontMatterKeyLine(file, "date") : 1;
    return { dated: [{ date: meeting.date, valid: true, line, written: meeting.date }], group, log: false };
  }
  // A file in meetings/ that is not named by date is read as a log page, as the build does.
  if (!file.mayHoldMeetings) return null;
  return { dated: datedHeadings(file), group, log: true };
}

function error(file: CheckFile, line: number, message: string): Diagnostic {
  return { file: file.path, line, column: 1, rule: RULE, severity: "error", message };
}

export const meetingsRule: Rule = {
  name: RULE,
  summary: "meeting date headings are real dates (on the weekday they name), unique within a group, newest first",
  check(context) {
    const out: Diagnostic[] = [];
    // "group:<slug>|<date>" or "page:<path>|<date>" → where the date was first seen.
    const firstSeen = new Map<string, Occurrence>();
    // Files arrive sorted by path, so "first" is in file order, then line order.
    for (const file of context.files) {
      if (!file.readable) continue;
      const found = meetingsOf(file);
      if (!found) continue;
      let previous: Dated | undefined;
      let warnedOrder = false;
      for (const meeting of found.dated) {
        if (!meeting.valid) {
          out.push(error(file, meeting.line, `"${meeting.written}" is not a real date, so it is not listed as a meeting; fix the date`));
          continue;
        }
        if (meeting.weekdayMismatch) {
          // The date is probably right and the day wrong, or the other way round: the editor knows which.
          const weekday = new Intl.DateTimeFormat("en-GB", { weekday: "long", timeZone: "UTC" }).format(new Date(`${meeting.date}T00:00:00Z`));
          out.push({
            ...error(file, meeting.line, `"${meeting.written}": ${meeting.date} was a ${weekday}; check the day or the date`),
            severity: "warning",
          });
        }
        const scope = found.group ? `group:${found.group}` : `page:${file.path}`;
        const key = `${scope}|${meeting.date}`;
        const first = firstSeen.get(key);
        if (first) {
          const where = first.file === file.path ? `line ${first.line}` : `${first.file}:${first.line}`;
          const within = found.group ? `in group "${found.group}"` : "on this page";
          out.push(error(file, meeting.line, `meeting date ${meeting.date} appears twice ${within}; first at ${where}`));
        } else firstSeen.set(key, { file: file.path, line: meeting.line });
        if (found.log && previous && meeting.date > previous.date && !warnedOrder) {
          warnedOrder = true;
          out.push({
            ...error(file, meeting.line, `meetings are not newest first: ${meeting.date} comes after ${previous.date} (line ${previous.line}); put newer meetings above older ones`),
            severity: "warning",
          });
        }
        previous = meeting;
      }
    }
    return out;
  },
};
