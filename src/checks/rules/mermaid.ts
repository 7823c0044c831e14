/**
 * Every ```mermaid fence must parse with mermaid's own parser, so a diagram that would show
 * as "Syntax error" in the browser fails the check instead. Mermaid needs a DOM to load
 * (DOMPurify hooks in at import), so a happy-dom window is set up — once, and only when some
 * file has a diagram: loading mermaid costs over a second, which a site without diagrams
 * should not pay.
 */
import { isMermaidFence } from "../../markdown/mermaid.ts";
import type { Token } from "markdown-it";
import type { Diagnostic } from "../../diagnostics/diagnostic.ts";
import { markdownTokens, tokenLine } from "../tokens.ts";
import type { CheckFile, Rule } from "../types.ts";

const RULE = "mermaid";

interface MermaidParser {
  parse(text: string): Promise<unknown>;
}

let loading: Promise<MermaidParser> | undefined;
let loadMilliseconds = 0;

/** How long loading mermaid (and the DOM it needs) took, in ms; 0 until it has been loaded. */
export function mermaidLoadTime(): number {
  return loadMilliseconds;
}

/** Mermaid, loaded on first use under a DOM shim. Globals are only added where absent. */
export function loadMermaid(): Promise<MermaidParser> {
  loading ??= (async () => {
    const started = performance.now();
    // A CLI process owns its globals; a browser-like test environment keeps its own window.
    const globals = globalThis as unknown as Record<string, unknown>;
    if (globals.window === undefined) {
      const { Window } = await import("happy-dom");
      const window = new Window();
      globals.window = window;
      globals.document ??= window.document;
    }
    const { default: mermaid } = await import("mermaid");
    loadMilliseconds = performance.now() - started;
    return mermaid;
  })();
  return loading;
}

/** The same test the renderer uses. */
function isDiagram(token: Token): boolean {
  return token.type === "fence" && isMermaidFence(token.info);
}

/**
 * Mermaid's message in one line: its first line, plus the "Expecting …" line of a parser
 * error (the lines between are an excerpt and a `---^` pointer that make no sense out of place).
 */
export function summariseMermaidError(message: string): string {
  const lines = message.split("\n").map((line) => line.trim()).filter(Boolean);
  const first = lines[0] ?? "unknown error";
  const expecting = lines.find((line, index) => index > 0 && /^Expecting\b/.test(line));
  const text = expecting ? `${first} ${expecting}` : lines.slice(0, 2).join(" ");
  return text.length > 220 ? `${text.slice(0, 219)}…` : text;
}

// Mermaid 11 edits a diagram before parsing it (src/preprocess.ts, comments.ts): it drops
// front matter, `%%{…}%%` directives, `%%` comment lines and leading blank lines, so the line
// its errors name counts lines of the edited text. These mirror its expressions, to map back.
const MERMAID_FRONT_MATTER = /^([^\S\n\r]*)-{3}\s*[\n\r](.*?)[\n\r]\1-{3}\s*[\n\r]+/s;
const MERMAID_DIRECTIVE = /%{2}{\s*(?:(\w+)\s*:|(\w+))\s*(?:(\w+)|((?:(?!}%{2}).|\r?\n)*))?\s*(?:}%{2})?/gi;
const MERMAID_COMMENT = /^\s*%%(?!{)[^\n]+\n?/gm;

/** For each line of the text mermaid parses, the 1-based line of the diagram it came from. */
export function parsedLineOrigins(diagram: string): number[] {
  let text = diagram.replace(/\r\n?/g, "\n");
  let origin: number[] = [];
  for (let i = 0, line = 1; i < text.length; i++) {
    origin.push(line);
    if (text.charCodeAt(i) === 10) line++;
  }
  const drop = (pattern: RegExp) => {
    const keep: boolean[] = new Array<boolean>(text.length).fill(true);
    for (const match of text.matchAll(pattern)) keep.fill(false, match.index, match.index + match[0].length);
    origin = origin.filter((_, i) => keep[i]);
    // Code units, not code points: `origin` and regex indices count in code units too.
    text = text.split("").filter((_, i) => keep[i]).join("");
  };
  drop(new RegExp(MERMAID_FRONT_MATTER.source, "gs"));
  drop(MERMAID_DIRECTIVE);
  drop(MERMAID_COMMENT);
  drop(/^\s+/g);
  const starts = [origin[0] ?? 1];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(origin[i + 1] ?? (origin[i] ?? 0) + 1);
  return starts;
}

/**
 * The 1-based line of the diagram that mermaid's message names, mapped back through its
 * edits and clamped to the diagram (at the end of the text it names one line past it).
 */
export function diagramLine(message: string, diagram: string): number | undefined {
  const named = /\bline (\d+)/i.exec(message);
  if (!named) return undefined;
  const origins = parsedLineOrigins(diagram);
  const lineCount = diagram.replace(/\n$/, "").split("\n").length;
  const parsed = Math.min(Math.max(Number(named[1]), 1), origins.length);
  return Math.min(origins[parsed - 1] ?? 1, lineCount);
}

/** Mermaid's error message for a diagram, or undefined when it parses. */
async function parseError(mermaid: MermaidParser, diagram: string): Promise<string | undefined> {
  try {
    await mermaid.parse(diagram);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function diagnosticFor(file: CheckFile, token: Token, message: string): Diagnostic {
  const fenceLine = tokenLine(file, token);
  const inner = diagramLine(message, token.content);
  return {
    file: file.path,
    // The fence's content starts on the line after the ``` line.
    line: inner === undefined ? fenceLine : fenceLine + inner,
    column: 1,
    rule: RULE,
    severity: "error",
    // Mermaid's own line number counts its edited text; name the diagram's line instead.
    message: `mermaid diagram (fence at line ${fenceLine}) does not parse: ${summariseMermaidError(
      inner === undefined ? message : message.replace(/\bline \d+/i, `diagram line ${inner}`),
    )}`,
  };
}

export const mermaidRule: Rule = {
  name: RULE,
  summary: "every ```mermaid diagram parses with mermaid's own parser",
  async check(context) {
    const fences: { file: CheckFile; token: Token }[] = [];
    for (const file of context.files) {
      if (!file.readable || file.kind === "talk" || !/mermaid/i.test(file.body)) continue;
      for (const token of markdownTokens(file)) if (isDiagram(token)) fences.push({ file, token });
    }
    if (fences.length === 0) return [];
    const mermaid = await loadMermaid();
    const out: Diagnostic[] = [];
    // Parsing costs a few ms a diagram; the same diagram pasted into many pages is parsed once.
    const errors = new Map<string, string | undefined>();
    // One at a time: parse is synchronous work behind a promise, and mermaid keeps global state.
    for (const { file, token } of fences) {
      if (!errors.has(token.content)) errors.set(token.content, await parseError(mermaid, token.content));
      const message = errors.get(token.content);
      if (message !== undefined) out.push(diagnosticFor(file, token, message));
    }
    return out;
  },
};
