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
