/**
 * Hints for a broken `#fragment`: the nearest meeting dates for a date id (the usual
 * mistake on a notes page), else the closest id by spelling.
 */
const DATE_ID = /^(\d{4}-\d{2}-\d{2})(?:-\d+)?$/;

function dayNumber(iso: string): number {
  const time = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(time) ? NaN : time / 86_400_000;
}

/** Levenshtein distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Up to `count` date ids of the page, nearest the wanted date first. */
export function nearestDates(fragment: string, ids: Iterable<string>, count = 3): string[] {
  const wanted = dayNumber(DATE_ID.exec(fragment)?.[1] ?? "");
  if (Number.isNaN(wanted)) return [];
  const dated = [...ids].filter((id) => DATE_ID.test(id));
  return dated
    .map((id) => ({ id, distance: Math.abs(dayNumber(id.slice(0, 10)) - wanted) }))
    .sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : 1))
    .slice(0, count)
    .map(({ id }) => id);
}

/** The id a fragment was most likely meant to be: a prefix either way, or a near spelling. */
export function closestId(fragment: string, ids: Iterable<string>): string | undefined {
  const wanted = fragment.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const id of ids) {
    const candidate = id.toLowerCase();
    let score: number;
    if (candidate === wanted) score = 0;
    else if (candidate.startsWith(wanted) || wanted.startsWith(candidate)) score = 1 + Math.abs(candidate.length - wanted.length) / 100;
    else score = editDistance(wanted, candidate, Math.max(2, Math.floor(wanted.length / 4)));
    if (score < bestScore || (score === bestScore && best !== undefined && id < best)) [best, bestScore] = [id, score];
  }
  return bestScore <= Math.max(2, Math.floor(wanted.length / 4)) ? best : undefined;
}

/** ` (its meetings: …)` or ` (did you mean #x?)`, or "" when nothing is close. */
export function fragmentHint(fragment: string, ids: Set<string>): string {
  if (DATE_ID.test(fragment)) {
    const dates = nearestDates(fragment, ids);
    if (dates.length) return ` (its meetings nearest that date: ${dates.join(", ")})`;
  }
  const close = closestId(fragment, ids);
  return close ? ` (did you mean #${close}?)` : "";
}
