/**
 * Credentials carried inside URLs: a `?token=` GitHub appends to raw links of private
 * repositories, S3 and Google Cloud pre-signed URLs, Azure SAS tokens (`sig=`), API keys
 * in query strings, and `https://user:password@host`. Editors copy such links from the
 * browser's address bar without noticing the tail; secretlint's patterns look for token
 * formats, not for where a URL keeps its credentials, so this rule complements it.
 *
 * A value only counts when it looks opaque (long, letters mixed with digits, or base64),
 * so documentation placeholders like `token=YOUR_TOKEN` or `sig=xxx` pass.
 *
 * A URL carried in another's query (`https://proxy/fetch?src=https://raw…/f?token=…`), as
 * written or percent-encoded, is read as a URL of its own, to a few levels deep.
 */
import { maskSecret } from "../diagnostics/mask.ts";
import type { SecretFinding } from "./secretlint.ts";

/** Query (or fragment) parameter names that carry credentials, lower-cased. */
export const CREDENTIAL_PARAMS = new Set([
  "token", "access_token", "refresh_token", "id_token", "private_token", "auth", "key", "api_key", "apikey",
  "sig", "signature", "client_secret", "password", "secret", "x-amz-signature", "x-amz-credential",
  "x-amz-security-token", "x-goog-signature", "x-goog-credential",
]);

