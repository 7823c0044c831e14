import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ALLOWED_HTML, sanitiseHtml, sanitiserChanges, type SanitiserChange } from "../../src/sanitise/sanitise.ts";
import { createMarkdown } from "../../src/markdown/index.ts";
import { executableConstructs } from "./executableConstructs.ts";

/** A hostile input and a change the sanitiser must report for it. */
interface Hostile {
  html: string;
  tag: string;
  attribute?: string;
}

const ALERT = "alert(1)";
const onerror = (tag = "img"): Omit<Hostile, "html"> => ({ tag, attribute: "onerror" });

const HOSTILE: Record<string, Hostile[]> = {
  "script elements": [
    { html: `<script>${ALERT}</script>`, tag: "script" },
    { html: `<SCRIPT SRC="https://evil.example/x.js"></SCRIPT>`, tag: "script" },
    { html: `<p>a<script>${ALERT}`, tag: "script" },
    { html: `<svg><script>${ALERT}</script></svg>`, tag: "script" },
    { html: `<scr<script>ipt>${ALERT}</script>`, tag: "scr<script" },
  ],
  "event handler attributes": [
    { html: `<img src=x onerror=${ALERT}>`, ...onerror() },
    { html: `<svg onload=${ALERT}></svg>`, tag: "svg", attribute: "onload" },
    { html: `<details open ontoggle=${ALERT}><summary>x</summary></details>`, tag: "details", attribute: "ontoggle" },
    { html: `<p OnClick="${ALERT}">x</p>`, tag: "p", attribute: "onclick" },
    { html: `<a href="/x" onmouseover='${ALERT}'>x</a>`, tag: "a", attribute: "onmouseover" },
    { html: `<img/src="x"/onerror=${ALERT}>`, ...onerror() },
  ],
  "javascript: links, however spelt": [
    { html: `<a href="javascript:${ALERT}">x</a>`, tag: "a", attribute: "href" },
    { html: `<a href="JaVaScRiPt:${ALERT}">x</a>`, tag: "a", attribute: "href" },
    { html: `<a href="   javascript:${ALERT}">x</a>`, tag: "a", attribute: "href" },
    { html: `<a href="jav&#x09;ascript:${ALERT}">x</a>`, tag: "a", attribute: "href" },
    { html: `<a href="&#106;avascript:${ALERT}">x</a>`, tag: "a", attribute: "href" },
    { html: `<a href="java&#x0A;script&#x3A;${ALERT}">x</a>`, tag: "a", attribute: "href" },
    { html: `<a href="&#x01;javascript:${ALERT}">x</a>`, tag: "a", attribute: "href" },
    { html: `<a href=javascript:${ALERT}>x</a>`, tag: "a", attribute: "href" },
  ],
  "vbscript: and data: URLs": [
    { html: `<a href="vbscript:msgbox(1)">x</a>`, tag: "a", attribute: "href" },
    { html: `<a href="data:text/html,<script>${ALERT}</script>">x</a>`, tag: "a", attribute: "href" },
    { html: `<a href="DATA:text/html;base64,PHNjcmlwdD4=">x</a>`, tag: "a", attribute: "href" },
    { html: `<img src="data:image/svg+xml,<svg onload=alert(1)>">`, tag: "img", attribute: "src" },
    { html: `<img src="javascript:${ALERT}">`, tag: "img", attribute: "src" },
  ],
  "URLs in SVG and other attributes": [
    { html: `<svg><a xlink:href="javascript:${ALERT}"><text>x</text></a></svg>`, tag: "a", attribute: "xlink:href" },
    { html: `<svg><use href="data:image/svg+xml,<svg id='x'/>#x"/></svg>`, tag: "use" },
    { html: `<svg><foreignObject><img src=x onerror=${ALERT}></foreignObject></svg>`, tag: "foreignobject" },
    { html: `<img src="/a.png" srcset="javascript:${ALERT} 1x">`, tag: "img", attribute: "srcset" },
    { html: `<blockquote cite="javascript:${ALERT}">x</blockquote>`, tag: "blockquote", attribute: "cite" },
    { html: `<table background="javascript:${ALERT}"><tr><td>x</td></tr></table>`, tag: "table", attribute: "background" },
  ],
  "SVG animation": [
    { html: `<svg><animate attributeName="href" values="javascript:${ALERT}"/></svg>`, tag: "animate" },
    { html: `<svg><a><set attributeName="href" to="javascript:${ALERT}"/><text>x</text></a></svg>`, tag: "set" },
    { html: `<svg><animateMotion dur="1s"/></svg>`, tag: "animatemotion" },
    { html: `<svg><animateTransform attributeName="transform"/></svg>`, tag: "animatetransform" },
  ],
  "base, meta and link": [
    { html: `<base href="https://elsewhere.example/">`, tag: "base" },
    { html: `<meta http-equiv="refresh" content="0;url=https://evil.example/">`, tag: "meta" },
    { html: `<meta charset="utf-7">`, tag: "meta" },
    { html: `<link rel=stylesheet href="https://evil.example/x.css">`, tag: "link" },
  ],
  "style elements and attributes": [
    { html: `<style>body{background:url(https://evil.example/)}</style>`, tag: "style" },
    { html: `<p style="background:url(https://evil.example/)">x</p>`, tag: "p", attribute: "style" },
    { html: `<td style="background-image:url(x)">x</td>`, tag: "td", attribute: "style" },
    { html: `<table><tr><td style="text-align:right;background:url(x)">x</td></tr></table>`, tag: "td", attribute: "style" },
    { html: `<div style="width:expression(alert(1))">x</div>`, tag: "div", attribute: "style" },
  ],
  forms: [
    { html: `<form action="https://evil.example/"><input name=x><button>Go</button></form>`, tag: "form" },
    { html: `<button formaction="javascript:${ALERT}">x</button>`, tag: "button" },
    { html: `<input type=image src=x onerror=${ALERT}>`, tag: "input" },
    { html: `<select><option>x</option></select>`, tag: "select" },
  ],
  "embedded documents": [
    { html: `<iframe src="https://evil.example/"></iframe>`, tag: "iframe" },
    { html: `<iframe srcdoc="<script>${ALERT}</script>"></iframe>`, tag: "iframe" },
    { html: `<object data="https://evil.example/x.swf"></object>`, tag: "object" },
    { html: `<embed src="https://evil.example/x.swf">`, tag: "embed" },
    { html: `<frameset><frame src="https://evil.example/"></frameset>`, tag: "frame" },
    { html: `<applet code="x"></applet>`, tag: "applet" },
  ],
  "comment tricks": [
    { html: `<!--><img src=x onerror=${ALERT}>-->`, tag: "!--" },
    { html: `<!-- --!><img src=x onerror=${ALERT}>-->`, tag: "!--" },
    { html: `<!--->`, tag: "!--" },
    { html: `<!-- <script>${ALERT}</script> -->`, tag: "!--" },
    { html: `<![CDATA[<img src=x onerror=${ALERT}>]]>`, tag: "![cdata[" },
    { html: `<?xml version="1.0"?><img src=x onerror=${ALERT}>`, tag: "?" },
  ],
  "raw-text elements": [
    { html: `<textarea><img src=x onerror=${ALERT}></textarea>`, tag: "textarea" },
    { html: `<noscript><img src=x onerror=${ALERT}></noscript>`, tag: "noscript" },
    { html: `<noscript><p title="</noscript><img src=x onerror=${ALERT}>"></noscript>`, tag: "noscript" },
    { html: `<title><img src=x onerror=${ALERT}></title>`, tag: "title" },
    { html: `<xmp><img src=x onerror=${ALERT}></xmp>`, tag: "xmp" },
    { html: `<noembed><img src=x onerror=${ALERT}></noembed>`, tag: "noembed" },
    { html: `<noframes><img src=x onerror=${ALERT}></noframes>`, tag: "noframes" },
    { html: `<plaintext><img src=x onerror=${ALERT}>`, tag: "plaintext" },
    { html: `<template><img src=x onerror=${ALERT}></template>`, tag: "template" },
    { html: `<svg><style><img src=x onerror=${ALERT}></style></svg>`, tag: "style" },
    { html: `<math><mtext><table><mglyph><style><img src=x onerror=${ALERT}>`, tag: "math" },
    { html: `<svg></p><style><a id="</style><img src=1 onerror=${ALERT}>">`, tag: "style" },
    { html: `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${ALERT}>`, tag: "form" },
  ],
  "nested and unclosed tags": [
    { html: `<div><p><b><i><img src=x onerror=${ALERT}>`, ...onerror() },
    { html: `<a href="javascript:${ALERT}"><a href="/ok">x`, tag: "a", attribute: "href" },
    { html: `<table><tr><td><script>${ALERT}</script>`, tag: "script" },
    { html: `<<script>script>${ALERT}<</script>/script>`, tag: "script" },
    { html: `<svg><p><svg onload=${ALERT}>`, tag: "svg", attribute: "onload" },
  ],
};

