/**
 * What the published site contains, as the link rule needs to ask it: which URLs are
 * pages (with or without a source file), which files are copied, and which ids each page
 * has. Built once per run; ids are worked out only for pages that are linked with a
 * `#fragment`, and remembered.
 */
import { statSync } from "node:fs";
import path from "node:path";
import { headingIds, markdownTokens } from "../tokens.ts";
import type { CheckContext, CheckFile } from "../types.ts";
import { htmlAttributes } from "./links-collect.ts";
import { isCopiedFile } from "../../content/files.ts";

/** A page of the built site: `file` is its source, absent for listings, feeds and other generated pages. */
export interface PageTarget {
  url: string;
  file: CheckFile | undefined;
}

/** Ids a page has: exact ones plus patterns (`year-2024`); `undefined` from `pageIds` means "not known: accept any". */
export interface PageIds {
  ids: Set<string>;
  patterns: RegExp[];
}

/** Where the build copies files from node_modules (see `.eleventy.ts`): not in the tree, always present. */
export const VENDOR_PREFIX = "/assets/vendor/mermaid/";

/**
 * Ids the layouts add around the content, by layout name (aliases resolved, no extension).
 * Every layout extends base.njk, whose `<main id="main">` is the skip link's target.
 * Kept short on purpose: update it when a layout gains or loses an id.
 */
export const LAYOUT_IDS: Readonly<Record<string, readonly string[]>> = {
  base: ["main"],
  // partials/meeting-context.njk: a contents list on multi-meeting pages, attendees on
  // per-meeting pages, "On this page" on other long pages.
  page: ["meetings-on-this-page", "attendees", "on-this-page"],
  layout: ["meetings-on-this-page", "attendees", "on-this-page"],
  guide: ["on-this-page"],
  home: ["recent-meetings", "groups-heading", "latest-posts", "guides", "talks"],
  talk: ["transcript"],
  // src/pages/group.njk wraps a group's index.md.
  group: ["meetings", "pages", "who-takes-part"],
};

const YEAR_ID = /^year-\d{4}$/;

/** Generated pages whose ids are known (src/pages/*.njk); anchors on other generated pages are accepted. */
function generatedPageIds(url: string, groupUrls: ReadonlySet<string>): PageIds | undefined {
  if (url === "/meetings/" || url === "/blog/") return { ids: new Set(LAYOUT_IDS.base), patterns: [YEAR_ID] };
  if (groupUrls.has(url)) return { ids: new Set([...LAYOUT_IDS.base!, ...LAYOUT_IDS.group!]), patterns: [] };
  return undefined;
}

const LAYOUT_ALIASES: Record<string, string> = { post: "blog_post", default: "layout" };

/**
 * The layout a file renders with. The defaults mirror the directory data files in
 * `content/` (page.njk, blog_post.njk for blog/, guide.njk for guides/).
 */
export function layoutOf(file: CheckFile): string {
  if (file.kind === "group-index") return "group";
  if (file.kind === "talk") return "talk";
  const written = typeof file.data.layout === "string" ? file.data.layout.replace(/\.[^.]+$/, "") : undefined;
  if (written) return LAYOUT_ALIASES[written] ?? written;
  return file.kind === "post" ? "blog_post" : file.kind === "guide" ? "guide" : "page";
}

const ID_ATTRIBUTES = new Set(["id", "name"]);

/** markdown-it-footnote numbers from 1 what it stores from 0 in `meta.id`. */
function footnoteNumber(meta: unknown): number {
  return Number((meta as { id?: unknown } | null)?.id ?? 0) + 1;
}

/** Footnote ids as markdown-it-footnote renders them without a `docId`: `fn1`, `fnref1`, `fnref1:1`. */
function footnoteIds(tokens: ReturnType<typeof markdownTokens>, ids: Set<string>): void {
  for (const token of tokens) {
    if (token.type === "footnote_open") ids.add(`fn${footnoteNumber(token.meta)}`);
    for (const child of token.children ?? []) {
      if (child.type !== "footnote_ref") continue;
      const subId = Number((child.meta as { subId?: unknown } | null)?.subId ?? 0);
      ids.add(subId > 0 ? `fnref${footnoteNumber(child.meta)}:${subId}` : `fnref${footnoteNumber(child.meta)}`);
    }
  }
}

/** Every id the published page of a source file has: headings, raw HTML, footnotes, layout. */
export function sourcePageIds(file: CheckFile): PageIds {
  const ids = new Set<string>(LAYOUT_IDS.base);
  const tokens = markdownTokens(file);
  for (const id of headingIds(file)) ids.add(id);
  for (const token of tokens) {
    const htmls = token.type === "html_block" ? [token] : (token.children ?? []).filter((c) => c.type === "html_inline");
    for (const html of htmls) for (const attribute of htmlAttributes(html.content, ID_ATTRIBUTES)) ids.add(attribute.value);
  }
  footnoteIds(tokens, ids);
  const layout = layoutOf(file);
  for (const id of LAYOUT_IDS[layout] ?? []) {
    const attendees = file.data.attendees;
    if (id === "attendees" && !(Array.isArray(attendees) && attendees.length)) continue;
    ids.add(id);
  }
  // blog_post.njk puts a Jekyll/Docusaurus-era `anchor_id` on the <article>.
  if (layout === "blog_post" && typeof file.data.anchor_id === "string" && file.data.anchor_id) ids.add(file.data.anchor_id);
  return { ids, patterns: [] };
}

