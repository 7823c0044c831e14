/**
 * Screenshots for review: the home page, a notes page and a post, on a phone (375 px) and a
 * wide screen (1280 px), light and dark, written to tests/e2e/screenshots/ (git-ignored).
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { e2eSite, useBrowser } from "./browser.ts";
import { NOTES_PAGE, POST_PAGE, settle } from "./pages.ts";

const site = e2eSite();
const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), "screenshots");
const PAGES = { home: "/", notes: NOTES_PAGE, post: POST_PAGE };

describe.skipIf(!site)("screenshots", () => {
  const fixture = useBrowser(site);

  test("home, notes and post at 375 and 1280 px, light and dark", async () => {
    mkdirSync(folder, { recursive: true });
    for (const colorScheme of ["light", "dark"] as const) {
      for (const width of [375, 1280]) {
        const page = await fixture.newPage({ colorScheme, viewport: { width, height: 900 } });
        for (const [name, urlPath] of Object.entries(PAGES)) {
          await page.goto(fixture.site.baseUrl + urlPath);
          await settle(page);
          const file = path.join(folder, `${name}-${width}-${colorScheme}.png`);
          const image = await page.screenshot({ path: file, fullPage: true });
          expect(image.length).toBeGreaterThan(1000);
        }
        await page.close();
      }
    }
  });
});
