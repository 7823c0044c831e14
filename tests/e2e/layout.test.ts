/**
 * Layout that holds up: no sideways scrolling from 320 px wide, visible focus and a skip
 * link, no layout shift while a page loads, and lines short enough to read.
 */
import { describe, expect, test } from "vitest";
import { e2eSite, useBrowser } from "./browser.ts";
import { DIAGRAM_PAGE, NOTES_PAGE, PAGE_KINDS, POST_PAGE, settle } from "./pages.ts";

const site = e2eSite();

describe.skipIf(!site)("layout", () => {
  const fixture = useBrowser(site);

  test("no page scrolls sideways at 320 px wide", async () => {
    const page = await fixture.newPage({ viewport: { width: 320, height: 640 } });
    const wide: string[] = [];
    for (const { path } of PAGE_KINDS) {
      await page.goto(fixture.site.baseUrl + path);
      await settle(page);
      const overflow = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        if (document.documentElement.scrollWidth <= width) return null;
        // Name the widest element that sticks out, to say what to fix.
        let culprit = "";
        let right = width;
        for (const element of document.querySelectorAll("body *")) {
          const box = element.getBoundingClientRect();
          if (box.right > right + 0.5) {
            right = box.right;
            culprit = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}${element.className && typeof element.className === "string" ? `.${element.className.trim().split(/\s+/).join(".")}` : ""}`;
          }
        }
        return `${document.documentElement.scrollWidth}px wide, ${culprit} reaches ${Math.round(right)}px`;
      });
      if (overflow) wide.push(`${path}: ${overflow}`);
    }
    expect(wide).toEqual([]);
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`keyboard focus is visible and the skip link works (${colorScheme})`, async () => {
      const page = await fixture.newPage({ colorScheme, viewport: { width: 1280, height: 800 } });
      await page.goto(fixture.site.baseUrl + NOTES_PAGE);
      const focused = () =>
        page.evaluate(() => {
          const element = document.activeElement as HTMLElement;
          const style = getComputedStyle(element);
          const box = element.getBoundingClientRect();
          return {
            tag: element.tagName.toLowerCase(),
            className: element.className,
            id: element.id,
            text: element.textContent?.trim() ?? "",
            outlineStyle: style.outlineStyle,
            outlineWidth: parseFloat(style.outlineWidth),
            inViewport: box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth,
            insideMain: Boolean(element.closest("main")),
          };
        });

      await page.keyboard.press("Tab");
      const skip = await focused();
      expect(skip.className).toContain("skip-link");
      expect(skip.inViewport, "the skip link shows when focused").toBe(true);
      expect(skip.outlineStyle).not.toBe("none");

      await page.keyboard.press("Tab");
      const next = await focused();
      expect(next.tag).toBe("a");
      expect(next.outlineStyle, `focus outline on "${next.text}"`).not.toBe("none");
      expect(next.outlineWidth).toBeGreaterThanOrEqual(2);

      // Back to the skip link, follow it: focus moves to the main content, the next Tab stays there.
      await page.keyboard.press("Shift+Tab");
      await page.keyboard.press("Enter");
      expect((await focused()).id).toBe("main");
      await page.keyboard.press("Tab");
      const inMain = await focused();
      expect(inMain.insideMain, `after the skip link, Tab went to "${inMain.text}"`).toBe(true);
      expect(inMain.outlineStyle).not.toBe("none");
    });
  }

  test("pages do not shift while they load", async () => {
    const shifts: string[] = [];
    for (const path of ["/", NOTES_PAGE, POST_PAGE, DIAGRAM_PAGE, "/search/", "/search/?q=Sigstore"]) {
      const page = await fixture.newPage({ viewport: { width: 1280, height: 800 } });
      await page.addInitScript(() => {
        const w = window as unknown as { layoutShift: number };
        w.layoutShift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
            if (!entry.hadRecentInput) w.layoutShift += entry.value;
          }
        }).observe({ type: "layout-shift", buffered: true });
      });
      await page.goto(fixture.site.baseUrl + path);
      await settle(page);
      await page.waitForTimeout(200);
      const score = await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);
      if (score >= 0.1) shifts.push(`${path}: ${score.toFixed(3)}`);
      await page.close();
    }
    expect(shifts, "cumulative layout shift of 0.1 or more").toEqual([]);
  });

  test("lines of text are short enough to read, on a phone and on a wide screen", async () => {
    for (const width of [375, 1280]) {
      const page = await fixture.newPage({ viewport: { width, height: 800 } });
      for (const path of [POST_PAGE, NOTES_PAGE]) {
        await page.goto(fixture.site.baseUrl + path);
        // Characters per line of the longest paragraph: its length over its number of lines.
        const perLine = await page.evaluate(() => {
          let best = { chars: 0, lines: 0 };
          for (const p of document.querySelectorAll<HTMLElement>("main .prose p")) {
            const text = p.textContent ?? "";
            const lineHeight = parseFloat(getComputedStyle(p).lineHeight);
            const lines = Math.round(p.getBoundingClientRect().height / lineHeight);
            if (lines >= 3 && text.length > best.chars) best = { chars: text.length, lines };
          }
          return best.lines ? best.chars / (best.lines - 0.5) : 0;
        });
        expect(perLine, `${path} at ${width}px`).toBeGreaterThan(30);
        expect(perLine, `${path} at ${width}px`).toBeLessThanOrEqual(85);
      }
      await page.close();
    }
  });
});