// Stops at characters that end a URL in Markdown and HTML (`)`, `]`, quotes, `<`, space).
const URL_PATTERN = /\b(?:https?|ftps?|wss?):\/\/[^\s<>"'`()[\]{}]+/gi;
// A parameter: after `?`, `&`, `#` or `;` (so `&amp;` in HTML attributes works too).
const PARAM_PATTERN = /[?&#;]([A-Za-z0-9_.-]+)=([^&#;\s]*)/g;
// Words and shapes that documentation uses instead of a real value.
const PLACEHOLDER = /your|example|placeholder|redacted|dummy|sample|changeme|x{4,}|\*{3,}|\.{3}|…|[<>{}$]/i;
const PLACEHOLDER_PASSWORDS = /^(?:pass(?:word)?|passwd|pwd|secret|token|hunter2)$/i;

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * True for values that look machine-made: at least 16 characters from the usual token
 * alphabets, and either a stretch of 8+ characters mixing letters and digits (hex,
 * base62, `ghs_…`) or base64 punctuation with both cases. `2024-03-08-meeting` and
 * `YOUR_ACCESS_TOKEN_HERE` are long, but no part of them mixes letters and digits.
 */
export function looksOpaque(value: string): boolean {
  if (value.length < 16 || !/^[A-Za-z0-9_\-+/=.~:]+$/.test(value) || PLACEHOLDER.test(value)) return false;
  const mixed = value
    .split(/[-_./:~]+/)
    .some((part) => part.length >= 8 && /[A-Za-z]/.test(part) && /\d/.test(part));
  const base64 = /[+/=]/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value);
  return mixed || base64;
}

function looksLikeRealPassword(value: string): boolean {
  return value.length >= 4 && !PLACEHOLDER.test(value) && !PLACEHOLDER_PASSWORDS.test(value) && !/^(.)\1+$/.test(value);
}

interface Finding {
  offset: number;
  message: string;
  /** Where each credential's value is in the text, as written, to mask it wherever it is printed. */
  values: [number, number][];
}

/** URLs inside URLs are read this many levels deep (each level reads a part of the one above). */
const MAX_NESTING = 3;

function advice(host: string): string {
  const raw =
    host === "raw.githubusercontent.com"
      ? " (GitHub adds a temporary token to raw links of private repositories: link to the file on github.com instead)"
      : "";
  return `remove it and revoke it if it is still valid${raw}; removing it from the file does not remove it from Git history`;
}

/** Credentials in one URL; `offset` is where the URL starts in the file. */
export function findUrlSecrets(url: string, offset: number, depth = 0): Finding[] {
  const findings: Finding[] = [];
  const authority = /^[a-z0-9+.-]+:\/\/([^/?#]*)/i.exec(url)?.[1] ?? "";
  const at = authority.lastIndexOf("@");
  const host = (at >= 0 ? authority.slice(at + 1) : authority).replace(/:\d+$/, "").toLowerCase();
  const where = `URL to ${host || "a host"}`;

  if (at >= 0) {
    const userinfo = authority.slice(0, at);
    const colon = userinfo.indexOf(":");
    const start = offset + url.indexOf("//") + 2;
    if (colon >= 0) {
      const user = decode(userinfo.slice(0, colon));
      const password = decode(userinfo.slice(colon + 1));
      if (looksLikeRealPassword(password)) {
        // The user name is shown to help find the link, unless it is itself a token.
        const shownUser = looksOpaque(user) ? maskSecret(user) : user;
        const passwordStart = start + colon + 1;
        findings.push({
          offset: start,
          message: `${where} contains a password (${shownUser}:${maskSecret(password)}@): ${advice(host)}`,
          values: [[passwordStart, start + at], ...(looksOpaque(user) ? [[start, start + colon] as [number, number]] : [])],
        });
      }
    } else if (looksOpaque(decode(userinfo))) {
      findings.push({
        offset: start,
        message: `${where} contains a token as its user name (${maskSecret(decode(userinfo))}@): ${advice(host)}`,
        values: [[start, start + at]],
      });
    }
  }

  // One finding per URL, however many of its parameters are credentials (a pre-signed S3
  // link has both X-Amz-Credential and X-Amz-Signature): it is one link to fix.
  const query = url.search(/[?#]/);
  if (query < 0) return findings;
  const shown: string[] = [];
  const values: [number, number][] = [];
  let first = -1;
  for (const match of url.slice(query).matchAll(PARAM_PATTERN)) {
    const name = match[1]!;
    const value = decode(match[2]!);
    const valueStart = offset + query + match.index + match[0].length - match[2]!.length;
    if (CREDENTIAL_PARAMS.has(name.toLowerCase()) && looksOpaque(value)) {
      if (first < 0) first = offset + query + match.index + 1;
      shown.push(`${name}=${maskSecret(value)}`);
      values.push([valueStart, valueStart + match[2]!.length]);
      continue;
    }
    // A URL in the value (as written, or decoded from %3A%2F%2F): its own credentials, found
    // at this value, whose whole text is masked (a decoded value has no offsets of its own).
    if (depth >= MAX_NESTING || !value.includes("://")) continue;
    const nested = value.search(/\b(?:https?|ftps?|wss?):\/\//i);
    if (nested < 0) continue;
    const inner = withoutTrailingPunctuation(value.slice(nested).split(/[\s<>"'`()[\]{}]/, 1)[0]!);
    for (const finding of findUrlSecrets(inner, 0, depth + 1)) {
      findings.push({ offset: valueStart, message: finding.message, values: [[valueStart, valueStart + match[2]!.length]] });
    }
  }
  if (first >= 0) {
    const what = shown.length > 1 ? "credentials" : "a credential";
    findings.push({ offset: first, message: `${where} carries ${what} (${shown.join(", ")}): ${advice(host)}`, values });
  }
  return findings;
}

/** Sentence punctuation after a bare URL is not part of it (a loop: `/[.,:;!?]+$/` retries at every dot of a long run). */
export function withoutTrailingPunctuation(url: string): string {
  let end = url.length;
  while (end > 0 && ".,:;!?".includes(url[end - 1]!)) end--;
  return url.slice(0, end);
}

/** Credentials in every URL of a text, each at the offset an editor should look at. */
export function findUrlCredentials(text: string): SecretFinding[] {
  const found: SecretFinding[] = [];
  if (!text.includes("://")) return found;
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = withoutTrailingPunctuation(match[0]);
    for (const finding of findUrlSecrets(url, match.index)) {
      found.push({ start: finding.offset, end: Math.max(finding.offset, ...finding.values.map(([, end]) => end)), message: finding.message, values: finding.values });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
