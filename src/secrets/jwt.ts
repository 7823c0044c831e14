/**
 * JSON Web Tokens: `header.payload.signature`, each part base64url, the header a JSON object
 * naming its algorithm. secretlint's recommended preset has no rule for them, and a JWT
 * copied from a browser's storage or an `Authorization:` header is a live session or API
 * credential until it expires.
 *
 * A JWT's header and payload are JSON objects, so both parts start `eyJ` (`{"` in base64);
 * a candidate counts only when its header decodes to an object with an `alg`, so prose and
 * other base64 do not.
 */
import { maskSecret } from "../diagnostics/mask.ts";
import type { SecretFinding } from "./secretlint.ts";

// Parts are base64url: no `=` padding in JWTs, but some tools leave it.
const JWT = /\beyJ[A-Za-z0-9_-]{8,}={0,2}\.eyJ[A-Za-z0-9_-]{8,}={0,2}\.[A-Za-z0-9_-]{16,}={0,2}(?![A-Za-z0-9_=-])/g;

function header(token: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token.slice(0, token.indexOf(".")), "base64url").toString("utf8"));
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export const JWT_ADVICE = "it grants whatever its issuer allows until it expires: remove it, and revoke the session or key it came from";

/** Every JWT in a text, with a message that shows it masked. */
export function findJwts(text: string): SecretFinding[] {
  const found: SecretFinding[] = [];
  if (!text.includes("eyJ")) return found;
  for (const match of text.matchAll(JWT)) {
    const alg = header(match[0])?.alg;
    if (typeof alg !== "string") continue;
    found.push({ start: match.index, end: match.index + match[0].length, message: `JSON Web Token (${alg}) ${maskSecret(match[0])}: ${JWT_ADVICE}` });
  }
  return found;
}
