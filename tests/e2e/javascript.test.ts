/**
 * JavaScript is an enhancement loaded only where it is needed: a diagram page draws its
 * diagram; a notes page without one loads no script at all and stays within its byte budget.
 */
import { describe, expect, test } from "vitest";
import type { Page, Response } from "playwright-core";
import { e2eSite, useBrowser } from "./browser.ts";
import { DIAGRAM_PAGE, NOTES_PAGE } from "./pages.ts";

const site = e2eSite();
const BUDGET = 30 * 1024;

interface Transfer {
  requests: string[];
  bytes: Record<string, number>;
}

/** Records every request of a page load and the body bytes of every response, by resource type. */
async function load(page: Page, url: string): Promise<Transfer> {
  const transfer: Transfer = { requests: [], bytes: {} };
  const pending: Promise<void>[] = [];
  page.on("request", (request) => transfer.requests.push(request.url()));
  page.on("response", (response: Response) => {
    const type = response.request().resourceType();
    pending.push(
      response.body().then(
        (body) => void (transfer.bytes[type] = (transfer.bytes[type] ?? 0) + body.length),
        () => undefined,
      ),
    );
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await Promise.all(pending);
  return transfer;
}

describe.skipIf(!site)("JavaScript only where it is needed", () => {
  const fixture = useBrowser(site);

  test("a page with a mermaid diagram shows it as an <svg>", async () => {
    const page = await fixture.newPage();
    await page.goto(fixture.site.baseUrl + DIAGRAM_PAGE);
    // Drawn: an <svg> of some size in place of the source text.
    await page.waitForFunction(() => {
      const svg = document.querySelector("pre.mermaid svg");
      const box = svg?.getBoundingClientRect();
      return Boolean(box && box.width > 50 && box.height > 30);
    });
    expect(await page.locator("pre.mermaid svg").count()).toBeGreaterThan(0);
  });

  test(`a notes page without diagrams requests no script and needs at most ${BUDGET / 1024} KB of HTML and CSS`, async () => {
    const page = await fixture.newPage();
    const { requests, bytes } = await load(page, fixture.site.baseUrl + NOTES_PAGE);
    expect(requests.filter((url) => /mermaid/i.test(url)), "mermaid requests").toEqual([]);
    expect(await page.locator("script").count(), "<script> elements").toBe(0);
    expect(bytes.script ?? 0, "JavaScript bytes").toBe(0);
    const htmlAndCss = (bytes.document ?? 0) + (bytes.stylesheet ?? 0);
    const detail = `HTML ${bytes.document ?? 0} B + CSS ${bytes.stylesheet ?? 0} B = ${htmlAndCss} B (budget ${BUDGET} B)`;
    expect(htmlAndCss, detail).toBeLessThanOrEqual(BUDGET);
  });
});
