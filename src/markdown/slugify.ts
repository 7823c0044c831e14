// The one slug function of the project: heading ids in rendered pages, meeting
// ids and the link checker all come from here, so a link written by hand to
// "#2023-12-08" keeps working whatever the heading says after the date.

import { slug } from "github-slugger";
import { parseDateHeading } from "../content/dates.ts";
import { plainHeadingText } from "./plain-text.ts";

/** Used when a heading has no sluggable characters at all (e.g. "## ???"). */
export const FALLBACK_SLUG = "section";

/**
 * Date headings ("08 Dec 2023", "12 Apr 2023 – Case study", even "31 Feb 2023")
 * slug to their yyyy-mm-dd; everything else gets GitHub's slug, so anchors
 * match what people see when the same file is browsed on GitHub.
 * Does not de-duplicate: markdown-it-anchor adds -1, -2 per page.
 */
export function slugify(text: string): string {
  const plain = plainHeadingText(text);
  const date = parseDateHeading(plain);
  if (date) return date.iso;
  return slug(plain) || FALLBACK_SLUG;
}
