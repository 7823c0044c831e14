/**
 * Secrets pasted into content: API tokens, cloud keys, private keys, passwords in connection
 * strings (secretlint's recommended preset) and JSON Web Tokens, found by `src/secrets/`, the
 * same finder the build refuses pages with. Messages show the value masked.
 *
 * Every readable file is scanned as plain text, front matter and talk transcripts included.
 * An editor can still silence a deliberate example with secretlint's own comment,
 * `<!-- secretlint-disable-line -->`, which the preset's filter-comments rule honours (a JWT
 * cannot be silenced: a real one is never an example).
 */
import type { Diagnostic } from "../../diagnostics/diagnostic.ts";
import { findTokens } from "../../secrets/index.ts";
import { LineIndex, type CheckFile, type Rule } from "../types.ts";


const RULE = "secret";

export async function checkSecrets(file: CheckFile): Promise<Diagnostic[]> {
  if (!file.readable) return [];
  const found = await findTokens(file.text, file.absolutePath, { honourComments: true });
  if (found.length === 0) return [];
  const lines = new LineIndex(file.text);
  return found.map((finding) => ({ file: file.path, ...lines.locate(finding.start), rule: RULE, severity: "error", message: finding.message }));
}

export const secretsRule: Rule = {
  name: RULE,
  summary: "API tokens, keys, passwords and JWTs pasted into content (secretlint's recommended rules, and JWTs)",
  async check(context) {
    const diagnostics: Diagnostic[] = [];
    for (const file of context.files) diagnostics.push(...(await checkSecrets(file)));
    return diagnostics;
  },
};
