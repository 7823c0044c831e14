/**
 * GOV.UK Frontend's macros in the templates a site lists, as GOV.UK Eleventy plugin sites
 * write them, rendered by the package's own templates and styled by its stylesheet, which
 * is linked only from the pages that need it and asks for no font files; components that
 * work with JavaScript get the package's own script, on their pages only.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildSite, type BuiltSite } from "./buildSite.ts";
import { govukFrontendDist, withoutFontFaces } from "../../src/eleventy/govukFrontend.ts";

const home = `---
title: Home
---
{% from "govuk/components/inset-text/macro.njk" import govukInsetText %}
{% from "govuk/components/notification-banner/macro.njk" import govukNotificationBanner %}

{{ govukNotificationBanner({ text: "Meet-up moved to Thursday" }) }}

Welcome.

{{ govukInsetText({ text: "Notes are public." }) }}
`;

describe("GOV.UK Frontend components", () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await buildSite(
      {
        "index.md": home,
        "about.md": "---\ntitle: About\n---\nAbout us.\n",
        "inset.md": '---\ntitle: Inset\n---\n{% from "govuk/components/inset-text/macro.njk" import govukInsetText %}\n{{ govukInsetText({ text: "Quiet." }) }}\n',
      },
      { site: { templates: ["index.md", "inset.md"] } },
    );
  }, 180_000);

  test("render with the package's own templates", () => {
    const page = site.html("/");
    expect(page.querySelector(".govuk-inset-text")?.text.trim()).toBe("Notes are public.");
    expect(page.querySelector(".govuk-notification-banner .govuk-notification-banner__heading")?.text.trim()).toBe("Meet-up moved to Thursday");
    expect(site.file("/")).not.toMatch(/\{%|\{\{/);
  });

  test("are styled by the package's stylesheet, linked only where they are used, with no fonts asked for", () => {
    const href = "/assets/vendor/govuk-frontend/govuk-frontend.css";
    expect(site.html("/").querySelector(`link[rel="stylesheet"][href="${href}"]`)).not.toBeNull();
    expect(site.html("/about/").querySelector(`link[href="${href}"]`)).toBeNull();
    const css = readFileSync(path.join(site.output, href), "utf8");
    expect(css).toContain(".govuk-inset-text");
    expect(css).not.toContain("@font-face");
    expect(withoutFontFaces("a{b:c}@font-face{font-family:x;src:url(/f.woff2)}d{e:f}")).toBe("a{b:c}d{e:f}");
  });

  test("components that work with JavaScript get the package's script, on their pages only", () => {
    const starter = 'script[type="module"][src="/assets/js/govuk-frontend.js"]';
    expect(site.html("/").querySelector(starter)).not.toBeNull();
    // An inset text has no script of its own; a page without components has none either.
    expect(site.html("/inset/").querySelector(".govuk-inset-text")).not.toBeNull();
    expect(site.html("/inset/").querySelector(starter)).toBeNull();
    expect(site.html("/about/").querySelector(starter)).toBeNull();
    const published = readFileSync(path.join(site.output, "assets/vendor/govuk-frontend/govuk-frontend.min.js"));
    expect(published.equals(readFileSync(path.join(govukFrontendDist()!, "govuk/govuk-frontend.min.js")))).toBe(true);
    expect(readFileSync(path.join(site.output, "assets/js/govuk-frontend.js"), "utf8")).toContain('from "../vendor/govuk-frontend/govuk-frontend.min.js"');
  });
});
