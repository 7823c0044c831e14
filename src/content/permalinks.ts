/**
 * Default URLs: a page's URL mirrors its path under `content/`, except that
 * - a Jekyll-style date prefix is dropped (`blog/2023-12-08-welcome.md` → `/blog/welcome/`),
 *   as Jekyll does. Only posts lose it: elsewhere the date is part of the name
 *   (`meetings/2024-05-10-clinic.md` must not collide with a clinic on another day), and a
 *   date-only name is the page's name;
 * - a file named as its folder is that folder's page (`slides/slides.md` → `/slides/`), as
 *   Eleventy does;
 * - a post in Jekyll's `_posts/` keeps the address Jekyll gave it by default (its "date"
 *   permalink): `news/_posts/2019-05-04-hello.md` → `/news/2019/05/04/hello.html`, the
 *   folders above `_posts/` and its front matter `categories` being its categories.
 *
 * A site that moves in from a tool with another rule says so in its `permalink` setting
 * (`pageAddress`'s `style`): Jekyll's `_config.yml` `permalink` (a style name or a pattern of
 * placeholders), or `docusaurus` for Docusaurus's dated blog addresses.
 */
import { datePartsAsWritten } from "./contentDate.ts";
import { datedFolderOf, datedName } from "./paths.ts";

const JEKYLL_POST = /^(\d{4})-(\d{2})-(\d{2})-(.+)$/;
const DATE_PREFIX = /^\d{4}-\d{2}-\d{2}-(?=.)/;

/** Jekyll's built-in permalink styles, as its documentation defines them. */
export const JEKYLL_STYLES: Readonly<Record<string, string>> = {
  date: "/:categories/:year/:month/:day/:title:output_ext",
  pretty: "/:categories/:year/:month/:day/:title/",
  ordinal: "/:categories/:year/:y_day/:title:output_ext",
  none: "/:categories/:title:output_ext",
};

/** The placeholders a permalink pattern may use (Jekyll's, for posts). */
export const PLACEHOLDERS = ["year", "short_year", "month", "i_month", "day", "i_day", "y_day", "hour", "minute", "second", "title", "slug", "categories", "output_ext"] as const;
const PLACEHOLDER = /:([a-z_]+)/g;

/** What a `permalink` setting says is wrong with it, or undefined when it can be used. */
export function permalinkStyleProblem(style: string): string | undefined {
  if (style === "docusaurus" || style in JEKYLL_STYLES) return undefined;
  if (!style.startsWith("/")) return `is neither a style (${[...Object.keys(JEKYLL_STYLES), "docusaurus"].join(", ")}) nor a pattern starting with "/"`;
  const unknown = [...style.matchAll(PLACEHOLDER)].map((match) => match[1]!).filter((name) => !(PLACEHOLDERS as readonly string[]).includes(name));
  if (unknown.length) return `uses ${unknown.map((name) => `:${name}`).join(", ")}, which is not one of ${PLACEHOLDERS.map((name) => `:${name}`).join(", ")}`;
  if (!/:(?:title|slug)\b/.test(style)) return "has no :title or :slug, so every post of a day would have one address";
  return undefined;
}

/** What a file's address is worked out from. */
export interface AddressFacts {
  /** Eleventy's `filePathStem`: the path from the input folder without its extension (and, for posts, the date prefix). */
  stem: string;
  /** The file's own name without its extension (keeps a Jekyll post's date). */
  fileName?: string;
  /** Front matter `categories`. */
  categories?: readonly string[];
  /** Whether the file is a blog post (`classify`). */
  post?: boolean;
  /** Front matter `date` as written (a Date, or text starting YYYY-MM-DD). */
  date?: unknown;
  /** Front matter `slug` that is a name, not a path (Jekyll's `:title`; Docusaurus's post address). */
  slug?: string;
}

const category = (name: string) => name.trim().toLowerCase().replace(/\s+/g, "-");
const two = (value: number) => String(value).padStart(2, "0");

/** A post's date as written: front matter first, then a `YYYY-MM-DD-` name. */
function datePartsOf(written: unknown, dated: RegExpExecArray | null): { year: number; month: number; day: number; hour: number; minute: number; second: number } | undefined {
  if (written instanceof Date && !Number.isNaN(written.getTime())) {
    return { year: written.getUTCFullYear(), month: written.getUTCMonth() + 1, day: written.getUTCDate(), hour: written.getUTCHours(), minute: written.getUTCMinutes(), second: written.getUTCSeconds() };
  }
  const text = typeof written === "string" ? datePartsAsWritten(written) : undefined;
  if (text) return text;
  return dated ? { year: Number(dated[1]), month: Number(dated[2]), day: Number(dated[3]), hour: 0, minute: 0, second: 0 } : undefined;
}

