/**
 * Secrets pasted into content: API tokens, cloud keys, private keys, passwords in
 * connection strings. Detection is secretlint's recommended preset, so we inherit its
 * patterns and its care about placeholders; what we add is a message that never repeats
 * the secret (check output lands in CI logs and pull-request annotations, which are often
 * public) and says what to do about it.
 *
 * Every readable file is scanned as plain text, front matter and talk transcripts included.
 * An editor can still silence a deliberate example with secretlint's own comment,
 * `<!-- secretlint-disable-line -->`, which the preset's filter-comments rule honours.
 *
 * No pre-filter: secretlint over 2,000 generated notes pages takes ~0.2 s, so skipping
 * files would buy little and would need its own proof that it cannot miss a pattern.
 * Files run one after another: with all rules synchronous, Promise.all only adds overhead.
 */
import { lintSource } from "@secretlint/core";
import { secretLintProfiler } from "@secretlint/profiler";
import { creator as recommendedPreset } from "@secretlint/secretlint-rule-preset-recommend";
import type { Diagnostic } from "../../diagnostics/diagnostic.ts";
import { maskSecret } from "../../diagnostics/mask.ts";
import { lineColumn, type CheckFile, type Rule } from "../types.ts";

type LintOptions = Parameters<typeof lintSource>[0]["options"];
type LintMessage = Awaited<ReturnType<typeof lintSource>>["messages"][number];

const RULE = "secret";

export const ADVICE =
  "revoke or rotate it now: removing it from the file does not remove it from Git history, forks or clones";

// Built once: the config is plain data, and secretlint creates rule instances per call.
const LINT_OPTIONS: LintOptions = {
  config: {
    rules: [
      {
        id: recommendedPreset.meta.id,
        rule: recommendedPreset,
        // Off by default in the preset; an access key ID (AKIA…) is half of a credential
        // pair, and pasting one usually means the secret half is close by.
        rules: [{ id: "@secretlint/secretlint-rule-aws", options: { enableIDScanRule: true } }],
      },
    ],
  },
};

/**
 * Message ids we drop (secretlint's core ignores `disabled` on rules inside a preset, so
 * they are filtered here):
 * - AWSAccountID: the ID scan above also reports account IDs (`account_id: 1234-5678-9012`),
 *   which AWS does not treat as secret;
 * - BasicAuth: `https://user:password@host` belongs to the secret-url rule, which finds a
 *   superset (more schemes, percent-encoded passwords, tokens as user names); both
 *   reporting it would show the same link twice.
 */
const IGNORED_MESSAGE_IDS = new Set(["AWSAccountID", "BasicAuth"]);

/** A readable name for each of the preset's message ids. */
const KINDS: Record<string, string> = {
  AWSAccessKeyID: "AWS access key ID",
  AWSSecretAccessKey: "AWS secret access key",
  PrivateKeyJSON: "Google Cloud service account key",
  PrivateKeyP12: "Google Cloud service account key",
  PackageJSON_xOauthToken: "GitHub OAuth token in a URL",
  Npmrc_authToken: "npm auth token",
  NPM_ACCESS_TOKEN: "npm access token",
  SLACK_TOKEN: "Slack token",
  IncomingWebhook: "Slack incoming webhook URL",
  BasicAuth: "password in a URL",
  OPENAI_TOKEN: "OpenAI API key",
  ANTHROPIC_API_KEY: "Anthropic API key",
  LINEAR_API_TOKEN: "Linear API key",
  PrivateKey: "private key",
  SENDGRID_KEY: "SendGrid API key",
  SHOPIFY_KEY: "Shopify API key",
  GITHUB_TOKEN: "GitHub token",
  OPS_TOKEN: "1Password service account token",
  MongoDBConnection: "MongoDB connection string with a password",
  MySQLConnection: "MySQL connection string with a password",
  PostgreSQLConnection: "PostgreSQL connection string with a password",
};

/** Keys under which the preset's rules put the matched value in `data`. */
const VALUE_KEYS = ["KEY", "TOKEN", "ID", "URL", "URI", "CREDENTIAL"] as const;

/** `scheme://user:password@host…` with only the password masked. */
function maskUserinfo(url: string): string | undefined {
  const match = /^([a-z][a-z0-9+.-]*:\/\/[^:/@\s]*:)([^@/\s]+)(@.*)$/i.exec(url);
  return match ? `${match[1]}${maskSecret(match[2]!)}${match[3]}` : undefined;
}

/** The matched value, shown safely: masked, or for a key block just its first line. */
export function safeValue(messageId: string, value: string): string {
  if (messageId === "PrivateKey") return value.split(/\r?\n/)[0]!.trim();
  if (messageId === "IncomingWebhook") {
    // The path after /services/ is the whole secret; the host says what it is.
    const at = value.indexOf("/services/");
    return at >= 0 ? `${value.slice(0, at + 10)}${maskSecret(value.slice(at + 10))}` : maskSecret(value);
  }
  return maskUserinfo(value) ?? maskSecret(value);
}

function describe(message: LintMessage, source: string): string {
  const data = (message.data ?? {}) as Record<string, unknown>;
  let kind = KINDS[message.messageId] ?? `secret (${message.ruleId.replace(/^@secretlint\/secretlint-rule-/, "")})`;
  if (message.messageId === "GITHUB_TOKEN" && typeof data.typeName === "string") {
    kind = `GitHub token (${data.typeName.replace(/s$/, "")})`;
  }
  const raw = VALUE_KEYS.map((key) => data[key]).find((v): v is string => typeof v === "string" && v !== "");
  const value = raw ?? source.slice(message.range[0], message.range[1]);
  const shown = value ? ` ${safeValue(message.messageId, value)}` : "";
  return `${kind}${shown}: ${ADVICE}`;
}

/**
 * secretlint's core records a performance mark per rule per file, and its profiler then
 * searches every earlier mark on each new one: quadratic, about 8 s for 2,000 files. We
 * never read the profile, so marking is switched off, once, for this process.
 */
(secretLintProfiler as { mark: (marker: unknown) => void }).mark = () => {};

export async function checkSecrets(file: CheckFile): Promise<Diagnostic[]> {
  if (!file.readable) return [];
  const result = await lintSource({
    source: {
      filePath: file.absolutePath,
      content: file.text,
      ext: file.absolutePath.slice(file.absolutePath.lastIndexOf(".")),
      contentType: "text",
    },
    options: LINT_OPTIONS,
  });
  return result.messages
    .filter((message) => !IGNORED_MESSAGE_IDS.has(message.messageId))
    .map((message) => ({
      file: file.path,
      ...lineColumn(file.text, message.range[0]),
      rule: RULE,
      severity: "error",
      message: describe(message, file.text),
    }));
}

export const secretsRule: Rule = {
  name: RULE,
  summary: "API tokens, keys and passwords pasted into content (secretlint's recommended rules)",
  async check(context) {
    const diagnostics: Diagnostic[] = [];
    for (const file of context.files) diagnostics.push(...(await checkSecrets(file)));
    return diagnostics;
  },
};