/** The change reported for a hostile input names what is removed, as the input spells it. */
function hasChange(changes: SanitiserChange[], expected: Hostile): boolean {
  return changes.some((change) => change.tag === expected.tag && (expected.attribute === undefined || change.attribute === expected.attribute));
}

describe("sanitiseHtml removes what could run, load or navigate", () => {
  for (const [hostileClass, variants] of Object.entries(HOSTILE)) {
    it(`${hostileClass}`, () => {
      for (const variant of variants) {
        const output = sanitiseHtml(variant.html);
        expect(executableConstructs(output), `${variant.html} -> ${output}`).toEqual([]);
        const changes = sanitiserChanges(variant.html);
        expect(hasChange(changes, variant), `${variant.html}: ${JSON.stringify(changes)}`).toBe(true);
        // The checker finds each change by searching the source for `<tag` and the attribute.
        for (const change of changes) {
          expect(variant.html.toLowerCase()).toContain(`<${change.tag}`);
          if (change.attribute) expect(variant.html.toLowerCase()).toContain(change.attribute);
          expect(change.what).toMatch(/^the /u);
        }
      }
    });
  }

  it("finds the hostile fixtures executable before sanitising, so the checks above can fail", () => {
    const live = Object.values(HOSTILE)
      .flat()
      .filter((variant) => executableConstructs(variant.html).length > 0);
    // Raw-text, comment and CDATA tricks are inert as written; the rest are live.
    expect(live.length).toBeGreaterThan(45);
    expect(executableConstructs(`<a href="jav&#x09;ascript:x">x</a>`)).toEqual(['href="jav\tascript:x" on <a>']);
  });

  it("keeps the text of raw-text elements out of the output as markup", () => {
    for (const tag of ["textarea", "noscript", "title", "xmp", "noembed", "noframes", "template"]) {
      const output = sanitiseHtml(`<p>a</p><${tag}><img src=x onerror=1><b>bold</b></${tag}><p>b</p>`);
      expect(output, tag).toBe("<p>a</p><p>b</p>");
    }
    // <plaintext> never ends: everything after it is its text, and goes with it.
    expect(sanitiseHtml(`<p>a</p><plaintext><b>x</b></plaintext><p>b</p>`)).toBe("<p>a</p>");
  });

  it("drops an unfinished tag at the end, as a browser does, and reports nothing", () => {
    const html = `<p>a</p><img src="x" onerror="${ALERT}"`;
    expect(executableConstructs(html)).toEqual([]);
    expect(sanitiseHtml(html)).toBe("<p>a</p>");
    expect(sanitiserChanges(html)).toEqual([]);
  });

  it("drops data: URLs everywhere, images included (one rule is simpler to trust)", () => {
    const png = "data:image/png;base64,iVBORw0KGgo=";
    expect(sanitiseHtml(`<img src="${png}" alt="x">`)).toBe(`<img alt="x">`);
    expect(sanitiserChanges(`<img src="${png}" alt="x">`)).toEqual([
      { tag: "img", attribute: "src", what: "the `data:` URL in `src` of `<img>`" },
    ]);
  });
});

