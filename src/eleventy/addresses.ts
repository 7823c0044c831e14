/**
 * Where each of the site's pages is published, for what needs to know before (or without)
 * rendering it: the tool's listings (a site page at `/blog/`, by its path or its
 * `permalink`, replaces the generated one) and Jekyll's `{% link %}` and `{% post_url %}`.
 *
 * Addresses are worked out from the front matter Eleventy has read (`FrontMatterBlocks`),
 * so they are asked for only once Eleventy has read every file: when permalinks are
 * resolved and pages rendered. The same rule (`pageAddress`) gives every page its URL.
 */
import path from "node:path";
import { addressOfPermalink, pageAddress, type AddressFacts } from "../content/permalinks.ts";
import type { FrontMatterBlocks } from "./frontMatterEngine.ts";
import type { ContentKind } from "../content/classify.ts";

/** A front matter `slug` that is a name (Jekyll, Docusaurus), not a path (which is a permalink). */
function relativeSlug(slug: unknown): string | undefined {
  if (typeof slug !== "string") return undefined;
  const name = slug.trim().replace(/\/+$/, "");
  return name && !name.startsWith("/") ? name : undefined;
}

/** The facts of a file's address, from its path (from the input folder) and its data. */
export function addressFacts(relativePath: string, data: Record<string, unknown>, post: boolean): AddressFacts {
  const parsed = path.posix.parse(relativePath.replace(/\\/g, "/"));
  return {
    stem: `/${path.posix.join(parsed.dir, parsed.name)}`,
    fileName: parsed.name,
    categories: Array.isArray(data.categories) ? (data.categories as string[]) : [],
    post,
    date: data.date,
    slug: relativeSlug(data.slug),
  };
}

export interface SiteAddressesOptions {
  /** The pages Eleventy reads, by path from the input folder (the screen's list). */
  pages: readonly string[];
  inputDir: () => string;
  blocks: FrontMatterBlocks;
  /** The site's `permalink` style, if it has one. */
  style?: string;
  /** What a page is (`classify`): a post gets the site's permalink style, a group's index.md no page of its own. */
  kindOf: (relativePath: string, data: Record<string, unknown>) => ContentKind;
  /** Whether a page with this data is left out of this build (a draft in production). */
  leftOut: (relativePath: string, data: Record<string, unknown>) => boolean;
}

export class SiteAddresses {
  readonly #options: SiteAddressesOptions;
  #claimed: Set<string> | undefined;

  constructor(options: SiteAddressesOptions) {
    this.#options = options;
  }

  /** Forgets what was worked out (a rebuild reads the files again). */
  reset(): void {
    this.#claimed = undefined;
  }

  /** The address a page (path from the input folder) is published at; undefined when it is not published. */
  addressOf(page: string): string | undefined {
    const { inputDir, blocks, style, kindOf, leftOut } = this.#options;
    const data = blocks.get(path.join(inputDir(), page))?.data ?? {};
    const kind = kindOf(page, data);
    if (kind === "group-index" || leftOut(page, data)) return undefined;
    if (data.permalink !== undefined) return addressOfPermalink(data.permalink);
    return pageAddress(addressFacts(page, data, kind === "post"), style);
  }

  /** Whether one of the site's own pages is published at `url`. */
  has(url: string): boolean {
    this.#claimed ??= new Set(this.#options.pages.map((page) => this.addressOf(page)).filter((address): address is string => address !== undefined));
    return this.#claimed.has(url);
  }
}
