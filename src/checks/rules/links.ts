/**
 * Links and images must lead somewhere on the published site: a page (not a draft), a
 * generated listing or feed, or a file the build copies, and a `#fragment` must name an
 * id on that page. Checked offline against the content itself; external URLs are never
 * fetched (builds must not depend on other people's servers).
 *
 * Links are resolved as a browser resolves them on the published page (`file.url`), not
 * as GitHub resolves them in the repository: a link that only works on GitHub (`../x.md`,
 * an image next to the notes) is reported with the address that works on the site.
 */
import type { Diagnostic } from "../../diagnostics/diagnostic.ts";
import type { CheckContext, CheckFile, Rule } from "../types.ts";
import { collectLinks } from "./links-collect.ts";
import { fragmentHint } from "./links-suggest.ts";
import { lastSegment, SiteIndex, type PageTarget } from "./links-targets.ts";
import { COPIED_FORMATS, isCopiedFile } from "../../content/files.ts";

// Any scheme (http:, mailto:, tel:, data:, javascript:…) or a protocol-relative `//host`.
const EXTERNAL = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i;
// Only used to resolve paths; never contacted.
const ORIGIN = "http://site.invalid";

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

interface Resolved {
  /** Root-relative path, decoded, no query or fragment. */
  path: string;
  /** Decoded fragment without `#`; "" when there is none. */
  fragment: string;
  /** The fragment as written (a browser looks for an id equal to it first, then to the decoded one). */
  rawFragment: string;
  /** Path plus `#fragment` as it would be written: for messages. */
  shown: string;
}

function resolve(href: string, base: string): Resolved | undefined {
  let url: URL;
  try {
    url = new URL(href, `${ORIGIN}${base.startsWith("/") ? "" : "/"}${base}`);
  } catch {
    return undefined;
  }
  if (url.origin !== ORIGIN) return undefined;
  const path = decode(url.pathname);
  const fragment = decode(url.hash.slice(1));
  return { path, fragment, rawFragment: url.hash.slice(1), shown: `${path}${url.hash}` };
}

/** `../x/ (/blog/x/)` for a relative link; the link alone when it was written root-relative. */
function describe(written: string, resolved: Resolved): string {
  if (written.startsWith("#") || written === resolved.shown || written.split("?")[0] === resolved.shown) return written;
  return `${written} (${resolved.shown})`;
}

function withFragment(url: string, fragment: string): string {
  return fragment ? `${url}#${fragment}` : url;
}

/** The problem with a link to an existing page (draft, missing fragment), if any. */
function checkPage(target: PageTarget, resolved: Resolved, from: CheckFile, site: SiteIndex, link: string): string | undefined {
  const samePage = target.file === from;
  if (target.file && target.file.data.draft === true && from.data.draft !== true) {
    return `link to ${link} goes to a draft (${target.file.path}): drafts are not published, so the link would 404`;
  }
  const { fragment } = resolved;
  // An empty fragment and `#top` scroll to the top of any page (HTML standard).
  if (!fragment || fragment.toLowerCase() === "top") return undefined;
  const known = site.pageIds(target);
  if (!known || known.ids.has(fragment) || known.ids.has(resolved.rawFragment) || known.patterns.some((pattern) => pattern.test(fragment))) return undefined;
  const where = samePage ? "this page" : "the page";
  return `link to ${link}: ${where} has no heading with id ${fragment}${fragmentHint(fragment, known.ids)}`;
}

/** The path with the site's path prefix taken off, when it starts with it. */
function withoutPrefix(path: string, prefix: string): string | undefined {
  if (prefix === "/") return undefined;
  if (path === prefix.slice(0, -1)) return "/";
  return path.startsWith(prefix) ? `/${path.slice(prefix.length)}` : undefined;
}

/** Why a file beside pages is not published, and what to do instead. */
function notCopiedBecause(file: string): string {
  if (/\.svg$/i.test(file)) return "an SVG can hold scripts, which would run on the site's own address when the file is opened; convert it to PNG, or keep it in the site's assets/";
  return `only images, slides, documents and media beside pages are (${COPIED_FORMATS.join(", ")})`;
}

