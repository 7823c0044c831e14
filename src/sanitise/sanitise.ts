// The one HTML sanitiser. Everything the build publishes from content passes through
// `sanitiseHtml`, and the checker asks `sanitiserChanges` what that would remove, so an
// editor hears about it in review instead of finding it missing on the site.
//
// The policy is an allowlist handed to sanitize-html. Both functions make the same
// sanitize-html run with the same options. The hooks in those options watch the run and
// record what it drops; the only thing they change is spelling the policy relies on
// (SVG's `viewBox`, a table cell's `text-align`), and a cell style that is anything more
// than a `text-align` goes whole, where sanitize-html alone would keep the `text-align`.
//
// Two things sanitize-html does silently, with no hook of its own, and how we see them:
// - it drops comments, CDATA sections and `<!DOCTYPE>`/`<?…?>` markup. We give its parser
//   (htmlparser2, through the `parser.Tokenizer` option) a tokenizer that, once made, adds
//   `oncomment`/`onprocessinginstruction` listeners to sanitize-html's own handler, which
//   has none: they note the removal and change nothing else.
// - it decodes text and writes it out again, which would turn `&gt;` into `>` or the
//   other way round, and writes `<br />` for `<br>`. The site's markdown writes `&gt;` and
//   `&quot;`, Prism writes `>` and `"`, so to keep the site's own HTML byte for byte we
//   keep each `>` and `"` written the way it was, and drop the ` /` of void elements.
//   Both are spellings of the same thing, so neither can let markup in.

import { createRequire } from "node:module";
import sanitizeHtml from "sanitize-html";

/** One thing `sanitiseHtml` removes from a fragment, described for an editor. */
export interface SanitiserChange {
  /** The element's name, lower-cased (`script`, `img`); `!--` for a comment. */
  tag: string;
  /** The attribute removed, lower-cased, when only an attribute goes. */
  attribute?: string;
  /** A short description: "the `onerror` attribute of `<img>`". */
  what: string;
}

/**
 * Attributes every allowed element may carry ("*"). None of them can load or run anything.
 * `data-*` is any data attribute: a site's own markdown-it plugins add them, and browsers
 * give them no meaning (the site's scripts read only mermaid's `data-processed`).
 */
const GLOBAL_ATTRIBUTES = ["id", "class", "title", "lang", "dir", "aria-hidden", "aria-label", "data-*"];
const TABLE_CELL = ["colspan", "rowspan", "scope", "style"];
const NO_MORE: readonly string[] = [];

/**
 * The elements the sanitiser keeps, each with the attributes it keeps on them besides the
 * global ones under "*". Everything else is removed. `href` and `src` must also pass the
 * scheme check (see URL_SCHEMES), and `style` on table cells may only set `text-align`.
 */
