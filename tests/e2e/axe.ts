/**
 * Runs axe-core in a page and formats what it finds so a failure says what to fix and where.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus axe's best practices. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** The rules whose outcome depends on colours: all that can change with the colour scheme. */
export const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

/** Runs every rule of AXE_TAGS, or only the named ones (which must be among them). */
export async function runAxe(page: Page, rules?: string[]): Promise<AxeViolation[]> {
  // Through the DevTools protocol, which the page's Content-Security-Policy does not govern (an injected <script> would be refused).
  await page.evaluate(axeSource);
  const runOnly = rules ? { type: "rule", values: rules } : { type: "tag", values: AXE_TAGS };
  return page.evaluate(async (runOnly) => {
    // axe is a global once its script is in the page.
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const results = await axe.run(document, { runOnly, resultTypes: ["violations"] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String), failureSummary: n.failureSummary })),
    }));
  }, runOnly);
}

export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map((n) => `    ${n.target.join(" ")}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, "\n      ")}` : ""}`)
        .join("\n");
      return `  ${v.id} (${v.impact ?? "no impact"}): ${v.help}\n    ${v.helpUrl}\n${nodes}`;
    })
    .join("\n");
}
