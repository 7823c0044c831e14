// Site search with Pagefind: the public surface of src/search. Only wiring here.

export { COMMUNITY_GROUP, PAGE_KINDS, groupLabel, pageKind, pagefindFields, searchFacets } from "./facets.ts";
export type { PageKind, SearchFacets, SearchPage, SearchPageData } from "./facets.ts";
export { SEARCH_BUNDLE, SearchIndexError, describeIndex, indexSite } from "./indexSite.ts";
export type { IndexOptions, IndexResult } from "./indexSite.ts";