export const ALLOWED_HTML: Readonly<Record<string, readonly string[]>> = Object.freeze({
  "*": GLOBAL_ATTRIBUTES,
  ...Object.fromEntries(
    [
      ...["h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "blockquote", "ul", "dl", "dt", "dd"],
      ...["pre", "code", "em", "strong", "b", "i", "u", "s", "mark", "small", "sup", "sub", "kbd", "abbr"],
      ...["cite", "q", "dfn", "var", "samp", "figure", "figcaption", "table", "caption", "thead"],
      ...["tbody", "tfoot", "tr", "summary", "div", "span", "section"],
    ].map((tag) => [tag, NO_MORE]),
  ),
  ol: ["start", "reversed", "type"],
  li: ["value"],
  del: ["datetime"],
  ins: ["datetime"],
  time: ["datetime"],
  a: ["href", "rel"],
  img: ["src", "alt", "width", "height", "loading"],
  th: TABLE_CELL,
  td: TABLE_CELL,
  details: ["open"],
  // The icon markdown-it-github-alerts puts in each alert's title.
  svg: ["viewBox", "version", "width", "height"],
  path: ["d"],
});

/** Schemes a link may use (relative links and #fragments need none); images only load over http(s). */
const URL_SCHEMES = { links: ["http", "https", "mailto", "tel"], img: ["http", "https"] };
/** Attributes that hold a URL among those allowed, for describing why one was removed. */
const URL_ATTRIBUTES = new Set(["href", "src"]);

/**
 * Elements removed together with everything inside them: their content is code, a raw-text
 * trick (a browser reads `<noscript>` or `<xmp>` content differently from what it looks like)
 * or fallback for something we do not embed. Any other removed element keeps its content.
 */
const REMOVED_WITH_CONTENT = [
  ...["script", "style", "template", "noscript", "noembed", "noframes", "plaintext", "xmp"],
  ...["textarea", "title", "option", "iframe", "object", "applet"],
];

/** Void elements: sanitize-html writes them as `<br />`, markdown-it as `<br>`. */
const VOID_ELEMENTS = ["area", "base", "basefont", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

/** The only table-cell style kept, `text-align` as markdown-it writes it for aligned columns. */
const TEXT_ALIGN_STYLE = /^\s*text-align\s*:\s*(left|right|center)\s*;?\s*$/iu;
const TEXT_ALIGN_VALUE = /^(?:left|right|center)$/u;

/** The HTML parser lower-cases attribute names; inside `<svg>` a browser restores this one's case. */
const SVG_ATTRIBUTE_CASE: Readonly<Record<string, string>> = { viewbox: "viewBox" };

const ALLOWED_TAGS = new Set(Object.keys(ALLOWED_HTML).filter((tag) => tag !== "*"));
const REMOVED_WITH_CONTENT_SET = new Set(REMOVED_WITH_CONTENT);
const VOID_SET = new Set(VOID_ELEMENTS);

// ---------------------------------------------------------------------------------------
// What one run records. sanitize-html is synchronous and our options are only used here,
// so the hooks find the run in progress in `current`.

type Attributes = sanitizeHtml.Attributes;

/** An element kept: which of its attributes survive is known only when sanitize-html closes it. */
interface KeptElement {
  /** Its name to the parser, and as written, lower-cased (they differ for `<image>`). */
  parsed: string;
  tag: string;
  written: Attributes;
  /** Its attribute names as sanitize-html sees them, after our renaming. */
  names: string[];
  removed?: string[];
}

interface Run {
  source: string;
  /** The source lower-cased, made when first needed. */
  lowerSource?: string;
  parser?: ParserState;
  /** Changes and kept elements in document order (an element's own changes follow it). */
  entries: (SanitiserChange | KeptElement)[];
  kept: Map<Attributes, KeptElement>;
  /** Where each kept void element starts in the output. */
  voidTagStarts: number[];
}

let current: Run | undefined;

function lowerSource(run: Run): string {
  run.lowerSource ??= run.source.toLowerCase();
  return run.lowerSource;
}

// ---------------------------------------------------------------------------------------
// The parser hook. sanitize-html bundles its own htmlparser2, so take the tokenizer from
// there: that is the parser sanitize-html runs.

/**
 * What we read of htmlparser2's Parser. `endIndex` is where the event being handled ends in
 * the source (its `startIndex` is not used: it runs late after an end tag such as `</b >`).
 */
interface ParserState {
  endIndex: number;
  /** sanitize-html's handler; it has no comment or processing-instruction listener. */
  cbs?: { oncomment?: (data: string) => void; onprocessinginstruction?: (name: string) => void };
}

type TokenizerClass = new (options: object, parser: ParserState) => object;
const requireFromSanitizeHtml = createRequire(createRequire(import.meta.url).resolve("sanitize-html"));
const { Tokenizer } = requireFromSanitizeHtml("htmlparser2") as { Tokenizer: TokenizerClass };

class ObservingTokenizer extends Tokenizer {
  constructor(options: object, parser: ParserState) {
    super(options, parser);
    const run = current;
    // Only the outermost parser of a run is watched (sanitize-html parses nothing else
    // while our options keep <iframe> content out).
    if (!run || run.parser || !parser.cbs) return;
    run.parser = parser;
    parser.cbs.oncomment = (data) => run.entries.push(describeBogusMarkup(run, data, parser.endIndex));
    // In HTML, the only processing instruction htmlparser2 reports is a <!DOCTYPE>.
    parser.cbs.onprocessinginstruction = () => run.entries.push({ tag: "!doctype", what: "the `<!DOCTYPE>` declaration" });
  }
}

type ParserTokenizer = NonNullable<NonNullable<sanitizeHtml.IOptions["parser"]>["Tokenizer"]>;

// ---------------------------------------------------------------------------------------
// Descriptions.

/** Whether `markup` ends at `end` (inclusive) in `source`. */
function endsAt(source: string, markup: string, end: number): boolean {
  return source.startsWith(markup, end + 1 - markup.length);
}

/**
 * A comment, or what the parser reads as one: a CDATA section, `<!…>`, `<?…>`, `</3>`.
 * `data` is the text between its delimiters and `end` the index of its closing `>`.
 */
function describeBogusMarkup(run: Run, data: string, end: number): SanitiserChange {
  const source = run.source;
  if (endsAt(source, `</${data}>`, end)) return { tag: "/", what: "the malformed end tag" };
  if (endsAt(source, `<!${data}>`, end)) {
    return data.startsWith("[CDATA[") ? { tag: "![cdata[", what: "the CDATA section" } : { tag: "!", what: "the `<!…>` markup declaration" };
  }
  if (data.startsWith("?") && endsAt(source, `<${data}>`, end)) return { tag: "?", what: "the `<?…?>` processing instruction" };
  // A comment (its `<!--` is the nearest one before its end), or something left open at
  // the end of the fragment.
  const lower = lowerSource(run);
  const opener = ["!--", "![cdata[", "?", "!", "/"].find((tag) => lower.lastIndexOf(`<${tag}`, end) >= 0) ?? "!--";
  return { tag: opener, what: opener === "!--" ? "the HTML comment" : "the unfinished markup declaration" };
}

/** `parsed` is the element's name to the parser, `name` as written (they differ for `<image>`). */
function describeRemovedElement(parsed: string, name: string): SanitiserChange {
  const lower = parsed.toLowerCase();
  if (REMOVED_WITH_CONTENT_SET.has(lower)) return { tag: name, what: `the \`<${name}>\` element and everything inside it` };
  if (VOID_SET.has(lower)) return { tag: name, what: `the \`<${name}>\` element` };
  return { tag: name, what: `the \`<${name}>\` tags (what is inside them is kept)` };
}

/** The scheme a browser would read from a URL, lower-cased (it ignores control characters and spaces). */
export function schemeOf(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/iu.exec(url.replace(/[\u0000-\u0020]+/gu, ""))?.[1]?.toLowerCase();
}

/**
 * Whether a link taken from front matter or settings (a group's `channel`) may be published
 * as an `href`: relative, or web, `mailto:` or `tel:`, as the sanitiser allows in content.
 */
export function isSafeLink(url: string): boolean {
  const scheme = schemeOf(url);
  return scheme === undefined || URL_SCHEMES.links.includes(scheme);
}

/** Whether an image address from front matter may be published as a `src`: relative, or http(s). */
export function isSafeImage(url: string): boolean {
  const scheme = schemeOf(url);
  return scheme === undefined || URL_SCHEMES.img.includes(scheme);
}

function isAllowedAttribute(tag: string, attribute: string): boolean {
  const allowed = (name: string) => name === attribute || (name.endsWith("*") && attribute.startsWith(name.slice(0, -1)));
  return (ALLOWED_HTML["*"] ?? []).some(allowed) || (ALLOWED_HTML[tag] ?? []).some(allowed);
}

function describeRemovedAttribute(element: KeptElement, attribute: string, value: string): SanitiserChange {
  const name = attribute.toLowerCase();
  const change = { tag: element.tag, attribute: name };
  const of = `\`${name}\` of \`<${change.tag}>\``;
  if (name.startsWith("on")) return { ...change, what: `the \`${name}\` attribute of \`<${change.tag}>\` (event handlers run scripts)` };
  if (isAllowedAttribute(element.parsed, attribute)) {
    const scheme = URL_ATTRIBUTES.has(name) ? schemeOf(value) : undefined;
    if (scheme) return { ...change, what: `the \`${scheme}:\` ${name === "href" ? "link" : "URL"} in ${of}` };
    if (name === "style") return { ...change, what: `the \`style\` attribute of \`<${change.tag}>\` (only \`text-align: left|right|center\` is kept)` };
    if (value === "") return { ...change, what: `the empty ${of}` };
  }
  return { ...change, what: `the \`${name}\` attribute of \`<${change.tag}>\`` };
}

// ---------------------------------------------------------------------------------------
// The hooks.

/**
 * An element's name as written, lower-cased, so the checker can find `<name` in the source.
 * The parser lower-cases names (and SVG's camelCase ones); the one name it changes is
 * `<image>`, which it reads as `<img>`, as browsers do. The nearest `<im` before the end of
 * the tag is where it starts (searching no further keeps a page of many images linear).
 */
function writtenName(run: Run, parsed: string): string {
  if (parsed !== "img" || !run.parser) return parsed.toLowerCase();
  const lower = lowerSource(run);
  const start = lower.lastIndexOf("<im", run.parser.endIndex);
  return start >= 0 && lower.startsWith("<image", start) ? "image" : "img";
}

/** Attributes as sanitize-html should check them: SVG's `viewBox` recased, a cell's `text-align` in one spelling. */
function adjustAttributes(tag: string, attribs: Attributes): Attributes {
  const adjusted: Attributes = {};
  for (const [name, value] of Object.entries(attribs)) {
    const adjustedName = tag === "svg" ? (SVG_ATTRIBUTE_CASE[name] ?? name) : name;
    if (name === "style" && (tag === "td" || tag === "th")) {
      const align = TEXT_ALIGN_STYLE.exec(value)?.[1];
      if (align) adjusted[name] = `text-align:${align.toLowerCase()}`;
      continue;
    }
    adjusted[adjustedName] = value;
  }
  return adjusted;
}

/** transformTags["*"]: notes each removed element, and prepares each kept one for the diff at its end. */
function observeOpenTag(tagName: string, attribs: Attributes): sanitizeHtml.Tag {
  const run = current;
  if (!run) return { tagName, attribs };
  const name = writtenName(run, tagName);
  if (!ALLOWED_TAGS.has(tagName)) {
    run.entries.push(describeRemovedElement(tagName, name));
    return { tagName, attribs };
  }
  const written = adjustAttributes(tagName, attribs);
  const names = Object.keys(attribs).map((name) => (tagName === "svg" ? (SVG_ATTRIBUTE_CASE[name] ?? name) : name));
  const element: KeptElement = { parsed: tagName, tag: name, written: attribs, names };
  run.entries.push(element);
  run.kept.set(written, element);
  return { tagName, attribs: written };
}

/** exclusiveFilter: at a kept element's end, the attributes sanitize-html deleted are gone from its frame. */
function observeClosedElement(frame: sanitizeHtml.IFrame): boolean {
  const element = current?.kept.get(frame.attribs);
  if (!element || !current) return false;
  element.removed = element.names.filter((name) => !Object.hasOwn(frame.attribs, name));
  if (VOID_SET.has(frame.tag)) current.voidTagStarts.push(frame.tagPosition);
  return false;
}

/** Undoes sanitize-html's escaping of text (it escapes `&`, `<` and `>`, nothing else). */
function unescapeText(escaped: string): string {
  return escaped.replace(/&(amp|lt|gt);/gu, (_, name: string) => ({ amp: "&", lt: "<", gt: ">" })[name] ?? "");
}

/**
 * textFilter: keeps `>` and `"` in text as they were written. htmlparser2 hands each
 * character reference to sanitize-html as a piece of text of its own, so a piece that ends
 * the source just before the parser's `endIndex` was written literally; anything else came
 * from a reference (`&gt;`, `&quot;`).
 */
function keepTextSpelling(escaped: string): string {
  const parser = current?.parser;
  if (!parser || !current) return escaped;
  const literal = endsAt(current.source, unescapeText(escaped), parser.endIndex);
  return literal ? escaped.replaceAll("&gt;", ">") : escaped.replaceAll('"', "&quot;");
}

/** Removes the ` /` sanitize-html adds to void elements; attribute values never hold a raw `>`. */
function withoutSelfClosingSlashes(output: string, tagStarts: readonly number[]): string {
  let result = "";
  let from = 0;
  for (const start of tagStarts) {
    const end = output.indexOf(">", start);
    if (end < 2 || output.slice(end - 2, end) !== " /") continue;
    result += output.slice(from, end - 2);
    from = end;
  }
  return result + output.slice(from);
}

// ---------------------------------------------------------------------------------------
// The options, built once.

/** sanitize-html 2.18 reads this option; its type definitions do not list it yet. */
type Options = sanitizeHtml.IOptions & { allowedEmptyAttributes?: string[] };

const OPTIONS: Options = {
  allowedTags: [...ALLOWED_TAGS],
  allowedAttributes: Object.fromEntries(Object.entries(ALLOWED_HTML).map(([tag, attributes]) => [tag, [...attributes]])),
  // An empty link goes to this page and an empty image loads nothing; markdown-it writes both.
  allowedEmptyAttributes: ["alt", "href", "src", "title"],
  allowedSchemes: URL_SCHEMES.links,
  allowedSchemesByTag: { img: URL_SCHEMES.img },
  allowProtocolRelative: true,
  allowedStyles: { td: { "text-align": [TEXT_ALIGN_VALUE] }, th: { "text-align": [TEXT_ALIGN_VALUE] } },
  disallowedTagsMode: "discard",
  nonTextTags: REMOVED_WITH_CONTENT,
  selfClosing: VOID_ELEMENTS,
  enforceHtmlBoundary: false,
  transformTags: { "*": observeOpenTag },
  exclusiveFilter: observeClosedElement,
  textFilter: keepTextSpelling,
  parser: { decodeEntities: true, Tokenizer: ObservingTokenizer as unknown as ParserTokenizer },
};

function flatten(entries: Run["entries"]): SanitiserChange[] {
  return entries.flatMap((entry) => {
    if (!("names" in entry)) return [entry];
    // An element sanitize-html never closed did not come through as it was written.
    if (!entry.removed) return [{ tag: entry.tag, what: `the \`<${entry.tag}>\` element` }];
    return entry.removed.map((name) => describeRemovedAttribute(entry, name, entry.written[name] ?? ""));
  });
}

/** One sanitize-html run: its output and what it removed. */
function sanitiseOnce(html: string): { html: string; changes: SanitiserChange[] } {
  const run: Run = { source: html, entries: [], kept: new Map(), voidTagStarts: [] };
  current = run;
  try {
    const output = sanitizeHtml(html, OPTIONS);
    return { html: withoutSelfClosingSlashes(output, run.voidTagStarts), changes: flatten(run.entries) };
  } finally {
    current = undefined;
  }
}

/** At most this many further runs settle the output's structure (one always has, so far). */
const SETTLING_RUNS = 3;

/**
 * The run behind both exports. When something was removed, the output can nest differently
 * when read again: a removed element that was still open kept htmlparser2 from closing a
 * `<p>` before a `<table>`, say. Sanitising the output again (same options) settles it, so
 * that publishing sanitised HTML twice changes nothing. What is reported is the first run's.
 */
function sanitise(html: string): { html: string; changes: SanitiserChange[] } {
  const first = sanitiseOnce(html);
  let output = first.html;
  for (let runs = 0; first.changes.length > 0 && runs < SETTLING_RUNS; runs++) {
    const again = sanitiseOnce(output).html;
    if (again === output) break;
    output = again;
  }
  return { html: output, changes: first.changes };
}

/** HTML made safe to publish: only the elements and attributes in ALLOWED_HTML remain. */
export function sanitiseHtml(html: string): string {
  return sanitise(html).html;
}

/**
 * Elements whose removal an editor must hear about as an error: kept, they would run, load,
 * navigate, submit or animate something (or, removed with their content, take text away).
 */
const HAZARDOUS_ELEMENTS = new Set([
  ...REMOVED_WITH_CONTENT,
  ...["base", "meta", "link", "embed", "frame", "frameset", "portal", "form", "input", "button", "select"],
  ...["animate", "animatemotion", "animatetransform", "set", "use", "foreignobject", "image", "video", "audio"],
  ...["source", "track", "picture", "canvas", "dialog", "math", "area", "map"],
]);
/** Attributes that hold a URL a browser follows or loads, or markup it reads as a page. */
const HAZARDOUS_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "srcset", "srcdoc", "ping", "http-equiv"]);

/**
 * Whether a removal is one an editor must fix (an error) rather than be told about (a
 * warning): an event handler, a refused URL, or an element in HAZARDOUS_ELEMENTS. Removed
 * comments, presentational tags (`<center>`) and attributes (`align`) lose no text and run nothing.
 */
export function isHazard(change: SanitiserChange): boolean {
  if (change.attribute !== undefined) return change.attribute.startsWith("on") || HAZARDOUS_ATTRIBUTES.has(change.attribute);
  return HAZARDOUS_ELEMENTS.has(change.tag);
}

/** What `sanitiseHtml` removes from a fragment, in document order; [] when it keeps it as it is. */
export function sanitiserChanges(html: string): SanitiserChange[] {
  // The first run is the one that removes things; the settling runs only renest.
  return sanitiseOnce(html).changes;
}
