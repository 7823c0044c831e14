/**
 * Every page is useful with JavaScript turned off: navigation, the search form, the content,
 * the meeting lists, and a diagram's source text.
 */
import { describe, expect, test } from "vitest";
import { e2eSite, useBrowser } from "./browser.ts";
import { DIAGRAM_PAGE, NOTES_PAGE, PAGE_KINDS } from "./pages.ts";

const site = e2eSite();
const NAV = ["/meetings/", "/special-interest/", "/blog/", "/guides/", "/talks/", "/about/"];

describe.skipIf(!site)("with JavaScript turned off", () => {
  const fixture = useBrowser(site);
  const noScriptPage = () => fixture.newPage({ javaScriptEnabled: false });

  test("every kind of page has the header navigation, the search form and its content", async () => {
    const page = await noScriptPage();
    for (const { kind, path } of PAGE_KINDS) {
      await page.goto(fixture.site.baseUrl + path);
      const nav = await page.locator('header nav a').evaluateAll((links) => links.map((a) => a.getAttribute("href")));
      expect(nav, `navigation on the ${kind}`).toEqual(expect.arrayContaining(NAV));
      // A plain GET form: it works without the search script.
      const form = page.locator("header form").filter({ has: page.locator("input[type=search]") });
      expect(await form.count(), `search form on the ${kind}`).toBe(1);
      expect(await form.getAttribute("action"), `search form action on the ${kind}`).toMatch(/\/search\/$/);
      expect(await form.locator("input[type=search]").getAttribute("name"), `search box name on the ${kind}`).toBeTruthy();
      expect(await page.locator("main h1").count(), `one <h1> in main on the ${kind}`).toBe(1);
      const text = (await page.locator("main").innerText()).trim();
      expect(text.length, `content of the ${kind}`).toBeGreaterThan(80);
    }
  });

  test("meeting lists and notes are all there", async () => {
    const page = await noScriptPage();
    await page.goto(`${fixture.site.baseUrl}/meetings/`);
    expect(await page.locator("main .meeting").count()).toBeGreaterThanOrEqual(5);
    await page.goto(`${fixture.site.baseUrl}/`);
    expect(await page.locator("main .meeting").count()).toBeGreaterThan(0);
    await page.goto(fixture.site.baseUrl + NOTES_PAGE);
    const contents = await page.locator("main .page-contents a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(contents.length).toBeGreaterThan(1);
    for (const href of contents) expect(await page.locator(`[id="${href!.slice(1)}"]`).count(), href!).toBe(1);
  });

  test("a diagram's mermaid source stays readable", async () => {
    const page = await noScriptPage();
    await page.goto(fixture.site.baseUrl + DIAGRAM_PAGE);
    const diagram = page.locator("pre.mermaid").first();
    expect(await diagram.isVisible()).toBe(true);
    expect(await diagram.innerText()).toMatch(/^\s*(flowchart|graph|sequenceDiagram|gantt|timeline)\b/);
    expect(await page.locator("pre.mermaid svg").count()).toBe(0);
  });
});
