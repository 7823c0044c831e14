/**
 * Every page carries its Content-Security-Policy (src/site/csp.ts) as the first thing in its
 * <head> after the charset, and the scripts still do their work under it: with scripts
 * running (a diagram drawn, a search that finds something), Chromium reports no violation,
 * at the root and under a path prefix.
 */
import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { contentSecurityPolicy } from "../../src/site/csp.ts";
import { e2eSite, useBrowser } from "./browser.ts";
import { DIAGRAM_PAGE, PAGE_KINDS, settle } from "./pages.ts";

const site = e2eSite();
// Appears in the supply-chain group's notes: a search for it has results.
const QUERY = "Sigstore";

/** What Chromium said about the policy: `securitypolicyviolation` events and console messages. */
interface Watch {
  /** Each distinct violation once. */
  violations(): Promise<string[]>;
}

/** Records every violation of the page's policy, from before its first script runs. */
async function watchPolicy(page: Page): Promise<Watch> {
  const messages: string[] = [];
  page.on("console", (message) => {
    // "Refused to load…", "Applying inline style violates the following Content Security Policy directive…",
    // and the warning for a directive a <meta> policy cannot carry.
    if (/Refused to|Content Security Policy/iu.test(message.text())) messages.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => {
    if (/Content Security Policy/iu.test(error.message)) messages.push(`page error: ${error.message}`);
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, "__cspViolations", { value: seen });
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || "(inline)"} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return {
    async violations() {
      const events = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
      // Once each: mermaid trips the same directive at the same line dozens of times.
      return [...new Set([...events, ...messages])];
    },
  };
}

/** The policy the page's <meta> carries, after checking that nothing able to load comes before it. */
async function metaPolicy(page: Page): Promise<{ policy: string | null; before: string[]; count: number }> {
  return page.evaluate(() => {
    const metas = document.querySelectorAll('meta[http-equiv="Content-Security-Policy" i]');
    const meta = metas[0];
    const before: string[] = [];
    for (let element = document.head.firstElementChild; element && element !== meta; element = element.nextElementSibling) {
      before.push(element.outerHTML);
    }
    return { policy: meta?.parentElement === document.head ? meta.getAttribute("content") : null, before, count: metas.length };
  });
}

/** Loads the search page for QUERY and waits for its results; returns how many. */
async function searchResults(page: Page, url: string): Promise<number> {
  await page.goto(`${url}?q=${QUERY}`);
  const results = page.locator(".pagefind-ui__result");
  await results.first().waitFor({ state: "visible", timeout: 15_000 });
  await page.waitForLoadState("networkidle");
  return results.count();
}

/** Waits until the page's first diagram is an <svg> of some size. */
async function diagramDrawn(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const box = document.querySelector("pre.mermaid svg")?.getBoundingClientRect();
    return Boolean(box && box.width > 50 && box.height > 30);
  });
}

describe.skipIf(!site)("Content-Security-Policy", () => {
  const fixture = useBrowser(site);

  describe.concurrent("every kind of page", () => {
    for (const { kind, path } of PAGE_KINDS) {
      const search = path === "/search/";
      const mermaid = path === DIAGRAM_PAGE;
      test(`${kind} (${path}) carries its policy first and breaks none of it`, async () => {
        const page = await fixture.newPage();
        const watch = await watchPolicy(page);
        if (search) {
          expect(await searchResults(page, fixture.site.baseUrl + path), "search results").toBeGreaterThan(0);
        } else {
          const response = await page.goto(fixture.site.baseUrl + path);
          expect(response?.status(), `${path} is not served`).toBe(200);
          await settle(page);
        }
        if (mermaid) await diagramDrawn(page);

        const { policy, before, count } = await metaPolicy(page);
        expect(count, "Content-Security-Policy <meta> elements").toBe(1);
        expect(policy).toBe(contentSecurityPolicy({ search, mermaid }));
        expect(before, "elements before the policy").toEqual(['<meta charset="utf-8">']);
        expect(await watch.violations()).toEqual([]);
        await page.close();
      });
    }
  });

  test("the diagram is drawn in the dark colour scheme too", async () => {
    const page = await fixture.newPage({ colorScheme: "dark" });
    const watch = await watchPolicy(page);
    await page.goto(fixture.site.baseUrl + DIAGRAM_PAGE);
    await diagramDrawn(page);
    expect(await watch.violations()).toEqual([]);
  });

  test("search filters still work under the policy", async () => {
    const page = await fixture.newPage();
    const watch = await watchPolicy(page);
    await searchResults(page, `${fixture.site.baseUrl}/search/`);
    // The "kind" filter is the one shown open (openFilters in search.js).
    const filter = page.locator("input.pagefind-ui__filter-checkbox[name=kind]").first();
    await filter.check();
    await page.locator(".pagefind-ui__filter-value--checked").first().waitFor({ state: "visible" });
    await page.locator(".pagefind-ui__result").first().waitFor({ state: "visible" });
    await page.waitForLoadState("networkidle");
    expect(await watch.violations()).toEqual([]);
  });

  test("search works when Pagefind runs in the page itself (its fallback when the worker fails), which needs 'wasm-unsafe-eval'", async () => {
    const page = await fixture.newPage();
    // Without Worker, Pagefind compiles its WebAssembly on the main thread, under the page's policy.
    await page.addInitScript(() => {
      Reflect.deleteProperty(window, "Worker");
    });
    const watch = await watchPolicy(page);
    expect(await searchResults(page, `${fixture.site.baseUrl}/search/`)).toBeGreaterThan(0);
    expect(await page.evaluate(() => typeof Worker)).toBe("undefined");
    expect(await watch.violations()).toEqual([]);
  });

  test("the watch sees a violation when there is one", async () => {
    const page = await fixture.newPage();
    const watch = await watchPolicy(page);
    await page.goto(`${fixture.site.baseUrl}/`);
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "document.title = 'inline script ran'";
      document.head.append(script);
    });
    await expect.poll(() => watch.violations()).not.toEqual([]);
    expect(await page.title()).not.toBe("inline script ran");
  });

  describe("under a path prefix", () => {
    test("the search page finds results and breaks none of its policy", async () => {
      const page = await fixture.newPage();
      const watch = await watchPolicy(page);
      expect(await searchResults(page, `${fixture.site.prefixedUrl}search/`)).toBeGreaterThan(0);
      expect((await metaPolicy(page)).policy).toBe(contentSecurityPolicy({ search: true, mermaid: false }));
      expect(await watch.violations()).toEqual([]);
    });

    test("the diagram page draws its diagram and breaks none of its policy", async () => {
      const page = await fixture.newPage();
      const watch = await watchPolicy(page);
      await page.goto(fixture.site.prefixedUrl + DIAGRAM_PAGE.slice(1));
      await diagramDrawn(page);
      await page.waitForLoadState("networkidle");
      expect((await metaPolicy(page)).policy).toBe(contentSecurityPolicy({ search: false, mermaid: true }));
      expect(await watch.violations()).toEqual([]);
    });

    test("an ordinary page keeps the strict policy", async () => {
      const page = await fixture.newPage();
      const watch = await watchPolicy(page);
      await page.goto(fixture.site.prefixedUrl);
      await settle(page);
      expect((await metaPolicy(page)).policy).toBe(contentSecurityPolicy({ search: false, mermaid: false }));
      expect(await watch.violations()).toEqual([]);
    });
  });
});