export class SiteIndex {
  readonly pathPrefix: string;
  private readonly byUrl = new Map<string, CheckFile>();
  /** Keyed by path from the project root (`content/guides/x.md`) and from the content folder (`guides/x.md`). */
  private readonly bySource = new Map<string, CheckFile>();
  private readonly generated: Set<string>;
  private readonly fileExists = new Map<string, boolean>();
  private readonly idsOf = new Map<string, PageIds | undefined>();
  private readonly bySegment = new Map<string, string[]>();
  private readonly groupUrls: ReadonlySet<string>;

  constructor(private readonly ctx: CheckContext) {
    this.pathPrefix = ctx.site.pathPrefix;
    this.generated = ctx.generatedUrls;
    this.groupUrls = new Set(ctx.community.groups.map((group) => group.url));
    for (const file of ctx.files) {
      this.bySource.set(file.path, file);
      this.bySource.set(file.relativePath, file);
      // `permalink: false` writes no page at all.
      if (!file.shownAt) continue;
      if (!this.byUrl.has(file.shownAt)) this.byUrl.set(file.shownAt, file);
    }
    for (const url of [...this.byUrl.keys(), ...this.generated]) {
      const segment = lastSegment(url);
      if (segment) this.bySegment.set(segment, [...(this.bySegment.get(segment) ?? []), url]);
    }
  }

  /**
   * The page at a root-relative path. `/x/index.html` is `/x/`, and `/x` is `/x/` or
   * `/x.html`: GitHub Pages (like most static hosts) redirects a folder without its slash,
   * keeping the fragment, and serves `x.html` at `/x` (as Jekyll sites link to it).
   */
  page(pathname: string): PageTarget | undefined {
    const forms = [pathname];
    if (pathname.endsWith("/index.html")) forms.push(pathname.slice(0, -"index.html".length));
    else if (!pathname.endsWith("/")) forms.push(`${pathname}/`, ...(/\.[a-z0-9]+$/i.test(pathname.split("/").at(-1)!) ? [] : [`${pathname}.html`]));
    for (const url of forms) {
      const file = this.byUrl.get(url);
      if (file) return { url, file };
      if (this.generated.has(url)) return { url, file: undefined };
    }
    return undefined;
  }

  /**
   * True when the build copies a file to this path: anything under assets/, the mermaid
   * build, and an image, slide or document at that path in the content folder.
   */
  copiedFile(pathname: string): boolean {
    if (pathname.startsWith(VENDOR_PREFIX)) return true;
    if (pathname.startsWith("/assets/") && this.isProjectFile(pathname.slice(1))) return true;
    return isCopiedFile(pathname) && this.isContentFile(pathname.slice(1));
  }

  /** Whether a regular file exists at a path relative to the content folder (remembered). */
  isContentFile(relative: string): boolean {
    return this.isFileUnder(this.ctx.contentDir, relative);
  }

  /** A content file by its path from the project root or from the content folder. */
  source(relative: string): CheckFile | undefined {
    return this.bySource.get(relative);
  }

  /** Whether a regular file exists at a path relative to the project root (remembered). */
  isProjectFile(relative: string): boolean {
    return this.isFileUnder(this.ctx.root, relative);
  }

  private isFileUnder(folder: string, relative: string): boolean {
    const absolute = path.join(folder, relative);
    let known = this.fileExists.get(absolute);
    if (known === undefined) {
      // Never look outside the folder, whatever `../` a link holds.
      const inside = absolute.startsWith(path.join(folder, path.sep));
      try {
        known = inside && statSync(absolute).isFile();
      } catch {
        known = false;
      }
      this.fileExists.set(absolute, known);
    }
    return known;
  }

  /** Ids of a page, or undefined when they are not known (generated pages we do not model, unreadable files). */
  pageIds(target: PageTarget): PageIds | undefined {
    if (!this.idsOf.has(target.url)) {
      const { file } = target;
      let ids: PageIds | undefined;
      if (!file) ids = generatedPageIds(target.url, this.groupUrls);
      else if (file.readable) ids = sourcePageIds(file);
      this.idsOf.set(target.url, ids);
    }
    return this.idsOf.get(target.url);
  }

  /** Published URLs whose last segment matches, for "did you mean" hints. */
  urlsEndingWith(segment: string): string[] {
    return this.bySegment.get(segment) ?? [];
  }
}

export function lastSegment(url: string): string {
  return url.replace(/\/+$/, "").split("/").pop()?.replace(/\.(md|txt|html)$/, "") ?? "";
}
