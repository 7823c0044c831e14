/**
 * Site settings: what a community writes once (`_data/site.ts`, or the plugin's `site`
 * option), with environment variables on top so CI can build the same tree for a project
 * site (`/repo/` prefix), a custom domain or a preview without editing files.
 *
 * `resolveSiteSettings` checks them with one zod schema and returns a frozen object, or
 * throws a `SiteSettingsError` naming every wrong setting, where its value came from and
 * what is expected. Values are quoted short and masked, since CI secrets end up in
 * settings by mistake and build logs are often public.
 */
import { z } from "zod";
import { maskSecret } from "../diagnostics/mask.ts";
import { templatePatternProblem } from "../content/templates.ts";
import { permalinkStyleProblem } from "../content/permalinks.ts";

export interface NavItem {
  readonly label: string;
  /** A path from the site's root (`/about/`) or an absolute URL. */
  readonly url: string;
}

/** What a community writes: `name` and `url` are required, the rest have defaults. */
export interface SiteInput {
  name: string;
  description?: string;
  /** Origin and optional path of the published site, e.g. `https://org.github.io`. */
  url: string;
  /** Path the site lives under: `/` for a custom domain, `/repo/` for a project site. */
  pathPrefix?: string;
  /** Repository web URL, for "source" and "edit this page" links; empty for none. */
  repository?: string;
  branch?: string;
  /** A BCP 47 language tag, such as `en-GB` or `cy`. */
  language?: string;
  nav?: readonly NavItem[];
  /**
   * E-mail addresses and phone numbers that may be published anywhere (a shared inbox,
   * a switchboard); `npm run check` warns about any other.
   */
  allowedContacts?: readonly string[];
  /** Folder, relative to the content folder, whose sub-folders are special-interest groups. */
  groupsFolder?: string;
  /**
   * Content files that may run templates (Nunjucks or Liquid), as paths or globs from the
   * content folder, such as `["index.md", "blog/index.njk"]`. Nothing else does: Markdown is
   * Markdown, and an unlisted `.njk`, `.liquid` or `.html` file is refused.
   */
  templates?: readonly string[];
  /** Shown in the header after the site's name (the GOV.UK Eleventy plugin's `header.productName`). */
  productName?: string;
  /** An image in the header before the name: a path from the site's root or a web address, and its text. */
  logo?: { readonly src: string; readonly alt?: string };
  /** The footer's own text, and a licence line under it (the GOV.UK plugin's `footer.copyright` and `contentLicence`). */
  footer?: { readonly text?: string; readonly licence?: string };
  /** Whether headings link to themselves; default true (ids are given either way). */
  headingPermalinks?: boolean;
  /** The engine a Markdown file the `templates` setting lists runs first: `njk` (default), or `liquid` for a Jekyll site. */
  markdownTemplateEngine?: "njk" | "liquid";
  /**
   * Where posts are published, for a site that keeps the addresses another tool gave them:
   * Jekyll's `_config.yml` `permalink` (`date`, `pretty`, `ordinal`, `none`, or a pattern such
   * as `/:categories/:year/:month/:day/:title/`), or `docusaurus`. Empty (the default): posts
   * in Jekyll's `_posts/` keep its `date` addresses, other posts are at `/blog/<name>/`.
   */
  permalink?: string;
  /**
   * The site's own stylesheets, as paths from the site's folder (`assets/site.css`): published
   * at the same paths and loaded after the tool's styles on every page.
   */
  stylesheets?: readonly string[];
  /**
   * The heading ids the tool the site moved from gave (`markdown-it-anchor`, as most Eleventy
   * sites had, or `govuk-eleventy-plugin`): kept as extra link targets, so old deep links work.
   * Empty (the default): none.
   */
  oldHeadingIds?: "" | "markdown-it-anchor" | "govuk-eleventy-plugin";
}

/** The checked settings, every default filled in; frozen, arrays and nav items too. */
export interface SiteSettings extends Readonly<Required<SiteInput>> {
  readonly nav: readonly NavItem[];
  readonly allowedContacts: readonly string[];
  readonly templates: readonly string[];
  readonly stylesheets: readonly string[];
  /** Absolute base for feeds and the sitemap: url + pathPrefix, ending in `/`. */
  readonly base: string;
}

