/**
 * The heading ids other tools gave, so deep links into a site that moved in keep working: an
 * extra, empty target at each heading whose old id differs from ours (ours stay GitHub's, the
 * one `slugify`). Eleventy sites mostly used markdown-it-anchor's default slug; the GOV.UK
 * Eleventy plugin uses it on text its typographer has already changed (`don't` → `don’t`).
 */
export const OLD_HEADING_IDS = ["markdown-it-anchor", "govuk-eleventy-plugin"] as const;
export type OldHeadingIds = (typeof OLD_HEADING_IDS)[number];

/** markdown-it-anchor's default slug: lower case, runs of white space as `-`, percent-encoded. */
export function markdownItAnchorSlug(text: string): string {
  return encodeURIComponent(String(text).trim().toLowerCase().replace(/\s+/g, "-"));
}

/** What markdown-it's typographer does to a heading's text (its replacements and smart quotes), closely enough for ids. */
export function typographerText(text: string): string {
  return text
    .replace(/\+-/g, "±")
    .replace(/\.{2,}/g, "…")
    .replace(/\((c|r|tm)\)/gi, (_, mark: string) => ({ c: "©", r: "®", tm: "™" })[mark.toLowerCase()]!)
    .replace(/(^|[^-])---(?=[^-]|$)/gm, "$1\u2014")
    .replace(/(^|\s)--(?=\s|$)/gm, "$1\u2013")
    .replace(/(^|[^-\s])--(?=[^-\s]|$)/gm, "$1\u2013")
    .replace(/(\p{L}|\p{N})'(?=\p{L}|\p{N})/gu, "$1\u2019")
    .replace(/(^|[\s([{])"([^"]*)"/g, "$1\u201C$2\u201D")
    .replace(/(^|[\s([{])'([^']*)'/g, "$1\u2018$2\u2019")
    .replace(/'/g, "\u2019");
}

/** The id a heading had under the old tool. */
export function oldHeadingId(text: string, scheme: OldHeadingIds): string {
  return markdownItAnchorSlug(scheme === "govuk-eleventy-plugin" ? typographerText(text) : text);
}
