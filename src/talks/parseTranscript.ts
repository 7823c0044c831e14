/**
 * Parse a talk transcript exported by our video tool into plain data.
 *
 * The export is a loose "Key: value" format: top-level fields start in column 0,
 * and a field's continuation lines (the Description and Captions blocks) are
 * indented. We accept files exactly as the tool writes them, so this parser is
 * lenient: it never throws, and anything odd is reported in `problems` with a
 * line number, for the checker to print, instead of failing the build.
 */
import { overLimit } from "../content/limits.ts";

export interface TranscriptProblem {
  /** 1-based line in the source file; 1 for issues about the file as a whole. */
  line: number;
  message: string;
  /**
   * "error" when something written is left out of the page (an ignored line, a field given
   * twice, an impossible date, a URL that is not http(s), a line over the limit): the build
   * stops on these. "warning" when the page is published as read, with a guess (a title
   * from the file name, an unindented line kept in its field).
   */
  severity: "error" | "warning";
}

/**
 * The longest line read, in bytes of UTF-8. Captions come as one line, about 50 KB for an
 * hour of talk; a longer line is left out (with a problem saying so), so that nothing later
 * (paragraphs, search, the checker) is handed megabytes of one line.
 */
export const MAX_TRANSCRIPT_LINE_BYTES = 1024 * 1024;


/** The line's size in bytes when it is over the limit, else undefined. */
function oversize(line: string): number | undefined {
  // A UTF-16 code unit is at most 3 bytes of UTF-8: most lines need no counting.
  if (line.length * 3 <= MAX_TRANSCRIPT_LINE_BYTES) return undefined;
  const bytes = Buffer.byteLength(line, "utf8");
  return bytes > MAX_TRANSCRIPT_LINE_BYTES ? bytes : undefined;
}

export interface Transcript {
  title: string;
  /** yyyy-mm-dd, or "" when missing or not a real calendar date. */
  date: string;
  playlist: string;
  /** Description lines, trimmed, blank lines dropped. */
  description: string[];
  /** The whole caption text on one line, whitespace runs collapsed to one space. */
  captions: string;
  /** An http(s) URL, or "" when missing or unsafe to link to. */
  youtubeUrl: string;
  /** Top-level fields we do not know, keyed as written; continuation lines joined by "\n". */
  extra: Record<string, string>;
  problems: TranscriptProblem[];
}

type KnownField = "title" | "date" | "playlist" | "description" | "captions" | "youtubeUrl";

// Matched case-insensitively: the tool has changed capitalisation between versions.
const KNOWN_FIELDS: ReadonlyMap<string, KnownField> = new Map([
  ["title", "title"],
  ["publication date", "date"],
  ["playlist", "playlist"],
  ["description", "description"],
  ["captions", "captions"],
  ["youtube url", "youtubeUrl"],
]);

const FIELD_LABELS: Record<KnownField, string> = {
  title: "Title",
  date: "Publication date",
  playlist: "Playlist",
  description: "Description",
  captions: "Captions",
  youtubeUrl: "YouTube URL",
};

/**
 * A top-level field: a short key in column 0, then a colon followed by a space or
 * the end of the line. Requiring the space keeps "https://…" from looking like a
 * field, and the length cap keeps the regex cheap on a 200 KB line.
 */
const FIELD_LINE = /^([A-Za-z][A-Za-z0-9 _()/-]{0,60}?)[ \t]*:(?:[ \t]+(.*))?$/;

