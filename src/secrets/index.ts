/**
 * Secrets in a text, found once, for everything that looks for them: the check's `secret`
 * and `secret-url` rules, the build (which refuses to publish a page holding one), and the
 * masking pass over everything the check and the build print.
 */
import { maskSecret } from "../diagnostics/mask.ts";
import { findJwts } from "./jwt.ts";
import { lintSecrets, type SecretFinding } from "./secretlint.ts";
import { findUrlCredentials } from "./urls.ts";

export type { SecretFinding } from "./secretlint.ts";

export interface FoundSecrets {
  /** Tokens, keys and private keys (secretlint's recommended rules) and JWTs. */
  secrets: SecretFinding[];
  /** Credentials inside URLs: `?token=`, signatures, `user:password@`, nested URLs included. */
  urls: SecretFinding[];
}

/** Tokens, keys and private keys (secretlint) and JWTs in a text, in order. */
export async function findTokens(text: string, filePath: string, options: { honourComments: boolean }): Promise<SecretFinding[]> {
  return [...(await lintSecrets(text, filePath, options)), ...findJwts(text)].sort((a, b) => a.start - b.start);
}

/** Every secret in a text; `filePath` names its kind by extension, for secretlint. */
export async function findSecrets(text: string, filePath: string, options: { honourComments: boolean }): Promise<FoundSecrets> {
  return { secrets: await findTokens(text, filePath, options), urls: findUrlCredentials(text) };
}

/**
 * The text with every secret in it masked (`ghp_…WxYz`). Run over whatever is printed, as
 * one pass: a message that quotes a value (a YAML error, a link, a mermaid parse error)
 * cannot print a secret in full, whichever rule wrote it. Disable comments count for
 * nothing here. Masked values are not found again, so masking twice changes nothing.
 */
export async function redactSecrets(text: string): Promise<string> {
  if (text === "") return text;
  const { secrets, urls } = await findSecrets(text, "output.txt", { honourComments: false });
  const ranges = [...secrets, ...urls].flatMap((finding) => finding.values ?? [[finding.start, finding.end] as [number, number]]);
  if (ranges.length === 0) return text;
  ranges.sort((a, b) => a[0] - b[0]);
  let out = "";
  let from = 0;
  for (const [start, end] of ranges) {
    if (end <= from) continue;
    const begin = Math.max(start, from);
    out += text.slice(from, begin) + maskSecret(text.slice(begin, end));
    from = end;
  }
  return out + text.slice(from);
}
