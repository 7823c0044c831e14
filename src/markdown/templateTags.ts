/**
 * Template tags (`{{ … }}`, `{% … %}`) written in Markdown outside code. A Markdown file
 * that the site does not let run templates publishes them as text, which is never what its
 * author meant (a page moved from Jekyll or Eleventy expecting `{{ site.baseurl }}` to be
 * filled in), so the build and the check say where each one is. Inside code spans and
 * fences they are text, as notes about templates need.
 */
import type { Token } from "markdown-it";
import { TEMPLATE_TAG } from "../content/templates.ts";

export interface TemplateTag {
  /** 0-based line of the body on which the tag starts. */
  line: number;
  /** The tag's opening, `{{` or `{%`, to find it on its line. */
  opening: string;
}

const CODE = new Set(["code_inline", "fence", "code_block"]);
/** Attributes whose value is the author's text (a link's address, an image's address or title). */
const TEXT_ATTRIBUTES = ["href", "src", "title"];

function openingOf(text: string): string | undefined {
  const match = TEMPLATE_TAG.exec(text);
  return match?.[0];
}

function inAttributes(token: Token): string | undefined {
  for (const name of TEXT_ATTRIBUTES) {
    const value = token.attrGet(name);
    // Link addresses are percent-encoded by then: `{{` is `%7B%7B`.
    const opening = value ? openingOf(decodeURIComponentSafe(value)) : undefined;
    if (opening) return opening;
  }
  return undefined;
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Every template tag outside code in a body's tokens, in order; one per line and token at most. */
export function templateTagsIn(tokens: readonly Token[]): TemplateTag[] {
  const found: TemplateTag[] = [];
  // A table cell's text has no line of its own: it is on its row's.
  let lastStart = 0;
  for (const token of tokens) {
    if (token.map) lastStart = token.map[0];
    if (CODE.has(token.type)) continue;
    const start = lastStart;
    if (token.type === "html_block") {
      token.content.split("\n").forEach((text, index) => {
        const opening = openingOf(text);
        if (opening) found.push({ line: start + index, opening });
      });
      continue;
    }
    if (token.type !== "inline" || !token.children) continue;
    // Line breaks inside the paragraph move the line on.
    let line = start;
    let lastLine = -1;
    for (const child of token.children) {
      if (child.type === "softbreak" || child.type === "hardbreak") {
        line++;
        continue;
      }
      if (CODE.has(child.type) || line === lastLine) continue;
      const opening = child.type === "text" || child.type === "html_inline" ? openingOf(child.content) : inAttributes(child);
      if (opening) {
        found.push({ line, opening });
        lastLine = line;
      }
    }
  }
  return found;
}
