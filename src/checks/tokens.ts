/**
 * Markdown tokens of a checked file, parsed once and shared by every rule that needs them
 * (links, meetings, unsafe HTML, mermaid), with the site's own markdown-it instance, so ids
 * and links are exactly those of the published page.
 */
import type { Token } from "markdown-it";
import type { CheckFile } from "./types.ts";

export function markdownTokens(file: CheckFile): Token[] {
  return file.tokens();
}

/** 1-based file line of a block token (`token.map` counts from the body's first line, 0-based). */
export function tokenLine(file: CheckFile, token: Token): number {
  return (token.map?.[0] ?? 0) + file.bodyLine;
}

/** Every heading id on the page, as the renderer assigns them. */
export function headingIds(file: CheckFile): Set<string> {
  const ids = new Set<string>();
  for (const token of markdownTokens(file)) {
    if (token.type === "heading_open") {
      const id = token.attrGet("id");
      if (id !== null && id !== "") ids.add(String(id));
      // The heading's old id (the oldHeadingIds setting) is a target too.
      const old = (token.meta as { oldId?: unknown } | null)?.oldId;
      if (typeof old === "string") ids.add(old);
    }
  }
  return ids;
}
