/**
 * The same site built with a path prefix (a GitHub Pages project site) and served under it:
 * styles load, links stay under the prefix, diagrams still draw, and the 404 page works.
 */
import { describe, expect, test } from "vitest";
import { e2eSite, useBrowser } from "./browser.ts";
import { DIAGRAM_PAGE } from "./pages.ts";

const site = e2eSite();

describe.skipIf(!site)("under a path prefix", () => {
  const fixture = useBrowser(site);

  test("pages, styles, links and diagrams all work under the prefix", async () => {
    const page = await fixture.newPage();
    const failed: string[] = [];
    page.on("response", (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    const { prefixedUrl, pathPrefix } = fixture.site;
    await page.goto(prefixedUrl);
    // The stylesheet applied: the skip link is moved off screen.
    expect(await page.locator(".skip-link").evaluate((a) => a.getBoundingClientRect().bottom)).toBeLessThanOrEqual(0);
    const hrefs = await page.locator("a[href^='/']").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs.length).toBeGreaterThan(10);
    expect(hrefs.filter((href) => !href.startsWith(pathPrefix))).toEqual([]);

    await page.locator("header nav a", { hasText: "Meetings" }).click();
    expect(new URL(page.url()).pathname).toBe(`${pathPrefix}meetings/`);

    await page.goto(prefixedUrl + DIAGRAM_PAGE.slice(1));
    await page.locator("pre.mermaid svg").first().waitFor({ state: "visible" });
    expect(failed).toEqual([]);

    // A missing page gets the 404 page, whose styles and links also work from any depth.
    const missing = await page.goto(`${prefixedUrl}no/such/page/`);
    expect(missing?.status()).toBe(404);
    expect(await page.locator("main h1").innerText()).toBe("Page not found");
    expect(await page.locator(".skip-link").evaluate((a) => a.getBoundingClientRect().bottom)).toBeLessThanOrEqual(0);
    await page.locator("main a", { hasText: "home page" }).click();
    expect(new URL(page.url()).pathname).toBe(pathPrefix);
  });
});
