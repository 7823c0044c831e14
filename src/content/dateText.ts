/** Dates are shown and compared in UTC: content dates are calendar days, not instants. */
import { parseDateString } from "./contentDate.ts";

/** A string is read as front matter is (no zone means UTC), never in the builder's time zone. */
function toDate(value: Date | string): Date {
  return value instanceof Date ? value : (parseDateString(value) ?? new Date(value));
}

export function isoDate(value: Date | string | undefined): string {
  if (!value) return "";
  const date = toDate(value);
  return Number.isNaN(date.getTime()) ? "" : date.toISOString().slice(0, 10);
}

// Creating an Intl formatter costs far more than using one; a site formats thousands of dates.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** `8 December 2023`, in the site's language. */
export function readableDate(value: Date | string | undefined, language = "en-GB"): string {
  if (!value) return "";
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) return "";
  let formatter = formatters.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    formatters.set(language, formatter);
  }
  return formatter.format(date);
}

/** RFC 3339 for Atom feeds, from a Date or an ISO date string: `2023-12-08T00:00:00Z`. */
export function feedDate(value: Date | string | undefined): string {
  const date = value instanceof Date ? value : typeof value === "string" ? parseDateString(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) return "1970-01-01T00:00:00Z";
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
