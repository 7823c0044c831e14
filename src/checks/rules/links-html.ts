/**
 * Attributes of the tags in a piece of raw HTML (`href`, `src` for links; `id`, `name` for
 * anchors), read in time linear in the HTML. A tag is what the expression
 * `<[A-Za-z][\w:-]*(?:\s(?:[^>"']|"[^"]*"|'[^']*')*)?>` matches (quoted values may hold
 * `>`), with comments taken out first; as an expression it read to the end of the text
 * again for every unclosed tag (`<div><a <a <a …`), so it is written out as a scan whose
 * outcome from each position is remembered.
 */

const ATTRIBUTE = /(?:^|\s)([A-Za-z_:][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g;

const ENTITIES: Record<string, string> = { amp: "&", quot: '"', apos: "'", lt: "<", gt: ">", nbsp: "\u00a0" };

/** The few character references that turn up in attribute values; others are kept as written. */
export function decodeAttribute(value: string): string {
  return value.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (whole, dec?: string, hex?: string, name?: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return ENTITIES[(name ?? "").toLowerCase()] ?? whole;
  });
}

/** The HTML without its comments (`<!--` to the next `-->`; an unclosed one and what follows are kept). */
export function withoutComments(html: string): string {
  let out = "";
  let from = 0;
  for (let open = html.indexOf("<!--"); open !== -1; open = html.indexOf("<!--", from)) {
    const close = html.indexOf("-->", open + 4);
    if (close === -1) break;
    out += html.slice(from, open);
    from = close + 3;
  }
  return from === 0 ? html : out + html.slice(from);
}

const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isNameChar = (code: number) => isLetter(code) || (code >= 48 && code <= 57) || code === 95 || code === 58 || code === 45;
const isSpace = (char: string | undefined) => char !== undefined && /\s/.test(char);

/** The text of every tag in `html` (comments included: take them out first), in order. */
export function tagsIn(html: string): string[] {
  const tags: string[] = [];
  const GT = 62;
  // Where the attribute part of a tag ends when read from an offset: just after its `>`, -1
  // when it never closes, 0 when not known yet. Two tags read on from a shared offset alike.
  let known: Int32Array | undefined;
  const attributesEnd = (from: number): number => {
    known ??= new Int32Array(html.length + 1);
    const passed: number[] = [];
    let at = from;
    let end = -1;
    for (;;) {
      if (at >= html.length) break;
      if (known[at] !== 0) {
        end = known[at]!;
        break;
      }
      passed.push(at);
      const char = html[at]!;
      if (char === ">") {
        end = at + 1;
        break;
      }
      if (char === '"' || char === "'") {
        const close = html.indexOf(char, at + 1);
        if (close === -1) break;
        at = close + 1;
      } else at++;
    }
    for (const offset of passed) known[offset] = end;
    return end;
  };
  for (let at = html.indexOf("<"); at !== -1; ) {
    let end = -1;
    if (isLetter(html.charCodeAt(at + 1))) {
      let name = at + 2;
      while (name < html.length && isNameChar(html.charCodeAt(name))) name++;
      if (html.charCodeAt(name) === GT) end = name + 1;
      else if (isSpace(html[name])) end = attributesEnd(name + 1);
    }
    if (end === -1) at = html.indexOf("<", at + 1);
    else {
      tags.push(html.slice(at, end));
      at = html.indexOf("<", end);
    }
  }
  return tags;
}

/** Values of the named attributes in a piece of raw HTML, comments ignored, in order. */
export function htmlAttributes(html: string, names: ReadonlySet<string>): { name: string; value: string; raw: string }[] {
  const out: { name: string; value: string; raw: string }[] = [];
  if (!html.includes("<")) return out;
  for (const tag of tagsIn(withoutComments(html))) {
    for (const match of tag.matchAll(ATTRIBUTE)) {
      const name = (match[1] ?? "").toLowerCase();
      if (!names.has(name)) continue;
      const raw = match[2] ?? match[3] ?? match[4] ?? "";
      out.push({ name, value: decodeAttribute(raw), raw });
    }
  }
  return out;
}
