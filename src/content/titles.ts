/**
 * A title for pages that do not give one, from the file's name. (A per-meeting file is then
 * titled after its group and date by the content model, which knows the group's title.)
 */

/** `supply-chain-security` → `Supply chain security`. */
export function titleFromSlug(slug: string): string {
  const words = slug.replace(/[-_]+/g, " ").trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : slug;
}

export function defaultTitle(page: { fileSlug: string }): string {
  return titleFromSlug(page.fileSlug || "home");
}

/**
 * Marks the title a build gave a page (this module, or the content model for a meeting file),
 * on the page's data: under `npm start` the same data comes back for the next build, and a
 * title the build gave is not one the page was written with.
 */
export const GIVEN_TITLE = Symbol("community-notes.given-title");

/** A page's data, as far as titles go. */
export interface Titled {
  title?: unknown;
  [GIVEN_TITLE]?: string;
  /** The title the build gave the page, for layouts (Nunjucks sees the data's own keys, not symbols). */
  givenTitle?: string;
}

/** What a page's data needs for `giveDefaultTitle`: Eleventy's `page`. */
export interface TitledData extends Titled {
  page: { fileSlug: string };
}

/** The title a page was written with (front matter, directory data), not one a build gave it. */
export function writtenTitle(data: Titled): unknown {
  return data[GIVEN_TITLE] !== undefined && data.title === data[GIVEN_TITLE] ? undefined : data.title;
}

/** Gives a page a title (`GIVEN_TITLE` records that it was given, not written; `givenTitle`, which layouts can read, too). */
export function giveTitle(data: Titled, title: string): void {
  data.title = title;
  data[GIVEN_TITLE] = title;
  data.givenTitle = title;
}

/**
 * Sets `data.title` when the page gives none (or only blanks), so layouts, breadcrumbs,
 * listings and feeds all see the same title. Run once per page, as a preprocessor: a global
 * `eleventyComputed` did the same but cost every page a computed-data pass (about 0.2 s on
 * a 2,000-page build, and again on every rebuild).
 */
export function giveDefaultTitle(data: TitledData, body = ""): void {
  if (typeof data.title === "string" && data.title.trim()) return;
  giveTitle(data, openingHeading(body) ?? defaultTitle(data.page));
}

// A first line `# Heading` (ATX, after blank lines only), its closing #s dropped.
const OPENING_HEADING = /^(?:[ \t]*\r?\n)*[ ]{0,3}#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*(?:\r?\n|$)/;

/**
 * The text of a body's opening `# Heading`, as a title: inline code, emphasis and link
 * markup dropped (`# The [new](x) **plan**` → "The new plan"); undefined when it opens otherwise.
 */
export function openingHeading(body: string): string | undefined {
  const written = OPENING_HEADING.exec(body)?.[1];
  if (!written) return undefined;
  const text = written
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/(\*\*|__|\*|_)(\S(?:.*?\S)?)\1/g, "$2")
    .trim();
  return text || undefined;
}
