/**
 * The one place that decides whether the browser tests run, and how Chromium is launched.
 *
 * The tests drive Debian's Chromium (never a downloaded browser) through playwright-core.
 * Without Chromium they are skipped with one line saying how to install it — unless
 * REQUIRE_BROWSER_TESTS=1 (as in CI), which turns the skip into a failure.
 */
import { existsSync } from "node:fs";
import { afterAll, beforeAll, inject } from "vitest";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";

export const DEFAULT_CHROMIUM = "/usr/bin/chromium";

/** What the global setup hands to the browser tests: where the built fixture site is served. */
export interface E2ESite {
  /** e.g. `http://127.0.0.1:41234` (no trailing slash); the site lives at its root. */
  baseUrl: string;
  /** The same content built with `--path-prefix`, served under that prefix. */
  prefixedUrl: string;
  /** The path prefix of `prefixedUrl`, e.g. `/community-notes/`. */
  pathPrefix: string;
  /** The output folder of the root build (for byte counts). */
  output: string;
  chromiumPath: string;
}

declare module "vitest" {
  interface ProvidedContext {
    /** `null` when the browser tests are skipped. */
    e2eSite: E2ESite | null;
  }
}

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
}

export function browserTestsRequired(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.REQUIRE_BROWSER_TESTS === "1";
}

export function missingChromiumMessage(executable: string): string {
  return (
    `Browser tests skipped: Chromium not found at ${executable}. ` +
    `Install it with "apt-get install -y chromium" or set CHROMIUM_PATH.`
  );
}

/**
 * The Chromium to use, or `null` when the tests are to be skipped (after printing one line).
 * Throws when Chromium is missing and REQUIRE_BROWSER_TESTS=1.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const executable = chromiumPath(env);
  if (existsSync(executable)) return executable;
  if (browserTestsRequired(env)) {
    throw new Error(
      `REQUIRE_BROWSER_TESTS=1 but Chromium was not found at ${executable}. ` +
        `Install it with "apt-get install -y chromium" or set CHROMIUM_PATH.`,
    );
  }
  console.log(missingChromiumMessage(executable));
  return null;
}

/** Flags for a quiet, self-contained headless Chromium that makes no requests of its own. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/**
 * Launches headless Chromium. Playwright gives every launch a fresh temporary
 * `--user-data-dir` (and refuses one passed in `args`), so no profile is ever shared.
 */
export function launchBrowser(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

/** The served site, or `null` when the browser tests are skipped. */
export function e2eSite(): E2ESite | null {
  return inject("e2eSite");
}

export interface BrowserFixture {
  readonly browser: Browser;
  readonly site: E2ESite;
  /** A new page in its own context; closed after the file's tests. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
}

/**
 * One browser per test file, launched before its tests and closed after them.
 * Call inside a `describe.skipIf(!site)` block.
 */
export function useBrowser(site: E2ESite | null): BrowserFixture {
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (site) browser = await launchBrowser(site.chromiumPath);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error("The browser is not running.");
      return browser;
    },
    get site() {
      if (!site) throw new Error("The site is not served.");
      return site;
    },
    async newPage(options?: BrowserContextOptions) {
      if (!browser) throw new Error("The browser is not running.");
      // Closed with the browser after the file's tests.
      const context = await browser.newContext(options);
      return context.newPage();
    },
  };
}
