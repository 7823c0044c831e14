/**
 * Turns whatever a failed Eleventy build throws into diagnostics an editor can act on:
 * `content/x.md:3:1 error rule message`, never a stack trace.
 */
import { readFileSync } from "node:fs";
import { findContentError, type Diagnostic } from "../diagnostics/diagnostic.ts";
import { displayPath } from "../content/frontMatter.ts";
import { frontMatterKeyLine } from "../content/contentDate.ts";

function messages(error: unknown): string[] {
  const out: string[] = [];
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const message = (current as { message?: unknown }).message;
    if (typeof message === "string" && message) out.push(message);
    current = (current as { cause?: unknown; originalError?: unknown }).cause ?? (current as { originalError?: unknown }).originalError;
  }
  return out;
}

/** Eleventy: "You’re trying to use a layout that does not exist: _includes/nope (via `layout: nope`)" */
const LAYOUT_MISSING = /layout that does not exist:.*?\(via `layout: ([^`]+)`\)/i;
/** The template Eleventy names: quoted (`for the "./content/x.md" template`) or bare. */
const TEMPLATE_PATH = /"([^"\s]+\.(?:md|txt|njk|html))"|((?:\.{1,2}\/|\/)[^\s"'`]+?\.(?:md|txt|njk|html))\b/;

/** A located diagnostic for an error thrown by Eleventy, or undefined if it carries no place. */
export function diagnosticFromBuildError(error: unknown): Diagnostic {
  const located = findContentError(error);
  if (located) return located.diagnostic;

  const chain = messages(error);
  const text = chain.join("\n");
  const match = TEMPLATE_PATH.exec(text);
  const file = match?.[1] ?? match?.[2];
  const layout = LAYOUT_MISSING.exec(text)?.[1];
  if (file && layout) {
    return {
      file: displayPath(file),
      line: frontMatterKeyLine(file, "layout"),
      column: 1,
      rule: "layout",
      severity: "error",
      message: `layout \`${layout}\` does not exist; use one of the layouts in _includes/ (for example page.njk or blog_post)`,
    };
  }
  if (file) {
    let readable = true;
    try {
      readFileSync(file);
    } catch {
      readable = false;
    }
    return {
      file: displayPath(file),
      line: 1,
      column: 1,
      rule: readable ? "build" : "unreadable",
      severity: "error",
      message: chain.at(-1) ?? "the build failed on this file",
    };
  }
  return { file: ".eleventy.ts", line: 1, column: 1, rule: "build", severity: "error", message: chain.join(": ") || String(error) };
}
