/**
 * Search end to end: a word typed into the header search box on the home page, Enter,
 * result links, and the first one that points at a meeting lands on that meeting's heading.
 */
import { describe, expect, test } from "vitest";
import { e2eSite, useBrowser } from "./browser.ts";

const site = e2eSite();
// Appears in one meeting only: the supply-chain group's notes, 2024-03-01.
const WORD = "Sigstore";

describe.skipIf(!site)("search", () => {
  const fixture = useBrowser(site);

  test(`typing "${WORD}" in the header search box finds the meeting it was discussed in`, async () => {
    const page = await fixture.newPage();
    await page.goto(`${fixture.site.baseUrl}/`);
    const box = page.locator("header input[type=search]").first();
    await expect(box.count(), "the header has a search box").resolves.toBe(1);
    await box.fill(WORD);
    await box.press("Enter");

    // Visible ones only: the page's no-JavaScript fallback (hidden once search runs) links meetings too.
    const meetingLinks = page.locator('main a[href*="#20"]').filter({ visible: true });
    try {
      await meetingLinks.first().waitFor({ state: "visible", timeout: 15_000 });
    } catch {
      const hrefs = await page.locator("main a").filter({ visible: true }).evaluateAll((links) => links.map((a) => a.getAttribute("href")));
      throw new Error(`No search result links to a meeting (#yyyy-mm-dd) at ${page.url()}; links in main: ${JSON.stringify(hrefs)}`);
    }
    await meetingLinks.first().click();
    await page.waitForLoadState("load");

    const url = new URL(page.url());
    expect(url.hash, `landed on ${page.url()}`).toMatch(/^#\d{4}-\d{2}-\d{2}$/);
    // The meeting's section — its heading up to the next heading of the same level — mentions the word.
    const section = await page.evaluate((id) => {
      const heading = document.getElementById(id);
      if (!heading) return null;
      const level = /^H[1-6]$/.test(heading.tagName) ? Number(heading.tagName[1]) : 2;
      let text = heading.textContent ?? "";
      for (let node = heading.nextElementSibling; node; node = node.nextElementSibling) {
        if (/^H[1-6]$/.test(node.tagName) && Number(node.tagName[1]) <= level) break;
        text += `\n${node.textContent ?? ""}`;
      }
      return text;
    }, decodeURIComponent(url.hash.slice(1)));
    expect(section, `no element with id ${url.hash} on ${url.pathname}`).not.toBeNull();
    expect(section).toContain(WORD);
  });
});
