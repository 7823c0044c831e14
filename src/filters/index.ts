/**
 * Every Nunjucks filter the layouts use, registered in one place. Each is a thin adapter
 * over a function of the domain (dates, rendered HTML, the content model, search facets),
 * which lives and is tested in its own module.
 */
import path from "node:path";
import type { EleventyConfig } from "../eleventy/types.ts";
import type { SiteSettings } from "../site/settings.ts";
import type { Community } from "../community/community.ts";
import { hasMermaid } from "../markdown/index.ts";
import { slugify } from "../markdown/slugify.ts";
import { listingPartial, sitemapPages, taggedWith, topicTags } from "../collections/index.ts";
import { feedDate, isoDate, readableDate } from "../content/dateText.ts";
import * as meetings from "./meetings.ts";
import { hasHighlightedCode, opensWithHeading, plainExcerpt, splitOpeningHeading, splitPageTitle, tableOfContents } from "../markdown/html.ts";
import { editUrl, navCurrent } from "./urls.ts";
import { breadcrumbs } from "./breadcrumbs.ts";
import { pagefindFields, searchFacets, type SearchPage, type SearchPageData } from "../search/facets.ts";
import { contentSecurityPolicy } from "../site/csp.ts";
import { isSafeImage, isSafeLink } from "../sanitise/sanitise.ts";
import { usesGovukFrontend, usesGovukScripts } from "../eleventy/govukFrontend.ts";

export function addFilters(eleventyConfig: EleventyConfig, site: SiteSettings, renderMarkdown: (source: string) => string): void {
  const filters: Record<string, (...args: never[]) => unknown> = {
    // Dates, always in UTC and in the site's language.
    isoDate,
    feedDate,
    readableDate: (value: Date | string) => readableDate(value, site.language),

    // Rendered content: its opening heading, contents, what it needs loaded.
    markdown: (source: string) => (source ? renderMarkdown(source) : ""),
    opensWithHeading,
    splitOpeningHeading,
    // The page's one h1 is its title; an opening heading that says something else becomes its first section.
    splitPageTitle: (html: unknown, title: unknown, givenTitle: unknown) => splitPageTitle(html, title, { written: givenTitle !== title }),
    tableOfContents,
    hasMermaid,
    hasHighlightedCode,
    usesGovukFrontend,
    usesGovukScripts,
    plainExcerpt,
    contentSecurityPolicy,

    // The meeting index.
    meetingsByYear: meetings.meetingsByYear,
    meetingsJson: meetings.meetingsJson,
    feedItems: meetings.feedItems,
    meetingHeading: meetings.meetingHeading,

    // Navigation and links.
    editUrl: (inputPath: string) => editUrl(site, inputPath),
    navCurrent,
    breadcrumbs,
    // Git dates are keyed by absolute path; Eleventy names files relative to the working directory.
    lastUpdatedOf: (dates: Record<string, string>, inputPath: string) => (dates && inputPath ? dates[path.resolve(inputPath)] : undefined),
    slug: slugify,
    taggedWith,
    topicTags,
    listingPartial,
    // Links and images from front matter: only what content could carry, else "".
    safeLink: (url: unknown) => (typeof url === "string" && url.trim() !== "" && isSafeLink(url) ? url.trim() : ""),
    safeImage: (url: unknown) => (typeof url === "string" && url.trim() !== "" && isSafeImage(url) ? url.trim() : ""),
    // A filter over collections.all rather than a collection of its own: Eleventy matches
    // every item of every collection to its page one by one (quadratic at 10,000 pages).
    sitemapPages,
    head: <T>(items: T[], n: number) => (Array.isArray(items) ? items.slice(0, n) : []),

    // What the search index is told about a page (kind, groups, years), or nothing if it is not indexed.
    searchFacets: (page: SearchPage, community: Community, data: SearchPageData) => searchFacets(page, community, data, site.language),
    pagefindFields,
  };
  for (const [name, filter] of Object.entries(filters)) {
    eleventyConfig.addFilter(name, filter as (...args: unknown[]) => unknown);
  }
}
