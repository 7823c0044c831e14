/**
 * One URL of every kind of page the fixture site (tests/fixtures/e2e-site) has, for the checks
 * that run on all of them.
 */
export interface PageKind {
  kind: string;
  path: string;
}

export const PAGE_KINDS: PageKind[] = [
  { kind: "home", path: "/" },
  { kind: "meetings index", path: "/meetings/" },
  { kind: "groups index", path: "/special-interest/" },
  { kind: "group", path: "/special-interest/supply-chain-security/" },
  { kind: "notes page", path: "/special-interest/supply-chain-security/notes/" },
  { kind: "per-meeting page", path: "/special-interest/inner-source/meetings/2023-08-16/" },
  { kind: "post", path: "/blog/what-three-teams-learned-from-sboms/" },
  { kind: "blog index", path: "/blog/" },
  { kind: "guide (with a diagram)", path: "/guides/writing-meeting-notes/" },
  { kind: "talk", path: "/talks/notes-in-the-open/" },
  { kind: "tag page", path: "/tags/security/" },
  { kind: "search", path: "/search/" },
  { kind: "404", path: "/404.html" },
];

/** A notes page without diagrams: the page held to the "no JavaScript, ≤ 30 KB" budget. */
export const NOTES_PAGE = "/special-interest/supply-chain-security/notes/";
export const DIAGRAM_PAGE = "/guides/writing-meeting-notes/";
export const POST_PAGE = "/blog/what-three-teams-learned-from-sboms/";

/** Waits until a page has finished what its scripts do: diagrams drawn, search box built. */
export async function settle(page: import("playwright-core").Page): Promise<void> {
  await page.waitForLoadState("load");
  if ((await page.locator("script").count()) === 0) return;
  if ((await page.locator("pre.mermaid").count()) > 0) {
    await page.locator("pre.mermaid svg").first().waitFor({ state: "visible" });
  }
  await page.waitForLoadState("networkidle");
}
