// What a browser would find executable (or able to load or navigate somewhere) in an HTML
// fragment. The fragment is parsed by parse5, a spec-compliant parser, in a <body> as the
// site's layouts place content, with scripting on (so <noscript> is raw text, as in a
// browser that runs our pages) — not by the sanitiser's own parser, whose mistakes are what
// these tests look for.

import { defaultTreeAdapter, html as parse5Html, parseFragment, type DefaultTreeAdapterTypes } from "parse5";

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** Elements that run code, load something, navigate or submit by being there. */
const EXECUTABLE_ELEMENTS = new Set([
  ...["script", "iframe", "frame", "frameset", "object", "embed", "applet", "portal", "base", "meta", "link", "style"],
  ...["form", "input", "button", "select", "textarea", "animate", "set", "animatemotion", "animatetransform", "animatecolor"],
  ...["use", "foreignobject", "handler", "listener"],
]);

/** Attributes a browser reads as a URL (srcset holds a list of them). */
const URL_ATTRIBUTES = new Set([
  ...["href", "src", "action", "formaction", "poster", "cite", "background", "data", "codebase", "ping"],
  ...["longdesc", "lowsrc", "dynsrc", "usemap", "manifest", "xlink:href", "srcset", "imagesrcset", "srcdoc"],
]);

/** Image types a browser only displays (no SVG: an SVG image can carry script when opened). */
const PASSIVE_DATA_IMAGE = /^data:image\/(?:png|gif|jpeg|webp|avif);/u;

/** The URL as a browser reads its scheme: ASCII whitespace and control characters do not count. */
function schemeText(url: string): string {
  return url.replace(/[\u0000-\u0020\u007f]+/gu, "").toLowerCase();
}

function dangerousUrl(element: string, attribute: string, url: string): boolean {
  const text = schemeText(url);
  if (text.startsWith("javascript:") || text.startsWith("vbscript:")) return true;
  if (!text.startsWith("data:")) return false;
  return !(element === "img" && attribute === "src" && PASSIVE_DATA_IMAGE.test(text));
}

/** A style that can load something or run an old engine's script. */
function loadingStyle(style: string): boolean {
  return /url\s*\(|expression\s*\(|@import|image-set|\\/iu.test(style);
}

function urlsOf(attribute: string, value: string): string[] {
  if (attribute !== "srcset" && attribute !== "imagesrcset") return [value];
  return value.split(",").map((entry) => entry.trim().split(/\s+/u)[0] ?? "");
}

function constructsOf(element: Element): string[] {
  const found: string[] = [];
  const name = element.tagName.toLowerCase();
  if (EXECUTABLE_ELEMENTS.has(name)) found.push(`<${name}>`);
  for (const attr of element.attrs) {
    const attribute = (attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name).toLowerCase();
    if (attr.name.toLowerCase().startsWith("on")) found.push(`${attribute} on <${name}>`);
    if (attribute === "style" && loadingStyle(attr.value)) found.push(`style="${attr.value}" on <${name}>`);
    if (URL_ATTRIBUTES.has(attribute) || attr.name === "href") {
      for (const url of urlsOf(attribute, attr.value)) {
        if (dangerousUrl(name, attribute, url)) found.push(`${attribute}="${url}" on <${name}>`);
      }
    }
  }
  return found;
}

function walk(node: Node, found: string[]): void {
  if (defaultTreeAdapter.isElementNode(node)) {
    found.push(...constructsOf(node));
    if ("content" in node) walk(node.content, found);
  }
  if ("childNodes" in node) for (const child of node.childNodes) walk(child, found);
}

/** A body element to parse fragments in. */
const BODY = defaultTreeAdapter.createElement("body", parse5Html.NS.HTML, []);

/** The fragment as a browser builds it. */
export function parseAsBrowser(html: string): DefaultTreeAdapterTypes.DocumentFragment {
  return parseFragment(BODY, html, { scriptingEnabled: true });
}

/** Every executable construct a browser would find in `html`, described; [] when there is none. */
export function executableConstructs(html: string): string[] {
  const found: string[] = [];
  walk(parseAsBrowser(html), found);
  return found;
}

/**
 * The element names and `name[attribute]` pairs of a fragment as a browser parses it, sorted:
 * a summary of its markup that ignores text, spelling and how the tree is nested.
 */
export function markupSummary(html: string): string[] {
  const seen = new Set<string>();
  const visit = (node: Node): void => {
    if (defaultTreeAdapter.isElementNode(node)) {
      const name = node.tagName.toLowerCase();
      seen.add(name);
      for (const attr of node.attrs) seen.add(`${name}[${(attr.prefix ? `${attr.prefix}:` : "") + attr.name.toLowerCase()}]`);
      if ("content" in node) visit(node.content);
    }
    if ("childNodes" in node) for (const child of node.childNodes) visit(child);
  };
  visit(parseAsBrowser(html));
  return [...seen].sort();
}
