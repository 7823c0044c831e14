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
import { maskSecret } from "../diagnostics/mask.ts";

type LintOptions = Parameters<typeof lintSource>[0]["options"];
type LintMessage = Awaited<ReturnType<typeof lintSource>>["messages"][number];

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

// ---- large files ---------------------------------------------------------------------
//
// secretlint's core compares every message with every later one (filterDuplicatedMessages)
// and with every ignored range (filterIgnoredMessages): a file with 20,000 tokens took a
// minute. A file over SECRETLINT_PIECE characters is therefore linted in pieces of that
// size, each read with SECRETLINT_MARGIN characters either side (so that a secret starting
// in the piece is read whole, and one starting before it from its real start), keeping the
// messages that start in the piece. A piece may start or end inside a line, where a
// `secretlint-disable…` comment would read differently, so the pieces are linted with those
// comments switched off and the comments are applied to the whole file's messages as
// secretlint's filter-comments rule applies them. Smaller files are linted whole.

/** Characters of a large file whose messages one call of secretlint keeps. */
export const SECRETLINT_PIECE = 16 * 1024;
/** Characters read either side of a piece: a secret up to this long is found whole wherever it is. */
export const SECRETLINT_MARGIN = 8 * 1024;

async function lint(filePath: string, content: string): Promise<LintMessage[]> {
  const result = await lintSource({
    source: { filePath, content, ext: filePath.slice(filePath.lastIndexOf(".")), contentType: "text" },
    options: LINT_OPTIONS,
  });
  return result.messages;
}

// The filter-comments rule's own expression and reading of the rule list (`a, b -- why`).
const DIRECTIVE = /(?<type>secretlint-(?:disable-next-line|disable-line|disable|enable))(?<options>.*)/g;

function directiveRules(options: string | undefined): string[] {
  if (!options) return [];
  const comment = options.indexOf("--");
  return (comment === -1 ? options : options.slice(0, comment)).split(/,/).map((rule) => rule.trim()).filter((rule) => rule !== "");
}

export interface DisabledRange {
  start: number;
  /** Inclusive, as secretlint's; NaN where secretlint's own arithmetic gives NaN (a line after the last). */
  end: number;
  /** A rule id, or "*" for every rule. */
  ruleId: string;
}

/** Where lines start as secretlint's StructuredSource counts them (\r\n, \r, \n, U+2028, U+2029 end a line). */
function sourceLineStarts(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(/\r\n|[\r\n\u2028\u2029]/g)) starts.push(match.index + match[0].length);
  return starts;
}

/** 1-based line of an offset: how many line starts are at or before it (StructuredSource's upperBound). */
function sourceLine(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (starts[mid]! <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The ranges secretlint's filter-comments rule (its CommentState) switches rules off in:
 * `secretlint-disable-line` its line, `-next-line` the next (neither when that line is the
 * file's last), `secretlint-disable` … `secretlint-enable` a block (an enable without rules
 * closes the latest group disabled together; an open block runs to the end of the file).
 * Only the first comment of a line counts: the rest of the line is its list of rules.
 */
export function disabledRanges(text: string): DisabledRange[] {
  const starts = sourceLineStarts(text);
  type Block = { start: number; end: number | null; ruleId: string };
  // Blocks still open, in order, and by rule: closed ones are dropped as they come to the top.
  const open: Block[] = [];
  const openByRule = new Map<string, Block[]>();
  const blocks: Block[] = [];
  const out: DisabledRange[] = [];
  const forRules = (rules: string[]) => (rules.length ? rules : ["*"]);
  const top = (stack: Block[]) => {
    while (stack.length && stack[stack.length - 1]!.end !== null) stack.pop();
    return stack[stack.length - 1];
  };
  for (const match of text.matchAll(DIRECTIVE)) {
    const { type, options } = match.groups ?? {};
    const rules = directiveRules(options);
    if (type === "secretlint-disable-line" || type === "secretlint-disable-next-line") {
      const line = sourceLine(starts, match.index) + (type === "secretlint-disable-line" ? 0 : 1);
      // [start of the line, start of the next line - 1]; `undefined + 0` is NaN in secretlint too.
      const start = starts[line - 1] ?? Number.NaN;
      const end = (starts[line] ?? Number.NaN) - 1;
      for (const ruleId of forRules(rules)) out.push({ start, end, ruleId });
    } else if (type === "secretlint-disable") {
      for (const ruleId of forRules(rules)) {
        const block: Block = { start: match.index, end: null, ruleId };
        blocks.push(block);
        open.push(block);
        const stack = openByRule.get(ruleId);
        if (stack) stack.push(block);
        else openByRule.set(ruleId, [block]);
      }
    } else if (rules.length) {
      // The latest block still open for each rule named.
      for (const ruleId of rules) {
        const block = top(openByRule.get(ruleId) ?? []);
        if (block) block.end = match.index;
      }
    } else {
      // Every rule of the latest group (one comment's rules) still open.
      const latest = top(open);
      while (latest) {
        const block = top(open);
        if (!block || block.start !== latest.start) break;
        block.end = match.index;
      }
    }
  }
  for (const block of blocks) out.push({ start: block.start, end: block.end ?? text.length, ruleId: block.ruleId });
  return out;
}

/** Answers "is [a, b] inside one of these ranges?" by binary search over their starts, with the furthest end so far. */
class Containment {
  private readonly starts: number[] = [];
  private readonly furthest: number[] = [];
  constructor(ranges: readonly DisabledRange[]) {
    let furthest = -Infinity;
    for (const range of [...ranges].filter((r) => r.start <= r.end).sort((x, y) => x.start - y.start)) {
      this.starts.push(range.start);
      this.furthest.push((furthest = Math.max(furthest, range.end)));
    }
  }
  contains(start: number, end: number): boolean {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.starts[mid]! <= start) low = mid + 1;
      else high = mid;
    }
    return low > 0 && this.furthest[low - 1]! >= end;
  }
}