describe("sanitiserChanges", () => {
  it("lists the changes in document order, with descriptions for an editor", () => {
    const html = `<p onclick="x">a</p><script>x</script><!-- note --><a href="JavaScript:x" title="t">b</a><font>c</font><base href="/">`;
    expect(sanitiserChanges(html)).toEqual([
      { tag: "p", attribute: "onclick", what: "the `onclick` attribute of `<p>` (event handlers run scripts)" },
      { tag: "script", what: "the `<script>` element and everything inside it" },
      { tag: "!--", what: "the HTML comment" },
      { tag: "a", attribute: "href", what: "the `javascript:` link in `href` of `<a>`" },
      { tag: "font", what: "the `<font>` tags (what is inside them is kept)" },
      { tag: "base", what: "the `<base>` element" },
    ]);
  });

  it("names elements and attributes as written, lower-cased", () => {
    expect(sanitiserChanges(`<IMAGE SRC=x ONERROR=y>`)).toEqual([
      { tag: "image", attribute: "onerror", what: "the `onerror` attribute of `<image>` (event handlers run scripts)" },
    ]);
    expect(sanitiserChanges(`<svg><animateMotion/></svg>`)).toEqual([{ tag: "animatemotion", what: "the `<animatemotion>` tags (what is inside them is kept)" }]);
  });

  it("says why a kept attribute had to go", () => {
    const whats = (html: string): string[] => sanitiserChanges(html).map((change) => change.what);
    expect(whats(`<img src="vbscript:x">`)).toEqual(["the `vbscript:` URL in `src` of `<img>`"]);
    expect(whats(`<img src="ftp://x/a.png">`)).toEqual(["the `ftp:` URL in `src` of `<img>`"]);
    expect(whats(`<td style="color:red">x</td>`)).toEqual(["the `style` attribute of `<td>` (only `text-align: left|right|center` is kept)"]);
    expect(whats(`<p id="">x</p>`)).toEqual(["the empty `id` of `<p>`"]);
    expect(whats(`<a target="_blank" href="/x">x</a>`)).toEqual(["the `target` attribute of `<a>`"]);
  });

  it("reports nothing for spelling the serialiser normalises", () => {
    for (const html of [
      `<p class='a'   id=b>x</p>`,
      `<P>x</P>`,
      `<br/><hr/><img src="a.png" alt="">`,
      `<a href>x</a>`,
      `<p>&copy; &nbsp; &#39; &lt; &gt; &quot; &amp; > " '</p>`,
      `<table><tr><td style="TEXT-ALIGN: Right;">x</td></tr></table>`,
      `<svg viewbox="0 0 1 1"><path d="M0 0"/></svg>`,
    ]) {
      expect(sanitiserChanges(html), html).toEqual([]);
    }
    expect(sanitiseHtml(`<p class='a'   id=b>x</p>`)).toBe(`<p class="a" id="b">x</p>`);
    expect(sanitiseHtml(`<td style="TEXT-ALIGN: Right;">x</td>`)).toBe(`<td style="text-align:right">x</td>`);
    expect(sanitiseHtml(`<svg viewbox="0 0 1 1"><path d="M0 0"/></svg>`)).toBe(`<svg viewBox="0 0 1 1"><path d="M0 0"></path></svg>`);
  });

  it("keeps > and \" in text as they were written, and writes void elements without a slash", () => {
    const html = `<p>a > b &gt; c " d &quot; e</p><br><hr class="x"><img src="/a.png" alt="">`;
    expect(sanitiseHtml(html)).toBe(html);
    // A `<` in text is always written as a reference, however it was written.
    expect(sanitiseHtml("<p>1 < 2 &lt; 3 <</p>")).toBe("<p>1 &lt; 2 &lt; 3 &lt;</p>");
  });
});

