/**
 * The build refuses files it cannot read faithfully (not UTF-8, or with NUL bytes) instead
 * of publishing replacement characters. Cheap: the bytes are only re-read when the decoded
 * text already shows a sign of trouble.
 */
import { readFileSync } from "node:fs";
import { ContentError } from "../diagnostics/diagnostic.ts";
import { displayPath } from "./frontMatter.ts";

export function unreadableReason(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0)) return "contains NUL bytes: it looks like a binary file, not text";
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return undefined;
  } catch {
    return "is not valid UTF-8 text: save it as UTF-8 (not Latin-1 or UTF-16)";
  }
}

export function assertReadable(inputPath: string, content: string): void {
  if (!content.includes("\uFFFD") && !content.includes("\u0000")) return;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(inputPath);
  } catch {
    return;
  }
  const reason = unreadableReason(bytes);
  if (reason) {
    throw new ContentError({ file: displayPath(inputPath), line: 1, column: 1, rule: "text", message: `the file ${reason}` });
  }
}
