/**
 * axe-core on the layouts sites bring with them: a GOV.UK Eleventy plugin product page
 * (masthead, start button, image, aside, related links), a sub-navigation page, a collection page, a page with Docusaurus
 * admonitions, a page that shows a listing below its own text, and the sitemap and search layouts. Zero violations, in the
 * light scheme and (for contrast) the dark one.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildSite, type BuiltSite } from "../build/buildSite.ts";
import { e2eSite, useBrowser } from "./browser.ts";
import { COLOUR_RULES, formatViolations, runAxe } from "./axe.ts";
import { settle } from "./pages.ts";
import { serveStatic, type StaticServer } from "./server.ts";

const site = e2eSite();
// A 1×1 PNG, so the product image loads.
const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
  + "1f15c4890000000d49444154789c6360f8cfc0000003010100c9fe92ef0000000049454e44ae426082", "hex");

const FILES = {
  "index.md": "---\nlayout: product\ntitle: Open source in government\ndescription: A community for people who build in the open.\nstartButton:\n  text: Join us\n  href: /join/\nimage:\n  src: people.png\n  alt: People at a table\naside:\n  title: Next meet-up\n  content: On **12 March**.\nrelated:\n  sections:\n    - title: Find out more\n      items:\n        - text: Join\n          href: /join/\n      subsections:\n        - title: Elsewhere\n          items:\n            - text: Example\n              href: https://www.example.org/\n---\nWe meet every month.\n\n## What we do\n\nWe share what we learn.\n",
  "people.png": PNG,
  "join.md": "---\ntitle: Join\n---\nHow to join.\n\n:::tip[Before you start]\nRead the code of conduct.\n:::\n\n:::danger\nNever share a password.\n:::\n",
  "special-interest.md": "---\ntitle: Our groups\nlisting: groups\n---\nEvery group we run.\n",
  "tor.md": "---\ntitle: Terms of reference\nlayout: sub-navigation\norder: 1\neleventyNavigation:\n  key: Terms of reference\n---\n# Introduction\n\nWhat we do.\n",
  "news.md": "---\nlayout: collection\ntitle: News\npagination:\n  data: collections.post\n  size: 1\n---\nWhat we have written.\n",
  "blog/2024/05/spring.md": "---\nlayout: post\ntitle: Spring update\ndate: 2024-05-01\ntags: post\n---\nSpring.\n",
  "blog/2024/06/summer.md": "---\nlayout: post\ntitle: Summer update\ndate: 2024-06-01\ntags: post\n---\nSummer.\n",
  "tor/membership.md": "---\ntitle: Membership\nlayout: sub-navigation\neleventyNavigation:\n  key: Membership\n  parent: Terms of reference\n---\nWho may join.\n",
  "special-interest/data/index.md": "---\ntitle: Data people\n---\nAbout data.\n",
  "sitemap.md": "---\nlayout: sitemap\ntitle: Sitemap\npermalink: /sitemap/\neleventyExcludeFromCollections: true\n---\nEvery page.\n",
  "find.md": "---\nlayout: search\ntitle: Find something\n---\nLooking for a page?\n",
};

describe.skipIf(!site)("layouts of migrated sites (axe-core)", () => {
  const fixture = useBrowser(site);
  let built: BuiltSite;
  let server: StaticServer;
  beforeAll(async () => {
    built = await buildSite(FILES);
    server = await serveStatic(built.output);
  }, 180_000);
  afterAll(async () => {
    await server?.close();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    for (const path of ["/", "/join/", "/special-interest/", "/tor/membership/", "/news/", "/sitemap/", "/find/"]) {
      test(`${path} in the ${colorScheme} scheme has no violations`, { timeout: 60_000 }, async () => {
        const page = await fixture.newPage({ colorScheme });
        const response = await page.goto(server.origin + path);
        expect(response?.status()).toBe(200);
        await settle(page);
        const violations = await runAxe(page, colorScheme === "dark" ? [...COLOUR_RULES] : undefined);
        await page.close();
        expect(violations, formatViolations(violations)).toEqual([]);
      });
    }
  }
});
