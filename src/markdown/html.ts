/** True when rendered content opens with its own `<h1>`, so the layout must not add one. */
export function opensWithHeading(html: unknown): boolean {
  return typeof html === "string" && /^\s*(?:<!--[\s\S]*?-->\s*)*<h1[\s>]/i.test(html);
}

/**
 * The level-2 headings of rendered content, for an "On this page" list: their ids and
 * their text without the self-link's hidden label. Empty when there are fewer than `minimum`.
 */
export function tableOfContents(html: unknown, minimum = 4): { id: string; text: string }[] {
  if (typeof html !== "string") return [];
  const entries: { id: string; text: string }[] = [];
  for (const match of html.matchAll(/<h2\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/h2>/gi)) {
    const text = plainExcerpt(
      (match[2] ?? "").replace(/<span class="visually-hidden">[\s\S]*?<\/span>|<span aria-hidden="true">[\s\S]*?<\/span>/g, ""),
      200,
    );
    if (text) entries.push({ id: match[1] ?? "", text });
  }
  return entries.length >= minimum ? entries : [];
}

/** True when content has code highlighted at build time, so its stylesheet is needed. */
export function hasHighlightedCode(html: unknown): boolean {
  return typeof html === "string" && html.includes('class="token ');
}

/**
 * Splits rendered content that opens with its own `<h1>…</h1>` into that heading and the
 * rest, so a layout can put the lead, contents or meeting details after the page's title.
 * `heading` is "" when the content does not open with an h1.
 */
export function splitOpeningHeading(html: unknown): { heading: string; rest: string } {
  const text = typeof html === "string" ? html : "";
  if (!opensWithHeading(text)) return { heading: "", rest: text };
  const end = text.search(/<\/h1\s*>/i);
  if (end < 0) return { heading: "", rest: text };
  const close = text.indexOf(">", end) + 1;
  return { heading: text.slice(0, close).trim(), rest: text.slice(close) };
}

/** Rendered heading HTML → its text, without the self-link's hidden labels. */
function headingText(html: string): string {
  return plainExcerpt(html.replace(/<span class="visually-hidden">[\s\S]*?<\/span>|<span aria-hidden="true">[\s\S]*?<\/span>/g, ""), Infinity);
}

/** A title reduced to what matters when comparing it: no case, punctuation or extra spaces. */
function comparableTitle(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * True when two titles say the same thing, ignoring case, punctuation and surrounding
 * whitespace: "Terms of reference" and "Terms of Reference!" are the same title.
 */
export function sameTitle(a: string, b: string): boolean {
  const left = comparableTitle(a);
  // A title of only punctuation ("???") is compared as written.
  return left === "" ? a.trim() === b.trim() : left === comparableTitle(b);
}

/** An opening `<h1>…</h1>` (leading comments kept) as an `<h2>`, with its attributes and content. */
function demoteHeading(heading: string): string {
  return heading.replace(/^((?:\s*<!--[\s\S]*?-->)*\s*)<h1(?=[\s>])/i, "$1<h2").replace(/<\/h1\s*>$/i, "</h2>");
}

/**
 * Splits rendered content for a layout that puts the page's title first. The page's `<h1>`
 * is its title; `heading` is the content's own opening `<h1>` when that can stand for it,
 * and "" when the layout must render the title itself:
 * - no opening `<h1>`: `heading` is "", `rest` is the content;
 * - an opening `<h1>` that says the title (see `sameTitle`), or any opening `<h1>` when the
 *   page's title was not written by its author (`written: false`: it came from the file name),
 *   is the heading, so its id and self-link stay as the markdown rendered them;
 * - an opening `<h1>` that says something else is the first section under the title: it is
 *   kept at the start of `rest` as an `<h2>` (same id, text and self-link), so the page has
 *   one `<h1>` and its outline stays in order.
 */
export function splitPageTitle(html: unknown, title: unknown, options: { written: boolean }): { heading: string; rest: string } {
  const parts = splitOpeningHeading(html);
  if (!parts.heading) return parts;
  const text = typeof title === "string" ? title.trim() : typeof title === "number" ? String(title) : "";
  if (!options.written || !text || sameTitle(headingText(parts.heading), text)) return parts;
  return { heading: "", rest: demoteHeading(parts.heading) + parts.rest };
}

const NAMED_ENTITIES: Record<string, string> = { nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Text of an HTML fragment, whitespace collapsed, cut at a word boundary. */
export function plainExcerpt(html: unknown, maxLength = 200): string {
  if (typeof html !== "string") return "";
  const text = html
    .replace(/<(script|style|pre)\b[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]+>/g, " ")
    // One pass, so `&amp;lt;` stays the text `&lt;` rather than becoming `<`.
    .replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (entity, dec?: string, hex?: string, name?: string) => {
      if (dec || hex) {
        const code = dec ? Number(dec) : parseInt(hex ?? "", 16);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
      }
      return NAMED_ENTITIES[name?.toLowerCase() ?? ""] ?? entity;
    })
    .replace(/\s+/g, " ")
    .trim();
  if (text.length <= maxLength) return text;
  // One character more, so a word that ends exactly at maxLength is kept.
  const space = text.slice(0, maxLength + 1).lastIndexOf(" ");
  const cut = space > maxLength * 0.6 ? text.slice(0, space) : text.slice(0, maxLength);
  return `${cut.replace(/[\s,.;:–-]+$/, "")}…`;
}

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text made safe to place in HTML, in element content or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}
