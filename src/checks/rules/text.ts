/**
 * Text that is not what the editor meant: bytes that are not UTF-8 (or contain NUL),
 * mojibake (UTF-8 read as Windows-1252 and saved again: `â€™` for `’`), and no-break
 * spaces where Markdown needs a plain space (`##\u00A0Heading` silently stops being a
 * heading). Talk transcripts are checked for the first two; they are not Markdown.
 */
import type { Diagnostic } from "../../diagnostics/diagnostic.ts";
import { unreadableAt } from "../../content/readable.ts";
import { markdownTokens } from "../tokens.ts";
import { LineIndex, type CheckFile, type Rule } from "../types.ts";

const RULE = "text";

function unreadable(file: CheckFile): Diagnostic {
  const problem = unreadableAt(file.bytes ?? new Uint8Array()) ?? { line: 1, column: 1, message: "the file is not valid UTF-8 text; save it as UTF-8" };
  return { file: file.path, ...problem, rule: RULE, severity: "error" };
}

// ---- mojibake ------------------------------------------------------------------------

// Windows-1252 characters for bytes 0x80–0x9F, in byte order (undefined bytes stay as C1 controls).
const CP1252 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
/** A UTF-8 continuation byte (0x80–0xBF) as Windows-1252 or Latin-1 shows it. */
const CONTINUATION = `[\\u0080-\\u00BF${CP1252.replace(/[\u0080-\u009F]/g, "")}]`;

// `â€` starts every mangled curly quote and dash; `â` + two continuation bytes is any other
// mangled U+2000–U+2FFF character (`â†’`); `Â`/`Ã`/`Ä`/`Å` + one is a mangled Latin-1 or
// Latin Extended letter (`Ã©`, `Â£`, `Å¡`); `Â ` is a mangled no-break space whose second
// byte became a plain space; `ï»¿` is a mangled byte order mark. Real words (château, SÃO,
// Ärger) put a letter, not a symbol, after these.
const MOJIBAKE = new RegExp(`â€${CONTINUATION}?|â${CONTINUATION}{2}|[ÂÃÄÅ]${CONTINUATION}|Â |ï»¿`, "gu");

/** What a mojibake sequence probably was: its characters back to bytes, read as UTF-8. */
export function unmangle(sequence: string): string | undefined {
  if (sequence === "Â ") return "a no-break space";
  const bytes: number[] = [];
  for (const char of sequence) {
    const code = char.codePointAt(0)!;
    const cp1252 = CP1252.indexOf(char);
    bytes.push(code <= 0xff ? code : cp1252 >= 0 ? 0x80 + cp1252 : -1);
  }
  if (bytes.includes(-1)) return undefined;
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(new Uint8Array(bytes));
    return text === "\uFEFF" ? "a byte order mark" : text === "\u00A0" ? "a no-break space" : `"${text}"`;
  } catch {
    return undefined;
  }
}

function mojibake(file: CheckFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  let lines: LineIndex | undefined;
  let lastLine = 0;
  for (const match of file.text.matchAll(MOJIBAKE)) {
    lines ??= new LineIndex(file.text);
    const { line, column } = lines.locate(match.index);
    if (line === lastLine) continue; // one per line: the rest of the line is the same mistake
    lastLine = line;
    const meant = unmangle(match[0]);
    out.push({
      file: file.path,
      line,
      column,
      rule: RULE,
      severity: "error",
      message: `mojibake "${match[0]}"${meant ? ` (probably ${meant})` : ""}: UTF-8 text was read as Windows-1252 somewhere and saved again; retype the character`,
    });
  }
  return out;
}

// ---- no-break spaces after Markdown markers -------------------------------------------

// Optional block quote markers, then a heading, list or quote marker, then the no-break space.
const MARKER_THEN_NBSP = /^((?:[ \t]*>)*[ \t]*(#{1,6}|[-*+]|\d{1,9}[.)])|(?:[ \t]*>)+)[\u00A0\u202F]/;

function markerKind(marker: string | undefined): string {
  if (marker === undefined) return "a block quote";
  return marker.startsWith("#") ? "a heading" : "a list item";
}

function noBreakSpaces(file: CheckFile): Diagnostic[] {
  if (file.kind === "talk" || !/[\u00A0\u202F]/.test(file.body)) return [];
  // Lines inside code fences are code, not Markdown: markers there mean nothing.
  const inFence = new Set<number>();
  for (const token of markdownTokens(file)) {
    if (token.type === "fence" && token.map) for (let l = token.map[0]; l < token.map[1]; l++) inFence.add(l);
  }
  const out: Diagnostic[] = [];
  file.body.split("\n").forEach((text, index) => {
    const match = inFence.has(index) ? null : MARKER_THEN_NBSP.exec(text);
    if (!match) return;
    const prefix = match[1] ?? "";
    const name = text.charCodeAt(prefix.length) === 0x202f ? "U+202F" : "U+00A0";
    const marker = match[2] ?? ">";
    out.push({
      file: file.path,
      line: file.bodyLine + index,
      column: prefix.length + 1,
      rule: RULE,
      severity: "error",
      message: `no-break space (${name}) after "${marker}": Markdown needs a plain space there, so this line is not ${markerKind(match[2])}; replace it with a space`,
    });
  });
  return out;
}

export const textRule: Rule = {
  name: RULE,
  summary: "files are UTF-8 without NUL bytes, without mojibake, and without no-break spaces after Markdown markers",
  check(context) {
    const out: Diagnostic[] = [];
    for (const file of context.files) {
      if (!file.readable) {
        out.push(unreadable(file));
        continue;
      }
      out.push(...mojibake(file), ...noBreakSpaces(file));
    }
    return out;
  },
};