/** Explains a link that leads nowhere on the site, with the address that would work when there is one. */
function explainMissing(written: string, resolved: Resolved, from: CheckFile, site: SiteIndex, link: string): string {
  const stripped = withoutPrefix(resolved.path, site.pathPrefix);
  if (stripped !== undefined && (site.page(stripped) || site.copiedFile(stripped))) {
    // HtmlBasePlugin prefixes every root-relative URL, including one that already has the prefix.
    return (
      `link to ${link} repeats the path prefix ${site.pathPrefix}: the build adds it to every root-relative link, ` +
      `so this one would be published as ${site.pathPrefix.slice(0, -1)}${resolved.path} — write ${withFragment(stripped, resolved.fragment)}`
    );
  }

  // As GitHub reads it: relative to the source file, or `/…` from the repository root.
  const fromSource = resolve(written, from.path);
  const sourcePath = fromSource?.path.slice(1) ?? "";
  const source = site.source(sourcePath) ?? site.source(resolved.path.slice(1));
  if (source && source.shownAt) {
    // Eleventy does not rewrite `.md` links: the published page would link to a file that is not there.
    return (
      `link to ${link} points at the source file ${source.path}, which the site does not publish: ` +
      `use its address ${withFragment(source.shownAt, resolved.fragment)}`
    );
  }
  // A file in the content folder: beside the source file (as GitHub reads the link), or at the address.
  const besideSource = resolve(written, `/${from.relativePath}`)?.path.slice(1);
  const contentFile = [besideSource, resolved.path.slice(1)].find((p): p is string => p !== undefined && site.isContentFile(p));
  if (contentFile && !isCopiedFile(contentFile)) {
    return `link to ${link}: ${contentFile} is in the content folder but not published: ${notCopiedBecause(contentFile)}`;
  }
  if (contentFile) {
    // Copied to its own path, which is not where the link leads from the page's address.
    return `link to ${link} works on GitHub but not on the site, where this page is at ${from.shownAt}: write /${contentFile}`;
  }
  if (sourcePath.startsWith("assets/") && site.copiedFile(`/${sourcePath}`)) {
    return `link to ${link} works on GitHub but not on the site: write /${sourcePath}`;
  }

  if (resolved.path.startsWith("/assets/")) {
    return `link to ${link} goes nowhere: there is no file ${resolved.path.slice(1)}`;
  }
  const similar = site.urlsEndingWith(lastSegment(resolved.path)).slice(0, 3);
  const hint = similar.length ? ` (did you mean ${similar.join(" or ")}?)` : "";
  return `link to ${link} goes nowhere: no page has that address${hint}`;
}

/** The problem with one link, or undefined when it leads somewhere that exists. */
export function checkLink(href: string, from: CheckFile, site: SiteIndex): string | undefined {
  const written = href.trim();
  if (!written || EXTERNAL.test(written)) return undefined;
  const resolved = resolve(written, from.shownAt);
  if (!resolved) return undefined;
  const link = describe(written, resolved);
  const target: PageTarget | undefined = resolved.path === from.shownAt ? { url: from.shownAt, file: from } : site.page(resolved.path);
  if (target) return checkPage(target, resolved, from, site, link);
  if (site.copiedFile(resolved.path)) return undefined;
  return explainMissing(written, resolved, from, site, link);
}

export const linksRule: Rule = {
  name: "links",
  summary: "links, images and #anchors lead to pages, files and headings the published site has",
  check(ctx: CheckContext): Diagnostic[] {
    const site = new SiteIndex(ctx);
    const out: Diagnostic[] = [];
    for (const file of ctx.files) {
      if (!file.readable || file.kind === "talk") continue;
      for (const link of collectLinks(file)) {
        const message = checkLink(link.href, file, site);
        if (message) out.push({ file: file.path, line: link.line, column: link.column, rule: "links", severity: "error", message });
      }
    }
    return out;
  },
};
