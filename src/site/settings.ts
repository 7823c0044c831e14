/**
 * Site settings: what a community writes once in `_data/site.ts`, with environment
 * variables on top so CI can build the same tree for a project site (`/repo/` prefix),
 * a custom domain or a preview without editing files.
 */
export interface NavItem {
  label: string;
  url: string;
}

export interface SiteSettings {
  name: string;
  description: string;
  /** Origin and optional path of the published site, e.g. `https://org.github.io`. */
  url: string;
  /** Path the site lives under: `/` for a custom domain, `/repo/` for a project site. */
  pathPrefix: string;
  /** Repository web URL, for "source" and "edit this page" links. */
  repository: string;
  branch: string;
  language: string;
  nav: NavItem[];
  /**
   * E-mail addresses and phone numbers that may be published anywhere (a shared inbox,
   * a switchboard); `npm run check` warns about any other.
   */
  allowedContacts?: string[];
  /** Absolute base for feeds and the sitemap: url + pathPrefix, ending in `/`. */
  base: string;
}

export type SiteInput = Omit<SiteSettings, "base">;

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

export function resolveSiteSettings(
  input: SiteInput,
  env: Record<string, string | undefined> = {},
): SiteSettings {
  const merged: SiteInput = { ...input };
  for (const [variable, key] of Object.entries(ENV_KEYS)) {
    const value = env[variable];
    if (value !== undefined && value.trim() !== "") merged[key] = value.trim();
  }
  const url = merged.url.replace(/\/+$/, "");
  const pathPrefix = normalisePathPrefix(merged.pathPrefix);
  return {
    ...merged,
    url,
    pathPrefix,
    repository: merged.repository.replace(/\/+$/, ""),
    base: `${url}${pathPrefix}`,
  };
}
