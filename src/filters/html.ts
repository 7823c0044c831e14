/** True when rendered content opens with its own `<h1>`, so the layout must not add one. */
export function opensWithHeading(html: unknown): boolean {
  return typeof html === "string" && /^\s*(?:<!--[\s\S]*?-->\s*)*<h1[\s>]/i.test(html);
}

/** Text of an HTML fragment, whitespace collapsed, cut at a word boundary. */
export function plainExcerpt(html: unknown, maxLength = 200): string {
  if (typeof html !== "string") return "";
  const text = html
    .replace(/<(script|style|pre)[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, " ")
    .trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const space = cut.lastIndexOf(" ");
  return `${(space > maxLength * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, "")}…`;
}
