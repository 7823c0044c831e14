/**
 * axe-core (WCAG 2.2 A/AA and best practices) on every kind of page: every rule in the
 * light colour scheme, and again in the dark one for the rules that depend on colour
 * (contrast has to hold in both; the rest of the page does not change with the scheme).
 * Zero violations.
 */
import { describe, expect, test } from "vitest";
import { e2eSite, useBrowser } from "./browser.ts";
import { COLOUR_RULES, formatViolations, runAxe } from "./axe.ts";
import { PAGE_KINDS, settle } from "./pages.ts";

const site = e2eSite();

describe.skipIf(!site)("accessibility (axe-core)", () => {
  const fixture = useBrowser(site);

  const schemes = [
    { colorScheme: "light", rules: undefined, what: "has no violations" },
    { colorScheme: "dark", rules: COLOUR_RULES, what: "has enough contrast" },
  ] as const;
  for (const { colorScheme, rules, what } of schemes) {
    // Pages wait on Chromium more than on this process: check a few at a time.
    describe.concurrent(`${colorScheme} scheme`, () => {
      for (const { kind, path } of PAGE_KINDS) {
        test(`${kind} (${path}) ${what}`, async () => {
          const page = await fixture.newPage({ colorScheme });
          const response = await page.goto(fixture.site.baseUrl + path);
          expect(response?.status(), `${path} is not served`).toBe(200);
          await settle(page);
          const violations = await runAxe(page, rules ? [...rules] : undefined);
          await page.close();
          expect(violations, `axe found problems on ${path} (${colorScheme}):\n${formatViolations(violations)}`).toEqual([]);
        });
      }
    });
  }
});
