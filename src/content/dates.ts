// Date headings: the one place that decides whether a heading such as
// "## Fri 8 Dec 2023 – Case study" names a meeting date. The renderer (heading
// ids), the meeting parser and the checker all call parseDateHeading, so they
// can never disagree about which headings are meetings.

export interface DateHeading {
  /** yyyy-mm-dd as written, zero-padded; filled even when the date is not real. */
  iso: string;
  /** false when the numbers do not form a calendar date (31 Feb, month 13). */
  valid: boolean;
  /** Text after the date and its separator, whitespace collapsed; "" if none. */
  title: string;
  /** The date part exactly as written (trimmed), weekday included. */
  dateText: string;
  /** Present only when a weekday was written: true if it is not that date's weekday. */
  weekdayMismatch?: boolean;
}

const MONTHS: ReadonlyArray<readonly string[]> = [
  ["january", "jan"],
  ["february", "feb"],
  ["march", "mar"],
  ["april", "apr"],
  ["may"],
  ["june", "jun"],
  ["july", "jul"],
  ["august", "aug"],
  ["september", "sept", "sep"],
  ["october", "oct"],
  ["november", "nov"],
  ["december", "dec"],
];

// Index 0 is Sunday, matching Date#getUTCDay.
const WEEKDAYS: ReadonlyArray<readonly string[]> = [
  ["sunday", "sun"],
  ["monday", "mon"],
  ["tuesday", "tues", "tue"],
  ["wednesday", "wed"],
  ["thursday", "thurs", "thur", "thu"],
  ["friday", "fri"],
  ["saturday", "sat"],
];

/** Longest names first so "sept" is not read as "sep" followed by "t". */
function alternation(groups: ReadonlyArray<readonly string[]>): string {
  return groups
    .flat()
    .sort((a, b) => b.length - a.length)
    .join("|");
}

const MONTH = `(${alternation(MONTHS)})\\.?`;
const DAY = `(\\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = `(\\d{4})(?!\\d)`;
const WEEKDAY = `(?:(${alternation(WEEKDAYS)})\\.?(?:\\s*,\\s*|\\s+))?`;

// Each form is anchored at the start; what follows the year is checked separately.
const DAY_MONTH_YEAR = new RegExp(`^${WEEKDAY}${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}`, "i");
const MONTH_DAY_YEAR = new RegExp(`^${WEEKDAY}${MONTH}\\s+${DAY},?\\s+${YEAR}`, "i");
const ISO = new RegExp(`^${WEEKDAY}(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d-])`, "i");

// A title must follow a separator so "8 Dec 2023 review" stays ambiguous-free:
// en/em dash, colon, comma or bar directly, a plain hyphen only after a space,
// or a parenthesised note such as "(online)".
const TITLE_AFTER_SEPARATOR = /^\s*(?:[–—:,|]|\s-+)\s*(.*)$/su;
const PARENTHESISED = /^\s+(\(.*)$/su;

// Zero-width characters sneak in with copy-and-paste and are invisible to editors.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/gu;

interface DateParts {
  year: number;
  month: number;
  day: number;
  weekday: string | undefined;
  length: number;
}

function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  return MONTHS.findIndex((names) => names.includes(lower)) + 1;
}

function weekdayNumber(name: string): number {
  const lower = name.toLowerCase();
  return WEEKDAYS.findIndex((names) => names.includes(lower));
}

function matchDate(text: string): DateParts | null {
  let m = DAY_MONTH_YEAR.exec(text);
  if (m) {
    return { weekday: m[1], day: Number(m[2]), month: monthNumber(m[3] ?? ""), year: Number(m[4]), length: m[0].length };
  }
  m = MONTH_DAY_YEAR.exec(text);
  if (m) {
    return { weekday: m[1], month: monthNumber(m[2] ?? ""), day: Number(m[3]), year: Number(m[4]), length: m[0].length };
  }
  m = ISO.exec(text);
  if (m) {
    return { weekday: m[1], year: Number(m[2]), month: Number(m[3]), day: Number(m[4]), length: m[0].length };
  }
  return null;
}

/** The title after the date, "" if nothing follows, null if words follow without a separator. */
function titleAfter(rest: string): string | null {
  if (rest.trim() === "") return "";
  const separated = TITLE_AFTER_SEPARATOR.exec(rest) ?? PARENTHESISED.exec(rest);
  if (!separated) return null;
  return (separated[1] ?? "").replace(/\s+/gu, " ").trim();
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1-12); 0 for a month that does not exist. */
export function daysInMonth(year: number, month: number): number {
  if (month < 1 || month > 12) return 0;
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** 0 (Sunday) to 6; setUTCFullYear because Date.UTC maps years 0-99 to 1900-1999. */
function weekdayOf(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCDay();
}

/** True when yyyy-mm-dd names a real calendar day. */
export function isValidDate(year: number, month: number, day: number): boolean {
  return day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Reads a heading that IS a date, optionally followed by a separator and a title.
 * Returns null for anything else ("Overview", "December plans", "2023 review").
 * Never throws: the checker feeds it every heading of every file.
 */
export function parseDateHeading(text: string): DateHeading | null {
  if (typeof text !== "string") return null;
  const cleaned = text.replace(INVISIBLE, "");
  const leading = cleaned.length - cleaned.trimStart().length;
  const source = cleaned.slice(leading);

  const parts = matchDate(source);
  if (!parts) return null;

  const title = titleAfter(source.slice(parts.length));
  if (title === null) return null;

  const { year, month, day } = parts;
  const valid = isValidDate(year, month, day);
  const heading: DateHeading = {
    iso: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`,
    valid,
    title,
    dateText: source.slice(0, parts.length).trim(),
  };
  if (parts.weekday !== undefined) {
    // An impossible date has no weekday to compare with; the checker reports it as invalid.
    heading.weekdayMismatch = valid && weekdayOf(year, month, day) !== weekdayNumber(parts.weekday);
  }
  return heading;
}

/**
 * yyyy-mm-dd of a Date in UTC. Our YAML reader (as Eleventy's) reads front-matter dates as
 * UTC midnight, so using local time here would shift them by a day west of UTC.
 * Throws RangeError for an invalid Date, which is always a programming error.
 */
export function isoDate(d: Date): string {
  if (Number.isNaN(d.getTime())) throw new RangeError("isoDate: invalid Date");
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}
