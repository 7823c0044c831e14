/**
 * Output formats for `npm run check`: `human` (grouped by file, coloured on a terminal),
 * `github` (workflow annotations that show on the pull request's diff) and `json`.
 */
import { formatDiagnostic, formatGithubAnnotation, githubCommand, type Diagnostic } from "../diagnostics/diagnostic.ts";
import type { Summary } from "./runner.ts";

export type OutputFormat = "human" | "github" | "json";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function summaryLine(summary: Summary): string {
  if (summary.errors === 0 && summary.warnings === 0) return `No problems found in ${plural(summary.files, "file")}.`;
  return `${plural(summary.errors, "error")} and ${plural(summary.warnings, "warning")} in ${plural(summary.files, "file")} checked.`;
}

/** Said in every format: a reviewer reads these files as code, since they run templates. */
function templatedLines(summary: Summary): string[] {
  if (summary.templated.length === 0) return [];
  const count = summary.templated.length === 1 ? "This file runs" : `These ${summary.templated.length} files run`;
  return [`${count} templates (the site's \`templates\` setting lists them); review changes to them as code:`, ...summary.templated.map((file) => `  ${file}`)];
}

function paint(colour: boolean, code: string, text: string): string {
  return colour ? `\u001b[${code}m${text}\u001b[0m` : text;
}

/** One `path:line:col severity rule message` line per problem, a blank line between files. */
export function formatHuman(diagnostics: Diagnostic[], summary: Summary, colour: boolean): string {
  const lines: string[] = [];
  let previousFile: string | undefined;
  for (const d of diagnostics) {
    if (previousFile !== undefined && d.file !== previousFile) lines.push("");
    previousFile = d.file;
    const plain = formatDiagnostic(d);
    if (!colour) {
      lines.push(plain);
      continue;
    }
    const where = `${d.file}:${d.line}:${d.column}`;
    const severity = paint(colour, d.severity === "error" ? "31;1" : "33;1", d.severity);
    lines.push(`${paint(colour, "1", where)} ${severity} ${paint(colour, "2", d.rule)} ${d.message}`);
  }
  if (lines.length) lines.push("");
  const templated = templatedLines(summary);
  if (templated.length) lines.push(...templated, "");
  const summaryText = summaryLine(summary);
  lines.push(colour ? paint(colour, summary.errors ? "31;1" : summary.warnings ? "33;1" : "32;1", summaryText) : summaryText);
  return lines.join("\n");
}

export function formatGithub(diagnostics: Diagnostic[], summary: Summary): string {
  // The plain line too, so the log reads well as well as annotating the diff; a notice on each file that runs templates.
  const notices = summary.templated.map((file) => githubCommand("notice", { file, title: "templates" }, "This file runs templates: review changes to it as code"));
  return [...diagnostics.flatMap((d) => [formatDiagnostic(d), formatGithubAnnotation(d)]), ...templatedLines(summary), ...notices, summaryLine(summary)].join("\n");
}

export function formatJson(diagnostics: Diagnostic[], summary: Summary): string {
  return JSON.stringify({ ...summary, diagnostics }, null, 2);
}

export function formatReport(format: OutputFormat, diagnostics: Diagnostic[], summary: Summary, colour = false): string {
  if (format === "json") return formatJson(diagnostics, summary);
  if (format === "github") return formatGithub(diagnostics, summary);
  return formatHuman(diagnostics, summary, colour);
}
