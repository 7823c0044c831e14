/**
 * Credentials carried inside URLs (`?token=`, pre-signed links, `user:password@`, URLs
 * nested in other URLs' queries), found by `src/secrets/urls.ts`. Messages show them masked.
 */
import type { Diagnostic } from "../../diagnostics/diagnostic.ts";
import { findUrlCredentials } from "../../secrets/urls.ts";
import { LineIndex, type CheckFile, type Rule } from "../types.ts";

const RULE = "secret-url";

export function checkSecretUrls(file: CheckFile): Diagnostic[] {
  if (!file.readable) return [];
  const found = findUrlCredentials(file.text);
  if (found.length === 0) return [];
  const lines = new LineIndex(file.text);
  return found.map((finding) => ({ file: file.path, ...lines.locate(finding.start), rule: RULE, severity: "error", message: finding.message }));
}

export const secretUrlsRule: Rule = {
  name: RULE,
  summary: "tokens, signatures and passwords inside URLs (pre-signed links, ?token=, user:password@)",
  check(context) {
    return context.files.flatMap(checkSecretUrls);
  },
};
