/**
 * Turns whatever a failed Eleventy run throws into a diagnostic an editor can act on:
 * `content/x.md:3:1 error rule message`, never a stack trace. Problems the plugin finds
 * itself arrive as a ContentError, already located; the rest are Eleventy's and Nunjucks'
 * own errors, whose messages name the file (and, for Nunjucks, the line).
 */
import { unknownLayoutMessage } from "../content/layouts.ts";
import { readFileSync } from "node:fs";
import { findContentError, type Diagnostic } from "../diagnostics/diagnostic.ts";
import { displayPath, frontMatterOfText } from "../content/frontMatter.ts";

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
  if (out.length === 0 && typeof error === "string" && error) out.push(error);
  return out;
}

/** Eleventy: "You’re trying to use a layout that does not exist: _includes/nope (via `layout: nope`)" */
const LAYOUT_MISSING = /layout that does not exist:.*?\(via `layout: ([^`]+)`\)/i;
/** Eleventy: "Output conflict: multiple input files are writing to `./_site/x/index.html`. … 1. ./content/a.md 2. ./content/b.md" */
const OUTPUT_CONFLICT = /Output conflict: multiple input files are writing to `([^`]+)`/;
const CONFLICT_FILES = /\d+\.\s+(\S+)/g;
/** Nunjucks: "(./content/page.njk) [Line 3, Column 5]", or just "(./content/page.njk)" at the start of a message. */
const NUNJUCKS_PLACE = /^\(([^()\s]+)\)(?:\s*\[Line (\d+), Column (\d+)\])?/m;
/** LiquidJS: "undefined filter: x, file:./content/page.liquid, line:1, col:4". */
const LIQUID_PLACE = /^(.*?), file:([^,]+), line:(\d+), col:(\d+)/m;
/** Nunjucks names what it could not find: "template not found: partials/x.njk", "filter not found: x". */
const NOT_FOUND = /\b(?:template|filter|tag|extension) not found: ([^\s,]+)/;
/** The template Eleventy names: quoted (`for the "./content/x.md" template`) or bare. */
const TEMPLATE_PATH = /"([^"\s]+\.(?:md|txt|njk|html|liquid|json|js|ts))"|((?:\.{1,2}\/|\/)[^\s"'`()]+?\.(?:md|txt|njk|html|liquid|json|js|ts))\b/;

/** The file line of a front matter key, read again from the file (only when reporting an error). */
function keyLineInFile(file: string, key: string): number {
  try {
    return frontMatterOfText(readFileSync(file, "utf8"))?.keyLines.get(key) ?? 1;
  } catch {
    return 1;
  }
}

/** The last message in the chain, without Nunjucks' own "(file) [Line …]" prefix and Eleventy's hints. */
function cleanMessage(text: string): string {
  return text
    .replace(NUNJUCKS_PLACE, "")
    .replace(/^\s*(?:Template render error:|Error:)\s*/m, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The file line a template's body starts on (Nunjucks and Liquid count lines from there). */
function bodyLineOf(file: string): number {
  try {
    return frontMatterOfText(readFileSync(file, "utf8"))?.bodyLine ?? 1;
  } catch {
    return 1;
  }
}

/** Where a name first appears in a file (1-based line and column), when the error does not say. */
function placeOf(file: string, name: string): { line: number; column: number } {
  try {
    const lines = readFileSync(file, "utf8").split("\n");
    const index = lines.findIndex((text) => text.includes(name));
    if (index >= 0) return { line: index + 1, column: lines[index]!.indexOf(name) + 1 };
  } catch {
    // Unreadable: the file's first line.
  }
  return { line: 1, column: 1 };
}

/** The site settings' problems, one line each, when that is what stopped the run (the plugin validates its options first). */
function settingsProblems(error: unknown): { line: string; at?: { file: string; line: number; column: number } }[] | undefined {
  const seen = new Set<unknown>();
  for (let current = error; current && typeof current === "object" && !seen.has(current); ) {
    seen.add(current);
    const { name, lines, problems } = current as { name?: unknown; lines?: unknown; problems?: { at?: { file: string; line: number; column: number } }[] };
    if (name === "SiteSettingsError" && Array.isArray(lines)) return lines.map((line, index) => ({ line: String(line), at: problems?.[index]?.at }));
    current = (current as { cause?: unknown; originalError?: unknown }).cause ?? (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/**
 * Every diagnostic an error thrown by an Eleventy run stands for: one, but for site settings
 * with several problems (one each, at the configuration, which is where the settings are given).
 */
export function diagnosticsFromBuildError(error: unknown, fallbackFile = ".eleventy.ts"): Diagnostic[] {
  const problems = settingsProblems(error);
  if (problems?.length) {
    // At the setting's line in a settings file, or at the configuration that gave them.
    return problems.map((problem) => ({
      file: displayPath(problem.at?.file ?? fallbackFile),
      line: problem.at?.line ?? 1,
      column: problem.at?.column ?? 1,
      rule: "settings",
      severity: "error" as const,
      message: problem.line,
    }));
  }
  return [diagnosticFromBuildError(error, fallbackFile)];
}

/** A located diagnostic for an error thrown by an Eleventy run; `fallbackFile` names the configuration. */
export function diagnosticFromBuildError(error: unknown, fallbackFile = ".eleventy.ts"): Diagnostic {
  const located = findContentError(error);
  if (located) return located.diagnostic;

  const chain = messages(error);
  const text = chain.join("\n");
  const at = (file: string, line: number, column: number, rule: string, message: string): Diagnostic => ({
    file: displayPath(file),
    line,
    column,
    rule,
    severity: "error",
    message,
  });

  const conflict = OUTPUT_CONFLICT.exec(text);
  if (conflict) {
    const files = [...text.slice(conflict.index).matchAll(CONFLICT_FILES)].map((m) => displayPath(m[1]));
    const [first, ...others] = files.sort();
    const file = others.at(-1) ?? first ?? fallbackFile;
    return at(file, keyLineInFile(file, "permalink"), 1, "output", `${[first, ...others].filter(Boolean).join(" and ")} are all published at ${displayPath(conflict[1])}; give them different \`permalink\`s`);
  }
  const place = NUNJUCKS_PLACE.exec(text);
  if (place) {
    const message = cleanMessage(chain.at(-1) ?? text);
    const missing = NOT_FOUND.exec(text)?.[1];
    const where = place[2] ? { line: bodyLineOf(place[1]!) - 1 + Number(place[2]), column: Number(place[3]) } : missing ? placeOf(place[1]!, missing) : { line: 1, column: 1 };
    return at(place[1]!, where.line, where.column, "template", message);
  }
  const liquid = LIQUID_PLACE.exec(text);
  if (liquid) {
    return at(liquid[2]!, bodyLineOf(liquid[2]!) - 1 + Number(liquid[3]), Number(liquid[4]), "template", liquid[1]!.trim());
  }
  const match = TEMPLATE_PATH.exec(text);
  const file = match?.[1] ?? match?.[2];
  const layout = LAYOUT_MISSING.exec(text)?.[1];
  if (file && layout) {
    return at(file, keyLineInFile(file, "layout"), 1, "layout", unknownLayoutMessage(layout));
  }
  if (file) return at(file, 1, 1, "build", cleanMessage(chain.at(-1) ?? "the build failed on this file"));
  return at(fallbackFile, 1, 1, "build", chain.join(": ") || String(error) || "the build failed");
}
