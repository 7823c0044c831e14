/**
 * Code is shown as code, whatever its language. Eleventy's syntax highlighter hands back a
 * fence in a language Prism does not know (and ```` ```text ````) as it was written, not
 * escaped, so `<b>` in a code sample would be markup on the page. Such a highlighter is
 * given the code escaped instead. Whether a language comes back raw is asked once per
 * language: highlighting `<` gives `&lt;` when Prism reads the language, `<` when it does not.
 */
import type { MarkdownIt, Options } from "markdown-it";

type Highlight = NonNullable<Options["highlight"]>;

const PROBE = "<";
const rawLanguages = new WeakMap<Highlight, Map<string, boolean>>();

function comesBackRaw(highlight: Highlight, language: string): boolean {
  let known = rawLanguages.get(highlight);
  if (!known) rawLanguages.set(highlight, (known = new Map()));
  let raw = known.get(language);
  if (raw === undefined) {
    const probe = highlight(PROBE, language, "");
    raw = probe !== "" && !probe.includes("&lt;");
    known.set(language, raw);
  }
  return raw;
}

/** Plugin: fences whose highlighter would pass the code through as HTML get it escaped. */
export function escapedFences(md: MarkdownIt): void {
  const previous = md.renderer.rules.fence!;
  md.renderer.rules.fence = (tokens, idx, options, env, self) => {
    const highlight = options.highlight;
    const language = (tokens[idx]?.info ?? "").trim().split(/\s+/)[0] ?? "";
    if (!highlight || !language || !comesBackRaw(highlight, language)) return previous(tokens, idx, options, env, self);
    const escaping: Highlight = (code, lang, attrs) => highlight(md.utils.escapeHtml(code), lang, attrs);
    return previous(tokens, idx, { ...options, highlight: escaping }, env, self);
  };
}
