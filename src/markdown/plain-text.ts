// Heading text as a reader sees it. markdown-it-anchor already hands slugify the
// plain text of a heading, but the link checker and the meeting parser read raw
// Markdown lines ("## **8 Dec 2023** – [Case study](/x)"), and both must reach
// the same slug as the renderer.

const ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith("#")) {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Strips HTML tags and inline Markdown markers, keeping the visible words.
 * Underscores inside words (snake_case) survive, as they do in GitHub slugs.
 */
export function plainHeadingText(raw: string): string {
  return decodeEntities(
    raw
      .replace(/<!--.*?-->/gsu, "")
      // Only real tags: "a < b > c" is text, not markup.
      .replace(/<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/giu, "")
      // Images keep their alt text, links their label: ![alt](src), [label](href), [label][ref]
      .replace(/!?\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])?/gu, "$1")
      .replace(/`+([^`]*)`+/gu, "$1")
      .replace(/(\*\*|__|~~)(?=\S)(.+?)(?<=\S)\1/gu, "$2")
      .replace(/\*(?=\S)(.+?)(?<=\S)\*/gu, "$1")
      .replace(/(^|[^\p{L}\p{N}_])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, "$1$2"),
  ).trim();
}
