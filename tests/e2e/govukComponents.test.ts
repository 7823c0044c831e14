/**
 * GOV.UK Frontend components that work with JavaScript, in Chromium, under the site's
 * content security policy: the package's script (served from the site) turns an accordion
 * into one that opens and closes; with JavaScript off every section is shown.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildSite, type BuiltSite } from "../build/buildSite.ts";
import { e2eSite, useBrowser } from "./browser.ts";
import { formatViolations, runAxe } from "./axe.ts";
import { serveStatic, type StaticServer } from "./server.ts";

const site = e2eSite();

const PAGE = `---
title: Frequently asked
---
{% from "govuk/components/accordion/macro.njk" import govukAccordion %}

{{ govukAccordion({
  id: "faq",
  items: [
    { heading: { text: "When do we meet?" }, content: { text: "On the first Thursday of the month." } },
    { heading: { text: "Where are the notes?" }, content: { text: "In the repository, one file per meeting." } }
  ]
}) }}
`;

describe.skipIf(!site)("GOV.UK Frontend components with JavaScript", () => {
  const fixture = useBrowser(site);
  let built: BuiltSite;
  let server: StaticServer;
  beforeAll(async () => {
    built = await buildSite({ "faq.md": PAGE }, { site: { templates: ["faq.md"] } });
    server = await serveStatic(built.output);
  }, 180_000);
  afterAll(async () => {
    await server?.close();
  });

  test("an accordion opens and closes, with no script refused or failing", { timeout: 60_000 }, async () => {
    const page = await fixture.newPage();
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
    page.on("response", (response) => {
      // The browser asks for /favicon.ico by itself; the site has none.
      if (response.status() >= 400 && !response.url().endsWith("/favicon.ico")) problems.push(`${response.status()}: ${response.url()}`);
    });
    page.on("console", (message) => {
      // A failed request is reported above, with its address.
      if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) problems.push(`console: ${message.text()}`);
    });
    await page.goto(`${server.origin}/faq/`);
    const content = page.locator("#faq-content-1");
    // The package's script adds a "Show all sections" button and closes the sections.
    await page.locator(".govuk-accordion__show-all").waitFor();
    await expect.poll(() => content.isVisible()).toBe(false);
    await page.locator("#faq-heading-1").click();
    await expect.poll(() => content.isVisible()).toBe(true);
    expect(await page.locator(".govuk-accordion__section").first().locator("button[aria-expanded]").getAttribute("aria-expanded")).toBe("true");
    const violations = await runAxe(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    await page.close();
    expect(problems).toEqual([]);
  });

  test("without JavaScript every section is shown", { timeout: 60_000 }, async () => {
    const page = await fixture.newPage({ javaScriptEnabled: false });
    await page.goto(`${server.origin}/faq/`);
    expect(await page.locator("#faq-content-1").isVisible()).toBe(true);
    expect(await page.locator("#faq-content-2").isVisible()).toBe(true);
    expect(await page.locator(".govuk-accordion__show-all").count()).toBe(0);
    await page.close();
  });
});