/** Collapse every run of whitespace (including newlines and NBSP) to one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** True when `value` is yyyy-mm-dd and names a day that exists (2024-02-30 does not). */
export function isRealIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Date.UTC rolls invalid days over into the next month; a round trip catches that.
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** Quote a value for a problem message without pasting kilobytes into the terminal. */
function quote(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

/** One field as found in the file, before its value is interpreted. */
interface RawField {
  key: string;
  line: number;
  /** The inline value followed by each continuation line, untrimmed. */
  lines: string[];
}

/** Split the file into raw fields; lines that fit nowhere become problems. */
function readFields(text: string, problems: TranscriptProblem[]): RawField[] {
  const fields: RawField[] = [];
  let current: RawField | undefined;
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);

  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    const bytes = oversize(line);
    if (bytes !== undefined) {
      problems.push({
        line: lineNumber,
        severity: "error",
        message: `Line is ${overLimit(bytes, MAX_TRANSCRIPT_LINE_BYTES)} for one line; it is left out: split it over several indented lines`,
      });
      return;
    }
    if (line.trim() === "") {
      // Blank lines neither end a block nor belong to it.
      return;
    }
    const indented = line.startsWith("\t") || line.startsWith(" ");
    const match = indented ? null : FIELD_LINE.exec(line);
    if (match) {
      current = { key: (match[1] ?? "").trim(), line: lineNumber, lines: [match[2] ?? ""] };
      fields.push(current);
      return;
    }
    if (current) {
      // Indented lines continue the field above. An unindented line that is not
      // a field is most likely a hand-edited continuation, so keep it there too.
      current.lines.push(line);
      if (!indented) {
        problems.push({
          line: lineNumber,
          severity: "warning",
          message: `Line is not indented; treated as part of "${current.key}"`,
        });
      }
      return;
    }
    problems.push({ line: lineNumber, severity: "error", message: "Line is not a 'Key: value' field, and no field comes before it: it is left out" });
  });
  return fields;
}

/**
 * Parse transcript text. Never throws: missing or malformed fields give empty
 * values plus an entry in `problems`.
 */
export function parseTranscript(text: string): Transcript {
  const problems: TranscriptProblem[] = [];
  const transcript: Transcript = {
    title: "",
    date: "",
    playlist: "",
    description: [],
    captions: "",
    youtubeUrl: "",
    extra: {},
    problems,
  };
  // Callers are TypeScript, but data files are not: be forgiving about the type.
  const source = typeof text === "string" ? text : String(text ?? "");
  const seen = new Map<KnownField, number>();

  for (const field of readFields(source, problems)) {
    const known = KNOWN_FIELDS.get(field.key.toLowerCase());
    const trimmed = field.lines.map((line) => line.trim()).filter((line) => line !== "");
    if (!known) {
      transcript.extra[field.key] = trimmed.join("\n");
      continue;
    }
    const previous = seen.get(known);
    if (previous !== undefined) {
      problems.push({
        line: field.line,
        severity: "error",
        message: `${FIELD_LABELS[known]} appears again (first on line ${previous}); only this later value is used: give it once`,
      });
    }
    seen.set(known, field.line);
    applyField(transcript, known, trimmed, field.line);
  }

  if (!seen.has("title") || transcript.title === "") {
    problems.push({ line: seen.get("title") ?? 1, severity: "warning", message: "Title is missing; the page is titled from the file name" });
  }
  if (!seen.has("date")) {
    problems.push({ line: 1, severity: "warning", message: "Publication date is missing; the talk is listed without one" });
  }
  problems.sort((a, b) => a.line - b.line);
  return transcript;
}

function applyField(
  transcript: Transcript,
  field: KnownField,
  lines: string[],
  line: number,
): void {
  const value = collapseWhitespace(lines.join(" "));
  switch (field) {
    case "title":
      transcript.title = value;
      return;
    case "playlist":
      transcript.playlist = value;
      return;
    case "description":
      transcript.description = lines;
      return;
    case "captions":
      transcript.captions = value;
      return;
    case "date":
      transcript.date = isRealIsoDate(value) ? value : "";
      if (!transcript.date) {
        transcript.problems.push({
          line,
          severity: "error",
          message: `Publication date ${quote(value)} is not a real yyyy-mm-dd date`,
        });
      }
      return;
    case "youtubeUrl":
      // Only http(s) is linked: a "javascript:" URL in an href would run script.
      transcript.youtubeUrl = isHttpUrl(value) ? value : "";
      if (value !== "" && !transcript.youtubeUrl) {
        transcript.problems.push({ line, severity: "error", message: `YouTube URL ${quote(value)} is not an http(s) URL; the page is published without the link` });
      }
      return;
  }
}