describe("data attributes", () => {
  it("keeps data-* attributes, which browsers give no meaning, and no look-alike", () => {
    const html = '<p data-fixture="yes" data-x-y="1">a</p>';
    expect(sanitiseHtml(html)).toBe(html);
    expect(sanitiserChanges('<p datafoo="1" data="2">a</p>').map((change) => change.attribute)).toEqual(["datafoo", "data"]);
  });
});

describe("ALLOWED_HTML", () => {
  /** A plausible value for an allowed attribute. */
  const valueFor = (attribute: string): string =>
    ({ href: "https://example.org/a", src: "/a.png", style: "text-align:center", viewBox: "0 0 16 16", d: "M0 0h1", open: "" })[attribute] ?? "1";

  it("keeps every element and attribute it lists, unchanged", () => {
    const globals = ALLOWED_HTML["*"] ?? [];
    for (const [tag, attributes] of Object.entries(ALLOWED_HTML)) {
      if (tag === "*") continue;
      const attrs = [...globals, ...attributes].map((listed) => listed.replace(/\*$/u, "fixture")).map((attribute) => (valueFor(attribute) === "" ? ` ${attribute}` : ` ${attribute}="${valueFor(attribute)}"`)).join("");
      const isVoid = ["br", "hr", "img"].includes(tag);
      const element = `<${tag}${attrs}>${isVoid ? "" : `x</${tag}>`}`;
      // Table parts and SVG paths only stay where they belong.
      const html = ["tr", "td", "th", "thead", "tbody", "tfoot", "caption"].includes(tag)
        ? element
        : tag === "path"
          ? `<svg>${element}</svg>`
          : element;
      expect(sanitiserChanges(html), html).toEqual([]);
      expect(sanitiseHtml(html), html).toBe(html);
    }
  });

  it("lists the elements markdown and the site's plugins write, and nothing that can run", () => {
    const tags = Object.keys(ALLOWED_HTML);
    for (const tag of ["h1", "h6", "p", "a", "img", "pre", "code", "span", "table", "td", "details", "summary", "svg", "path", "sup", "section", "kbd"]) {
      expect(tags).toContain(tag);
    }
    for (const tag of ["script", "style", "iframe", "object", "embed", "form", "input", "button", "base", "meta", "link", "use", "animate", "set", "textarea"]) {
      expect(tags).not.toContain(tag);
    }
    for (const attributes of Object.values(ALLOWED_HTML)) {
      expect(attributes.filter((attribute) => /^on|^xlink|srcset|formaction|action/iu.test(attribute))).toEqual([]);
    }
  });
});