export interface SiteSettingsProblem {
  /** `unknown`: a setting that does not exist; `invalid`: a wrong value. */
  kind: "invalid" | "unknown";
  /** Path of the setting, such as `url` or `nav[2].url`; empty when the input as a whole is wrong. */
  setting: string;
  /** An environment variable (`SITE_URL`) or the `source` passed to `resolveSiteSettings`. */
  from: string;
  message: string;
  /** Where the setting is written, when it comes from a settings file (1-based). */
  at?: { file: string; line: number; column: number };
}

export class SiteSettingsError extends Error {
  override readonly name = "SiteSettingsError";
  readonly problems: readonly SiteSettingsProblem[];
  /** One line per problem: the setting, where its value came from, what is wrong. */
  readonly lines: readonly string[];

  constructor(problems: readonly SiteSettingsProblem[]) {
    const count = problems.length === 1 ? "a problem" : `${problems.length} problems`;
    const lines = problems.map(problemLine);
    super([`The site settings have ${count}:`, ...lines.map((line) => `  ${line}`)].join("\n"));
    this.problems = Object.freeze(problems.map((problem) => Object.freeze({ ...problem })));
    this.lines = Object.freeze(lines);
  }
}

function problemLine({ kind, setting, from, message }: SiteSettingsProblem): string {
  if (kind === "unknown") return `unknown setting ${quote(setting)} (in ${from}): ${message}`;
  return setting ? `${setting} (from ${from}): ${message}` : `${from}: ${message}`;
}

/** Keys read from the environment, so CI can override what the file says. */
const ENV_KEYS = {
  SITE_NAME: "name",
  SITE_URL: "url",
  SITE_PATH_PREFIX: "pathPrefix",
  SITE_REPOSITORY: "repository",
  SITE_BRANCH: "branch",
  SITE_LANGUAGE: "language",
} as const satisfies Record<string, keyof SiteInput>;

/** `repo`, `/repo`, `repo/` and `/repo/` all mean `/repo/`; empty means `/`. */
export function normalisePathPrefix(prefix: string): string {
  const trimmed = prefix.trim().replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

// Showing values in messages

const LONGEST_SHOWN = 60;
const TOKEN_LIKE = /[A-Za-z0-9]{20,}/;

/** The value as it may be printed: a token-like value masked as every secret is, a long one cut at 59 characters. */
function shown(value: string): string {
  const chars = Array.from(value);
  if (TOKEN_LIKE.test(value)) return maskSecret(value);
  return chars.length > LONGEST_SHOWN ? `${chars.slice(0, LONGEST_SHOWN - 1).join("")}…` : value;
}

function quote(value: string): string {
  return JSON.stringify(shown(value));
}

/** True when a value prints in full, so a message may build a suggestion from it. */
function printsInFull(value: string): boolean {
  return shown(value) === value;
}

/** What a wrong value is, for "expected …, got 42 (a number)". */
function describe(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "string") return value === "" ? "empty text" : `${quote(value)} (text)`;
  if (typeof value === "number" || typeof value === "bigint") return `${shown(String(value))} (a number)`;
  if (typeof value === "boolean") return `${value} (true or false)`;
  if (Array.isArray(value)) return `a list of ${value.length} ${value.length === 1 ? "item" : "items"}`;
  if (typeof value === "object") return "an object";
  return `a ${typeof value}`;
}

function expected(expectation: string, value: unknown): string {
  return value === undefined ? `missing; expected ${expectation}` : `expected ${expectation}, got ${describe(value)}`;
}

// The checks of single values: each adds an issue and returns z.NEVER, or the normalised value

type Ctx = z.RefinementCtx;

function fail(ctx: Ctx, message: string): never {
  ctx.addIssue(message);
  return z.NEVER;
}

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const HOST_AND_PATH = /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?(\/\S*)?$/i;

