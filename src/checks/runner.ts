/**
 * Runs rules over a loaded context. A rule that crashes is reported as a diagnostic of its
 * own (never a stack trace), and the others still run.
 */
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import type { CheckContext, Rule } from "./types.ts";

const SEVERITY_ORDER = { error: 0, warning: 1 } as const;

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  const byFile = a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
  return (
    byFile ||
    a.line - b.line ||
    a.column - b.column ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)
  );
}

export async function runRules(context: CheckContext, rules: Rule[]): Promise<Diagnostic[]> {
  const results = await Promise.all(
    rules.map(async (rule): Promise<Diagnostic[]> => {
      try {
        return await rule.check(context);
      } catch (error) {
        return [
          {
            file: ".",
            line: 1,
            column: 1,
            rule: rule.name,
            severity: "error",
            message: `the ${rule.name} check could not run: ${(error as Error).message ?? String(error)}`,
          },
        ];
      }
    }),
  );
  return results.flat().sort(compareDiagnostics);
}

export interface Summary {
  errors: number;
  warnings: number;
  files: number;
  /** Content files that run templates (the site's `templates` setting lists them): code, to review as code. */
  templated: string[];
}

export function summarise(diagnostics: Diagnostic[], fileCount: number, templated: readonly string[] = []): Summary {
  return {
    errors: diagnostics.filter((d) => d.severity === "error").length,
    warnings: diagnostics.filter((d) => d.severity === "warning").length,
    files: fileCount,
    templated: [...templated],
  };
}