/** Makes secretlint's disable comments inert, keeping every offset (its expression is case-sensitive). */
function withoutDirectives(text: string): string {
  return text.replace(/secretlint-(?=disable|enable)/g, "Secretlint-");
}

/** Messages of a text over SECRETLINT_PIECE, piece by piece, at their offsets in the whole text. */
async function lintInPieces(text: string, filePath: string, honourComments: boolean): Promise<LintMessage[]> {
  const messages: LintMessage[] = [];
  const comments = text.includes("secretlint-");
  for (let start = 0; start < text.length; start += SECRETLINT_PIECE) {
    const end = start + SECRETLINT_PIECE;
    const from = Math.max(0, start - SECRETLINT_MARGIN);
    const piece = text.slice(from, end + SECRETLINT_MARGIN);
    for (const message of await lint(filePath, comments ? withoutDirectives(piece) : piece)) {
      const range: [number, number] = [message.range[0] + from, message.range[1] + from];
      if (range[0] >= start && range[0] < end) messages.push({ ...message, range });
    }
  }
  if (!comments || !honourComments) return messages;
  const byRule = new Map<string, DisabledRange[]>();
  for (const range of disabledRanges(text)) {
    const list = byRule.get(range.ruleId);
    if (list) list.push(range);
    else byRule.set(range.ruleId, [range]);
  }
  const containment = new Map([...byRule].map(([ruleId, ranges]) => [ruleId, new Containment(ranges)]));
  const everyRule = containment.get("*");
  return messages.filter(({ range: [a, b], ruleId }) => !everyRule?.contains(a, b) && !containment.get(ruleId)?.contains(a, b));
}

/** A secret found in a text: where it is, and a message that shows it only masked. */
export interface SecretFinding {
  /** Where an editor should look, and where the finding ends. */
  start: number;
  end: number;
  message: string;
  /** The secret's own characters, where they are not all of [start, end). */
  values?: [number, number][];
}

/**
 * secretlint's findings in a text (`filePath` names its kind by extension). With
 * `honourComments`, `<!-- secretlint-disable-line -->` and the like silence what they cover,
 * as an editor means them to in content; without, nothing does (for text the tool prints).
 */
export async function lintSecrets(text: string, filePath: string, { honourComments }: { honourComments: boolean }): Promise<SecretFinding[]> {
  let found: LintMessage[];
  if (text.length > SECRETLINT_PIECE) found = await lintInPieces(text, filePath, honourComments);
  else found = await lint(filePath, honourComments || !text.includes("secretlint-") ? text : withoutDirectives(text));
  return found
    .filter((message) => !IGNORED_MESSAGE_IDS.has(message.messageId))
    .map((message) => ({ start: message.range[0], end: message.range[1], message: describe(message, text) }));
}