/** An absolute http(s) URL without query, fragment or credentials; trailing slashes removed. */
function webUrl(example: string) {
  return (value: string, ctx: Ctx): string => {
    if (/^[\w.-]+@[\w.-]+:/.test(value)) {
      return fail(ctx, `${quote(value)} is an SSH address; expected a web address, such as ${example}`);
    }
    if (!HAS_SCHEME.test(value)) {
      const bare = value.replace(/^\/\//, "");
      const like = printsInFull(value) && HOST_AND_PATH.test(bare) ? `https://${bare.replace(/\/+$/, "")}` : example;
      return fail(ctx, `${quote(value)} is not an absolute URL; write it with its scheme, such as ${like}`);
    }
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return fail(ctx, `${quote(value)} is not a valid URL; expected one such as ${example}`);
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      return fail(ctx, `${quote(value)} is not a web address; expected an http or https URL, such as ${example}`);
    }
    if (url.username || url.password) {
      return fail(ctx, "the URL contains a user name or password, which would be published with the site; remove them");
    }
    if (url.search || url.hash) {
      return fail(ctx, `${quote(value)} has a query or fragment (? or #); expected a URL such as ${example}`);
    }
    return value.replace(/\/+$/, "");
  };
}

function pathPrefix(value: string, ctx: Ctx): string {
  const prefix = normalisePathPrefix(value);
  const segments = prefix.split("/").slice(1, -1);
  if (/[\s?#\\:]/.test(prefix) || segments.some((segment) => segment === "" || segment === "." || segment === "..")) {
    const hint = value.includes("://") ? " (the origin belongs in url)" : "";
    return fail(ctx, `${quote(value)} is not a path; expected the folder the site is published under, such as / or /community-notes/${hint}`);
  }
  return prefix;
}

/** Git's rules for branch names, loosely: no spaces, `..`, `~^:?*[\`, leading `-` or `/`. */
const BRANCH = /^(?![-/])(?!.*\.\.)(?!.*\/\/)[^\s~^:?*[\\]+(?<![/.])$/;

function branch(value: string, ctx: Ctx): string {
  return BRANCH.test(value) ? value : fail(ctx, `${quote(value)} is not a Git branch name; expected one such as main or trunk`);
}

function canonicalLanguage(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

function language(value: string, ctx: Ctx): string {
  const canonical = canonicalLanguage(value);
  if (canonical) return canonical;
  const fixed = value.includes("_") ? canonicalLanguage(value.replaceAll("_", "-")) : undefined;
  const hint = fixed && printsInFull(value) ? `write it as ${fixed}` : "expected one such as en-GB, cy or fr";
  return fail(ctx, `${quote(value)} is not a BCP 47 language tag; ${hint}`);
}

const NAV_URL = "a path such as /about/ or a URL";

function navUrl(value: string, ctx: Ctx): string {
  if (value.startsWith("//")) return fail(ctx, `${quote(value)} has no scheme; write it with one, such as https:${printsInFull(value) ? value : "//example.org"}`);
  if (value.startsWith("/")) return /\s/.test(value) ? fail(ctx, `${quote(value)} contains a space; expected ${NAV_URL}`) : value;
  if (!HAS_SCHEME.test(value)) {
    const hint = printsInFull(value) && /^[\w.~-]+(\/\S*)?$/.test(value) ? `write it as /${value}` : `expected ${NAV_URL}`;
    return fail(ctx, `${quote(value)} is not a path from the site's root nor an absolute URL; ${hint}`);
  }
  const scheme = value.slice(0, value.indexOf(":")).toLowerCase();
  if (!["http", "https", "mailto"].includes(scheme) || !URL.canParse(value)) {
    return fail(ctx, `${quote(value)} is not a link the site can use; expected ${NAV_URL} (http, https or mailto)`);
  }
  return value;
}

const FOLDER_EXAMPLE = "such as special-interest or groups/local";

function groupsFolder(value: string, ctx: Ctx): string {
  const segments = value.split("/");
  if (value.startsWith("/") || value.endsWith("/")) {
    const bare = value.replace(/^\/+|\/+$/g, "");
    const hint = bare && printsInFull(value) ? `write it as ${bare}` : `expected a folder ${FOLDER_EXAMPLE}`;
    return fail(ctx, `${quote(value)} starts or ends with a slash; ${hint}`);
  }
  if (segments.some((segment) => segment === "." || segment === "..")) {
    return fail(ctx, `${quote(value)} is not a folder inside the content folder; expected one ${FOLDER_EXAMPLE}, without . or ..`);
  }
  if (!segments.every((segment) => /^[A-Za-z0-9_-]+$/.test(segment))) {
    return fail(ctx, `${quote(value)} is not a folder path; expected folder names of letters, digits, - and _ separated by /, ${FOLDER_EXAMPLE}`);
  }
  return value;
}

function permalinkStyle(value: string, ctx: Ctx): string {
  const problem = value ? permalinkStyleProblem(value) : undefined;
  return problem ? fail(ctx, `${quote(value)} ${problem}`) : value;
}

function stylesheetPath(value: string, ctx: Ctx): string {
  const clean = value.replace(/^\.?\//, "");
  if (!/\.css$/i.test(clean)) return fail(ctx, `${quote(value)} is not a stylesheet; expected the path of a .css file from the site's folder, such as assets/site.css`);
  if (clean.split("/").some((segment) => segment === ".." || segment === "") || /[\s?#\\:]/.test(clean)) {
    return fail(ctx, `${quote(value)} is not a path inside the site's folder; expected one such as assets/site.css`);
  }
  return clean;
}

function templatePattern(value: string, ctx: Ctx): string {
  const problem = templatePatternProblem(value);
  return problem ? fail(ctx, `${quote(value)} ${problem}`) : value;
}

// The schema

/** Trimmed text; `expectation` finishes "expected …, got 42 (a number)". */
function text(expectation: string, { blank = false } = {}) {
  const schema = z.string({ error: (issue) => expected(expectation, issue.input) }).trim();
  return blank ? schema : schema.min(1, { error: (issue) => expected(expectation, issue.input) });
}

function objectError(expectation: string) {
  return { error: (issue: { code?: string; input?: unknown }) => (issue.code === "invalid_type" ? expected(expectation, issue.input) : undefined) };
}

const navItemSchema = z.strictObject(
  { label: text("the link's text"), url: text(NAV_URL).transform(navUrl) },
  objectError('a link such as { label: "About", url: "/about/" }'),
);

const siteSchema = z.strictObject(
  {
    name: text("the community's name as text"),
    description: text("text", { blank: true }).default(""),
    url: text("the address the site is published at, such as https://example.github.io").transform(webUrl("https://example.github.io")),
    pathPrefix: text("a path such as / or /community-notes/", { blank: true }).default("/").transform(pathPrefix),
    repository: text("the repository's web address, such as https://github.com/org/notes, or empty text", { blank: true })
      .default("")
      .transform((value, ctx) => (value ? webUrl("https://github.com/org/notes")(value, ctx) : value)),
    branch: text("a Git branch name such as main").default("main").transform(branch),
    language: text("a language tag such as en-GB").default("en-GB").transform(language),
    nav: z.array(navItemSchema, objectError('a list of links such as [{ label: "About", url: "/about/" }]')).default(() => []),
    allowedContacts: z
      .array(text("an e-mail address or phone number as text"), objectError('a list such as ["team@example.org"]'))
      .default(() => []),
    groupsFolder: text(`a folder inside the content folder, ${FOLDER_EXAMPLE}`).default("special-interest").transform(groupsFolder),
    templates: z
      .array(text("a path or glob from the content folder, such as index.md or blog/*.njk").transform(templatePattern), objectError('a list such as ["index.md", "blog/index.njk"]'))
      .default(() => []),
    productName: text("text", { blank: true }).default(""),
    logo: z
      .strictObject({ src: text("an image path such as /assets/logo.png, or a web address"), alt: text("text", { blank: true }).default("") }, objectError('an image such as { src: "/assets/logo.png", alt: "Our logo" }'))
      .default(() => ({ src: "", alt: "" })),
    footer: z
      .strictObject({ text: text("text", { blank: true }).default(""), licence: text("text", { blank: true }).default("") }, objectError('text for the footer such as { text: "…", licence: "…" }'))
      .default(() => ({ text: "", licence: "" })),
    headingPermalinks: z.boolean(objectError("true or false")).default(true),
    markdownTemplateEngine: z.enum(["njk", "liquid"], objectError('"njk" or "liquid"')).default("njk"),
    permalink: text("a Jekyll permalink style or pattern, or docusaurus", { blank: true }).default("").transform(permalinkStyle),
    oldHeadingIds: z.enum(["", "markdown-it-anchor", "govuk-eleventy-plugin"], objectError('"markdown-it-anchor" or "govuk-eleventy-plugin" (or empty)')).default(""),
    stylesheets: z
      .array(text("the path of a .css file from the site's folder, such as assets/site.css").transform(stylesheetPath), objectError('a list such as ["assets/site.css"]'))
      .default(() => []),
  },
  objectError("an object of settings such as { name, url }"),
);

// From zod's issues to problems

const SETTING_NAMES = Object.keys(siteSchema.shape);
const NAV_ITEM_NAMES = Object.keys(navItemSchema.shape);

function settingPath(path: readonly PropertyKey[]): string {
  return path.map((key, index) => (typeof key === "number" ? `[${key}]` : `${index ? "." : ""}${String(key)}`)).join("");
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The known name a mistyped one most likely meant: same letters, a typo or two, or a part of it. */
function closest(key: string, names: readonly string[]): string | undefined {
  const typed = key.toLowerCase();
  const score = (name: string): number => {
    const known = name.toLowerCase();
    if (typed.length >= 4 && (known.startsWith(typed) || known.includes(typed))) return 0.5;
    return editDistance(typed, known);
  };
  const best = [...names].sort((a, b) => score(a) - score(b))[0];
  return best !== undefined && score(best) <= (typed.length >= 5 ? 2 : 1) ? best : undefined;
}

function unknownKeyMessage(key: string, path: readonly PropertyKey[]): string {
  const atTop = path.length === 0;
  const names = atTop ? SETTING_NAMES : NAV_ITEM_NAMES;
  const list = atTop ? `the settings are ${names.join(", ")}` : `a link has ${names.join(" and ")}`;
  if (atTop && key === "base") return `base is worked out from url and pathPrefix, so it cannot be set; ${list}`;
  const guess = closest(key, names);
  return guess ? `did you mean ${guess}? ${list.charAt(0).toUpperCase()}${list.slice(1)}` : list;
}

function problemsOf(error: z.ZodError, source: string, fromEnv: ReadonlyMap<string, string>): SiteSettingsProblem[] {
  return error.issues.flatMap((issue): SiteSettingsProblem[] => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        kind: "unknown",
        setting: shown(settingPath([...issue.path, key])),
        from: source,
        message: unknownKeyMessage(key, issue.path),
      }));
    }
    const top = issue.path[0];
    const from = (typeof top === "string" && fromEnv.get(top)) || source;
    return [{ kind: "invalid", setting: settingPath(issue.path), from, message: issue.message }];
  });
}

// The API

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Checks `input` with the `SITE_*` variables of `env` on top (when set and not blank) and
 * returns the settings, frozen; throws a `SiteSettingsError` listing every problem.
 * `options.source` names where `input` came from, for messages.
 */
export function resolveSiteSettings(
  input: unknown,
  env: Record<string, string | undefined> = {},
  options: { source?: string } = {},
): SiteSettings {
  const source = options.source ?? "the site settings";
  const fromEnv = new Map<string, string>();
  let merged = input;
  if (isRecord(input)) {
    const overrides: Record<string, string> = {};
    for (const [variable, key] of Object.entries(ENV_KEYS)) {
      const value = env[variable];
      if (value === undefined || value.trim() === "") continue;
      overrides[key] = value;
      fromEnv.set(key, variable);
    }
    merged = { ...input, ...overrides };
  }
  const result = siteSchema.safeParse(merged);
  if (!result.success) throw new SiteSettingsError(problemsOf(result.error, source, fromEnv));
  const settings = result.data;
  return Object.freeze({
    ...settings,
    nav: Object.freeze(settings.nav.map((item) => Object.freeze({ ...item }))),
    allowedContacts: Object.freeze([...settings.allowedContacts]),
    templates: Object.freeze([...settings.templates]),
    stylesheets: Object.freeze([...settings.stylesheets]),
    base: `${settings.url}${settings.pathPrefix}`,
  });
}

/** Returns its argument: it only gives a settings file its type (`export default defineSite({ … })`). */
export function defineSite(input: SiteInput): SiteInput {
  return input;
}
