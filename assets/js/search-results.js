/**
 * Shapes Pagefind results for the search page: one line saying what a result is
 * (kind · group · date), and on a notes page one sub-result per meeting, linked to the
 * meeting's date heading, however many of its topic sections matched.
 * Pure functions of Pagefind's result data, so tests run them without a browser.
 */

/** Meeting headings get the meeting's date as their id: `2023-12-08` (or `2023-12-08-1`). */
const MEETING_ID = /^\d{4}-\d{2}-\d{2}(?:-\d+)?$/;

/** @param {string} text */
export function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** `2023–2024` from a notes page's years, `2024` from one. @param {string[]} [years] */
export function yearSpan(years = []) {
  const sorted = [...years].sort();
  const first = sorted[0] ?? "";
  const last = sorted.at(-1) ?? "";
  return first === last ? first : `${first}–${last}`;
}

/** @param {string} word */
const capitalise = (word) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * `Meeting notes · Supply chain security · 2023–2024`: kind, group and date from the page's
 * filters, where the page's metadata (a readable date, a label of its own) does not say better.
 * @param {{ meta?: Record<string, string | undefined>, filters?: Record<string, string[] | undefined> }} result
 */
export function summaryOf(result) {
  const meta = result.meta ?? {};
  const filters = result.filters ?? {};
  const kind = meta.kind || capitalise(filters.kind?.[0] ?? "");
  const date = meta.date || yearSpan(filters.year);
  return [kind, filters.group?.[0], date].filter((part) => part && part.trim()).join(" · ");
}

/** @param {string} url @param {string} id */
function withHash(url, id) {
  return `${url.replace(/#.*$/, "")}#${id}`;
}

/**
 * Sub-results regrouped by meeting. Pagefind starts a sub-result at every heading with an
 * id, so a topic (`###`) inside a meeting would link to the topic with no date in sight;
 * here it is folded into its meeting's sub-result (the nearest level-2 heading before it).
 * Pages without meeting headings keep their sub-results as they are.
 * @param {{ sub_results?: any[], anchors?: any[] }} result  Pagefind's result data
 * @returns {any[]}
 */
export function foldMeetingSubResults(result) {
  const subResults = result.sub_results ?? [];
  const sections = (result.anchors ?? [])
    .filter((anchor) => /^h2$/i.test(anchor.element))
    .sort((a, b) => a.location - b.location);
  if (!sections.some((anchor) => MEETING_ID.test(anchor.id))) return subResults;

  /** @type {any[]} */
  const folded = [];
  /** @type {Map<string, { entry: any, best: number }>} */
  const byMeeting = new Map();
  for (const sub of subResults) {
    const location = sub.anchor?.location;
    const section = typeof location === "number" ? sections.filter((a) => a.location <= location).at(-1) : undefined;
    if (!section || !MEETING_ID.test(section.id)) {
      folded.push(sub);
      continue;
    }
    const matches = sub.locations?.length ?? 0;
    const meeting = byMeeting.get(section.id);
    if (!meeting) {
      const entry = { ...sub, title: (section.text || sub.title).trim(), url: withHash(sub.url, section.id), anchor: section };
      byMeeting.set(section.id, { entry, best: matches });
      folded.push(entry);
      continue;
    }
    // Show the excerpt of the part with the most matches; count every match for ranking.
    if (matches > meeting.best) {
      meeting.best = matches;
      meeting.entry.excerpt = sub.excerpt;
      meeting.entry.plain_excerpt = sub.plain_excerpt;
    }
    meeting.entry.locations = [...(meeting.entry.locations ?? []), ...(sub.locations ?? [])];
    meeting.entry.weighted_locations = [...(meeting.entry.weighted_locations ?? []), ...(sub.weighted_locations ?? [])];
  }
  return folded;
}

/**
 * Pagefind UI's `processResult`: a line saying what the result is leads its excerpt (the UI
 * would otherwise list each metadata field as a "Kind: …" tag), and sub-results are regrouped
 * by meeting. The UI shows a result's own excerpt only when its first sub-result is the page
 * itself; a notes page matched only in its meetings gets such an entry, holding just that line.
 * @param {any} result
 */
export function processResult(result) {
  const summary = summaryOf(result);
  const meta = { ...(result.meta ?? {}) };
  delete meta.kind;
  delete meta.date;
  const line = summary ? `<span class="search-result__meta">${escapeHtml(summary)}</span>` : "";
  const pageUrl = meta.url || result.url;
  const subResults = foldMeetingSubResults(result);
  const withLine = (excerpt = "") => (line ? `${line} ${excerpt}` : excerpt);
  if (!line || subResults[0]?.url === pageUrl) return { ...result, meta, excerpt: withLine(result.excerpt), sub_results: subResults };
  const pageEntry = { title: meta.title ?? "", url: pageUrl, excerpt: line, locations: [], weighted_locations: [] };
  // With sub-results, they carry the matches; without (a search by filters only), the page's excerpt does.
  const excerpt = subResults.length ? line : withLine(result.excerpt);
  return { ...result, meta, excerpt, sub_results: [pageEntry, ...subResults] };
}
