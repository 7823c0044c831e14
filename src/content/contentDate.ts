/**
 * A page's date comes from its content, never from the file system, so two builds of the
 * same commit agree: front matter `date`, else a Jekyll-style `YYYY-MM-DD-slug` file name.
 * Pages that are not dated (guides, plain pages) get one fixed date so that ordering is
 * decided by our collections, not by when a file happened to be checked out.
 */
import { ContentError } from "../diagnostics/diagnostic.ts";
import { displayPath, type FrontMatterBlock } from "./frontMatter.ts";
import { datedName } from "./paths.ts";

export const UNDATED = new Date(Date.UTC(1970, 0, 1));

/** A name that starts with its date: `2023-12-08` or `2023-12-08-welcome`. */
const NAME_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:-|$)/;
/** ISO dates and Jekyll's `2023-12-08 18:30:00 +0000`. */
const DATE_STRING = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/;

function utcDate(y: number, m: number, d: number, hh = 0, mm = 0, ss = 0): Date | undefined {
  const date = new Date(Date.UTC(y, m - 1, d, hh, mm, ss));
  const real = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  return real && hh < 24 && mm < 60 && ss < 61 ? date : undefined;
}

/** Parses a date string as written in front matter; undefined if it is not a real date. */
export function parseDateString(text: string): Date | undefined {
  const m = DATE_STRING.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo, d, hh, mi, ss, zone] = m;
  const date = utcDate(Number(y), Number(mo), Number(d), Number(hh ?? 0), Number(mi ?? 0), Number(ss ?? 0));
  if (!date || !zone || zone === "Z") return date;
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.replace(/[^0-9]/g, "");
  const offsetMinutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4));
  return new Date(date.getTime() - sign * offsetMinutes * 60_000);
}

/** The date in a Jekyll-style file name (`2023-12-08-welcome.md`), or a dated folder's index, if any. */
export function dateFromFileName(inputPath: string): Date | undefined {
  const m = NAME_DATE.exec(datedName(inputPath));
  return m ? utcDate(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** A front matter date as written, in its parts, with no time zone applied (addresses use the date the author wrote). */
export function datePartsAsWritten(text: string): { year: number; month: number; day: number; hour: number; minute: number; second: number } | undefined {
  const m = DATE_STRING.exec(text.trim());
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), hour: Number(m[4] ?? 0), minute: Number(m[5] ?? 0), second: Number(m[6] ?? 0) } : undefined;
}

/**
 * Used as Eleventy's `addDateParsing` callback: always answers, so Eleventy never stats files.
 * `isPost`: the file is a blog post (which must be dated); `block`: its front matter, to
 * locate a bad date.
 */
export function resolveContentDate(value: unknown, inputPath: string, isPost = false, block?: FrontMatterBlock): Date {
  const fail = (message: string, key = "date"): never => {
    throw new ContentError({
      file: displayPath(inputPath),
      line: block?.keyLines.get(key) ?? 1,
      column: 1,
      rule: "front-matter",
      message,
    });
  };
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? fail("`date` is not a real date") : value;
  }
  if (value && typeof value === "object" && "toJSDate" in value) {
    // A luxon DateTime, which Eleventy plugins sometimes put in the data cascade.
    return (value as { toJSDate(): Date }).toJSDate();
  }
  if (typeof value === "string" && value.trim() !== "") {
    return parseDateString(value) ?? fail(`\`date: ${value}\` is not a real date; write it as YYYY-MM-DD`);
  }
  const fromName = dateFromFileName(inputPath);
  if (fromName) return fromName;
  if (isPost) {
    fail("a blog post needs a date: add `date: YYYY-MM-DD` to its front matter or name the file YYYY-MM-DD-slug.md");
  }
  return UNDATED;
}
