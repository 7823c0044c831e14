/**
 * The one diagnostic type shared by the build, the checker and the CLI, so a problem
 * is reported the same way wherever it is found.
 */
export type Severity = "error" | "warning";

export interface Diagnostic {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line: number;
  column: number;
  rule: string;
  severity: Severity;
  message: string;
}

/** `path:line:col severity rule message` */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message}`;
}

/** A GitHub Actions workflow command (`::error file=…,line=…::message`), escaped as GitHub reads it. */
export function githubCommand(command: "error" | "warning" | "notice", properties: Record<string, string | number>, message: string): string {
  const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
  const fields = Object.entries(properties).map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${command} ${fields.join(",")}::${escapeData(message)}`;
}

/** A diagnostic as a workflow command, which shows the message on the pull request's diff. */
export function formatGithubAnnotation(d: Diagnostic): string {
  return githubCommand(d.severity === "error" ? "error" : "warning", { file: d.file, line: d.line, col: d.column, title: d.rule }, d.message);
}

/**
 * An error that knows where in the content it comes from. Thrown from Eleventy hooks
 * (front matter parsing, layout resolution) and unwrapped by the build CLI, so an editor
 * sees `content/x.md:3:1 …` instead of a stack trace.
 */
export class ContentError extends Error {
  readonly diagnostic: Diagnostic;
  constructor(diagnostic: Omit<Diagnostic, "severity"> & { severity?: Severity }) {
    const full: Diagnostic = { severity: "error", ...diagnostic };
    super(formatDiagnostic(full));
    this.name = "ContentError";
    this.diagnostic = full;
  }
}

function isContentError(value: object): boolean {
  const diagnostic = (value as { diagnostic?: Partial<Diagnostic> }).diagnostic;
  return (
    (value as { name?: unknown }).name === "ContentError" &&
    typeof diagnostic?.file === "string" &&
    typeof diagnostic.line === "number"
  );
}

/**
 * Finds a ContentError anywhere in an error's `cause` / `originalError` chain (Eleventy
 * wraps errors in `originalError`, Node in `cause`; one error may carry both).
 */
export function findContentError(error: unknown): ContentError | undefined {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length) {
    const current = queue.shift();
    if (!current || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    // Duck-typed: the config and the CLI may load this module twice (tsx and a test runner).
    if (current instanceof ContentError || isContentError(current)) return current as ContentError;
    const { cause, originalError } = current as { cause?: unknown; originalError?: unknown };
    queue.push(cause, originalError);
  }
  return undefined;
}
