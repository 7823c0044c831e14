/**
 * GOV.UK Frontend's Nunjucks macros (`{% from "govuk/components/inset-text/macro.njk" import
 * govukInsetText %}`), as sites built with the GOV.UK Eleventy plugin use them in their
 * listed templates, and the package's own styles for what they render, served from the site
 * and linked only from pages that have such markup (`govuk-…` classes).
 *
 * Components that work with JavaScript (accordions, tabs, character counts…) get the
 * package's own script, served from the site and loaded only on pages that have one; without
 * it they are their no-JavaScript versions.
 *
 * The stylesheet is the package's, with its `@font-face` rules left out: GDS Transport is
 * for GOV.UK services only, so pages fall back to the sans-serif the rules name after it,
 * and no request is made for font files the site does not have. It is written once per
 * package version to a cache folder and copied into the output from there.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";

/** Where the stylesheet is published. */
export const GOVUK_STYLESHEET = "/assets/vendor/govuk-frontend/govuk-frontend.css";
/** Where the package's script (an ES module exporting `initAll`) is published; `assets/js/govuk-frontend.js` starts it. */
export const GOVUK_SCRIPT = "/assets/vendor/govuk-frontend/govuk-frontend.min.js";

/** The package's script, undefined without the package. */
export function govukScriptFile(dist = govukFrontendDist()): string | undefined {
  const file = dist && path.join(dist, "govuk/govuk-frontend.min.js");
  return file && existsSync(file) ? file : undefined;
}

/** The package's `dist` folder (where `govuk/components/…` live), or undefined when it is not installed. */
export function govukFrontendDist(): string | undefined {
  try {
    const manifest = createRequire(import.meta.url).resolve("govuk-frontend/package.json");
    const dist = path.join(path.dirname(manifest), "dist");
    return existsSync(path.join(dist, "govuk")) ? dist : undefined;
  } catch {
    return undefined;
  }
}

/** The package's stylesheet without its `@font-face` rules. */
export function withoutFontFaces(css: string): string {
  return css.replace(/@font-face\s*\{[^}]*\}/g, "");
}

/** The stylesheet to publish, written to a cache file named after its content; undefined without the package. */
export function govukStylesheetFile(dist = govukFrontendDist()): string | undefined {
  if (!dist) return undefined;
  const source = path.join(dist, "govuk/govuk-frontend.min.css");
  if (!existsSync(source)) return undefined;
  const css = withoutFontFaces(readFileSync(source, "utf8"));
  const hash = createHash("sha256").update(css).digest("hex").slice(0, 16);
  const folder = path.join(tmpdir(), `community-notes-govuk-${hash}`);
  const file = path.join(folder, "govuk-frontend.css");
  if (!existsSync(file)) {
    mkdirSync(folder, { recursive: true });
    writeFileSync(file, css);
  }
  return file;
}

/** Whether rendered HTML has a GOV.UK Frontend component that works with JavaScript (`data-module="govuk-…"`). */
export function usesGovukScripts(html: unknown): boolean {
  return typeof html === "string" && /data-module="govuk-/.test(html);
}

/** Whether rendered HTML has GOV.UK Frontend markup, so its page needs the stylesheet. */
export function usesGovukFrontend(html: unknown): boolean {
  return typeof html === "string" && /class="(?:[^"]*\s)?govuk-/.test(html);
}