/** The address a file is published at when its front matter names none. */
export function pageAddress(facts: AddressFacts, style?: string): string {
  const segments = facts.stem.replace(/\\/g, "/").split("/").filter(Boolean);
  // `blog/2021-08-26-welcome/index.md` is named by its folder (Docusaurus).
  const inDatedFolder = datedFolderOf(facts.stem) !== undefined;
  const name = inDatedFolder ? datedName(facts.stem) : (facts.fileName ?? segments.at(-1) ?? "");
  const dated = JEKYLL_POST.exec(name);
  const posts = segments.indexOf("_posts");

  if (style && facts.post) {
    const title = facts.slug ?? (dated ? dated[4]! : name);
    if (style === "docusaurus") {
      const root = segments.length > 1 ? segments[0] : "";
      if (facts.slug) return `/${[root, facts.slug].filter(Boolean).join("/")}/`;
      const date = dated ? datePartsOf(undefined, dated) : undefined;
      const folders = segments.slice(1, inDatedFolder ? -2 : -1);
      return `/${[root, ...folders, ...(date ? [String(date.year), two(date.month), two(date.day)] : []), title].filter(Boolean).join("/")}/`;
    }
    const pattern = JEKYLL_STYLES[style] ?? style;
    const date = datePartsOf(facts.date, dated);
    const categories = [...(posts > 0 ? segments.slice(0, posts) : []), ...(facts.categories ?? []).map(category)];
    const start = date ? Date.UTC(date.year, 0, 1) : 0;
    const values: Record<string, string> = {
      year: date ? String(date.year) : "",
      short_year: date ? two(date.year % 100) : "",
      month: date ? two(date.month) : "",
      i_month: date ? String(date.month) : "",
      day: date ? two(date.day) : "",
      i_day: date ? String(date.day) : "",
      y_day: date ? String(Math.floor((Date.UTC(date.year, date.month - 1, date.day) - start) / 86_400_000) + 1).padStart(3, "0") : "",
      hour: date ? two(date.hour) : "",
      minute: date ? two(date.minute) : "",
      second: date ? two(date.second) : "",
      title,
      slug: facts.slug ?? title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, ""),
      categories: categories.join("/"),
      output_ext: ".html",
    };
    const filled = pattern.replace(PLACEHOLDER, (whole, key: string) => values[key] ?? whole);
    const address = `/${filled.split("/").filter(Boolean).join("/")}${filled.endsWith("/") ? "/" : ""}`;
    // Jekyll writes an address with no extension (`/:title`) as an .html file, which GitHub Pages serves at both.
    return address.endsWith("/") || /\.[a-z0-9]+$/i.test(address.split("/").at(-1)!) ? address : `${address}.html`;
  }

  if (posts >= 0 && dated && !style) {
    return `/${[...segments.slice(0, posts), ...(facts.categories ?? []).map(category), dated[1], dated[2], dated[3], `${facts.slug ?? dated[4]}.html`].filter(Boolean).join("/")}`;
  }
  const last = segments.pop() ?? "index";
  // Jekyll publishes pages as `name.html` unless its permalink style ends in a slash.
  if (style && style !== "docusaurus" && !(JEKYLL_STYLES[style] ?? style).endsWith("/")) {
    return last === "index" ? (segments.length ? `/${segments.join("/")}/` : "/") : `/${[...segments, `${facts.slug ?? last}.html`].join("/")}`;
  }
  const inBlog = segments.at(-1) === "blog";
  if (last !== "index" && last !== segments.at(-1)) segments.push(facts.slug ?? (inBlog ? last.replace(DATE_PREFIX, "") : last));
  return segments.length ? `/${segments.join("/")}/` : "/";
}

/**
 * A front matter `permalink` as the address it gives (`/blog/index.html` and `blog/` are
 * `/blog/`); undefined for `false` and for one that is not plain text.
 */
export function addressOfPermalink(permalink: unknown): string | undefined {
  if (typeof permalink !== "string" || permalink.includes("{")) return undefined;
  const path = `/${permalink.trim().replace(/^\/+/, "")}`;
  return path.replace(/(^|\/)index\.html$/, "$1");
}
