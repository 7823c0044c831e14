/**
 * An iCalendar file for a group's next meeting, so members can add it to their calendar.
 * The date is a whole day (notes give dates, not times); DTSTAMP is fixed to that day so the
 * same content always builds the same file.
 */
import { createEvent } from "ics";
import type { Group } from "./groups.ts";

export function groupCalendar(group: Group, siteBase: string, siteName: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(group.next);
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const start = Date.UTC(y, m - 1, d);
  const end = new Date(start + 86_400_000);
  // Without its trailing slash, `https://x.github.io/repo` would resolve pages outside `/repo/`.
  const base = siteBase.endsWith("/") ? siteBase : `${siteBase}/`;
  const pageUrl = new URL(group.url.replace(/^\//, ""), base).href;
  const description = [group.aim, group.cadence && `We meet ${group.cadence}.`, group.channel && `Join: ${group.channel}`, `Notes: ${pageUrl}`]
    .filter(Boolean)
    .join("\n");
  const { error, value } = createEvent({
    productId: `community-notes//${siteName}`,
    uid: `${group.slug}-${group.next}@${new URL(siteBase).host}`,
    title: `${group.title} meeting`,
    description,
    url: pageUrl,
    start: [y, m, d],
    end: [end.getUTCFullYear(), end.getUTCMonth() + 1, end.getUTCDate()],
    timestamp: start,
    calName: `${siteName}: ${group.title}`,
  } as Parameters<typeof createEvent>[0]);
  return error || !value ? undefined : value;
}
