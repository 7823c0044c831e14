/**
 * Attributes of the tags in a piece of raw HTML (`href`, `src` for links; `id`, `name` for
 * anchors), read by htmlparser2, the parser the sanitiser is built on, so the check reads
 * tags as the published page's HTML is read: comments, quoted `>` and unclosed tags included.
 * The parser is a single pass over the text.
 */
import { Parser } from "htmlparser2";
import { decodeHTMLAttribute } from "entities";

/** An attribute value's character references decoded, as a browser reads them. */
export function decodeAttribute(value: string): string {
  return decodeHTMLAttribute(value);
}

/** Values of the named attributes in a piece of raw HTML, comments ignored, in order: decoded, and as written. */
export function htmlAttributes(html: string, names: ReadonlySet<string>): { name: string; value: string; raw: string }[] {
  const out: { name: string; value: string; raw: string }[] = [];
  if (!html.includes("<")) return out;
  const parser = new Parser(
    {
      onattribute(name, raw) {
        if (names.has(name)) out.push({ name, value: decodeHTMLAttribute(raw), raw });
      },
    },
    { decodeEntities: false, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return out;
}