// ---------------------------------------------------------------------------------------
// The site's own Markdown comes through byte for byte.

const require = createRequire(import.meta.url);
// The function Eleventy's syntax highlight plugin registers as the Markdown highlighter.
const prismHighlighter = require("@11ty/eleventy-plugin-syntaxhighlight/src/markdownSyntaxHighlightOptions.js") as (options: object) => (code: string, lang: string) => string;
const withPrism = createMarkdown({ highlight: prismHighlighter({ errorOnInvalidLanguage: false, lineSeparator: "\n" }) });
const plain = createMarkdown();

const FIXTURE = `# A \`heading\` with [a link](https://example.org/)

## Notes

## Notes

Text with "quotes", a > b & c < d, it's, &copy; and an autolink https://example.org/x?a=1&b=2.
A hard break  
here, and a footnote[^note]. **Bold**, *em*, ~~struck~~, \`code "x" <y>\`.

> [!NOTE]
> Useful information.

> [!TIP]
> A tip.

> [!IMPORTANT]
> Important.

> [!WARNING]
> Careful.

> [!CAUTION]
> Danger.

| Left | Centre | Right | None |
|:-----|:------:|------:|------|
| a | b | c | d |

\`\`\`js
const a = x > 1 && "y" < 'z';
\`\`\`

\`\`\`python
print("hi")  # a > b
\`\`\`

\`\`\`bash
echo "$HOME" > /dev/null && ls <dir>
\`\`\`

\`\`\`html
<script src="x.js"></script>
\`\`\`

\`\`\`
plain <code> "here" & >
\`\`\`

\`\`\`mermaid
graph TD; A-->B; B["x & y"]
\`\`\`

- [x] a done item
- [ ] a list item

3. three
4. four

<details open>
<summary>More</summary>

Hidden *text*.

</details>

Press <kbd>Ctrl</kbd>+<kbd>C</kbd>, H<sub>2</sub>O, x<sup>2</sup>, <abbr title="HyperText">HTML</abbr>, <mark>marked</mark>.

![An image](/img/x.png "A title") ![](empty.png) [empty]() [mail](mailto:a@example.org)

<div class="note" id="n1"><span class="x">span</span></div>

---

[^note]: The note, with \`code\`.
`;

/** Every Markdown file of the fixture site (tests/fixtures/e2e-site), its front matter split off. */
function contentBodies(): { name: string; body: string }[] {
  const root = join(import.meta.dirname, "../fixtures/e2e-site");
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".md"))
    .sort()
    .map((file) => {
      const source = readFileSync(join(root, file), "utf8");
      const body = source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/u, "");
      return { name: relative(root, join(root, file)), body };
    });
}

describe("the site's own Markdown output", () => {
  const cases = [{ name: "fixture", body: FIXTURE }, ...contentBodies()];

  it("finds the content and renders the fixture's features", () => {
    expect(cases.length).toBeGreaterThan(10);
    const html = withPrism.render(FIXTURE);
    for (const feature of ['class="footnotes"', 'class="markdown-alert markdown-alert-note"', "<svg", 'style="text-align:right"', 'class="token ', '<pre class="mermaid">', "<details open>", 'class="header-anchor"', "<img"]) {
      expect(html).toContain(feature);
    }
  });

  it("gets code in a language Prism does not know escaped, not as markup (src/markdown/fences.ts)", () => {
    // Eleventy's highlighter hands such code back as written; the site's Markdown escapes it first.
    for (const fence of ["```text\n<script>alert(1)</script><b>x</b>\n```\n", "```nosuchlang\n<script>alert(1)</script><b>x</b>\n```\n"]) {
      const html = withPrism.render(fence);
      expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;x&lt;/b&gt;");
      expect(executableConstructs(html)).toEqual([]);
      expect(sanitiseHtml(html)).toBe(html);
    }
  });

  for (const { name, body } of cases) {
    it(`comes through ${name} unchanged`, () => {
      for (const md of [withPrism, plain]) {
        const html = md.render(body);
        expect(sanitiseHtml(html)).toBe(html);
        expect(sanitiserChanges(html)).toEqual([]);
      }
    });
  }
});
