/**
 * What a release deprecated: front matter keys and settings that still work, and will stop
 * working in a later major release. The check warns at each use, with the file and line
 * and what to write instead, one release before anything goes (CHANGELOG.md, "Upgrading").
 */
import type { Diagnostic } from "../../diagnostics/diagnostic.ts";
import type { CheckContext, Rule } from "../types.ts";

export interface Deprecation {
  /** A front matter key, or a setting. */
  kind: "front matter" | "setting";
  name: string;
  /** The release that deprecated it, and the one that will remove it. */
  since: string;
  removedIn: string;
  /** What to write instead. */
  instead: string;
}

/** Nothing is deprecated yet: 0.x releases add, and this list names what a release retires. */
export const DEPRECATIONS: readonly Deprecation[] = [];

const RULE = "deprecated";

export function deprecatedRule(deprecations: readonly Deprecation[] = DEPRECATIONS): Rule {
  const keys = new Map(deprecations.filter((d) => d.kind === "front matter").map((d) => [d.name, d]));
  const settings = deprecations.filter((d) => d.kind === "setting");
  const message = (d: Deprecation) => `\`${d.name}\` is deprecated since ${d.since} and stops working in ${d.removedIn}: ${d.instead}`;
  return {
    name: RULE,
    summary: "front matter and settings a release deprecated, with what to write instead",
    check(context: CheckContext): Diagnostic[] {
      const out: Diagnostic[] = [];
      if (keys.size) {
        for (const file of context.files) {
          for (const [key, line] of file.frontMatter?.keyLines ?? []) {
            const deprecation = keys.get(key);
            if (deprecation) out.push({ file: file.path, line, column: 1, rule: RULE, severity: "warning", message: message(deprecation) });
          }
        }
      }
      for (const deprecation of settings) {
        const where = context.settingsFile;
        if (where && where.keys.has(deprecation.name)) {
          out.push({ file: where.file, line: where.keys.get(deprecation.name)!, column: 1, rule: RULE, severity: "warning", message: message(deprecation) });
        }
      }
      return out;
    },
  };
}

export const deprecated = deprecatedRule();
