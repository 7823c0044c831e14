/** Dates are shown and compared in UTC: content dates are calendar days, not instants. */
export function isoDate(value: Date | string | undefined): string {
  if (!value) return "";
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? "" : date.toISOString().slice(0, 10);
}

/** `8 December 2023`, in the site's language. */
export function readableDate(value: Date | string | undefined, language = "en-GB"): string {
  if (!value) return "";
  const date = value instanceof Date ? value : new Date(`${value}`.length === 10 ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return "";
  return new Intl.DateTimeFormat(language, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
}
