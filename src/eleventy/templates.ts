/**
 * Templates run only where the site's settings say (`templates`, see src/content/templates.ts).
 * Everywhere else Eleventy is kept from running any: a content file's front matter cannot
 * switch its engine (`templateEngineOverride`), compute data with templates
 * (`eleventyComputed`) or render its `permalink`; Markdown is rendered as Markdown alone; and
 * `.njk`, `.liquid` and `.html` files are refused by name before they are read (screen.ts).
 * Each refusal is a located error, and what was refused does not run in the check either.
 */
import path from "node:path";
import type { Token } from "markdown-it";
import { displayPath } from "../content/frontMatter.ts";
import { templateTagsIn } from "../markdown/templateTags.ts";
import type { FrontMatterBlocks } from "./frontMatterEngine.ts";
import type { ReportProblem } from "./session.ts";
import type { EleventyConfig } from "./types.ts";

const RULE = "templates";
/** Formats whose files, listed and without front matter, are partials rather than pages. */
const PARTIAL_FORMATS = new Set([".njk", ".liquid"]);
/** Jekyll's folders of includes and layouts: what is in them is included, never published. */
const JEKYLL_CODE_FOLDERS = new Set(["_includes", "_layouts"]);
/** A file that opens (after comments and white space) with a doctype or an <html> element. */
const WHOLE_DOCUMENT = /^(?:\s|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html[\s>])/i;
const HOW = "list the file in the site's `templates` setting if it should run templates";
/** An MDX statement opening a paragraph: `import X from "…"` or `export const X = …`. */
const MDX_STATEMENT = /^(?:import\s+[\w{*][^\n]*\sfrom\s+["']|export\s+(?:const|let|function|default)\b)/;

export interface TemplateGuardOptions {
  /** Whether a file (as Eleventy names it) is content: in the input folder, not a layout, include, data file or tool page. */
  isContent(inputPath: string): boolean;
  /** Whether a content file (as Eleventy names it) may run templates. */
  allowed(inputPath: string): boolean;
  blocks: FrontMatterBlocks;
  report: ReportProblem;
  /** Every content file that runs templates, as diagnostics name files (the check lists them). */
  templated: Set<string>;
  /** The engine a listed Markdown file runs first, unless its front matter names one (`njk`, or `liquid` for Jekyll sites). */
  markdownEngine?: "njk" | "liquid";
}

export interface TemplateGuard {
  /** gray-matter's `excerpt` hook: Eleventy calls it for every file once its front matter is read. */
  frontMatter(file: { data?: Record<string, unknown> | null }, options: { filePath?: string }): void;
  /** Looks at a Markdown page's tokens before they are rendered. */
  inspect(tokens: readonly Token[], inputPath: string | undefined, source: string): void;
}

export function guardTemplates(eleventyConfig: EleventyConfig, options: TemplateGuardOptions): TemplateGuard {
  const { isContent, allowed, blocks, report, templated, markdownEngine = "njk" } = options;
  const lineOf = (inputPath: string, key: string) => blocks.get(inputPath)?.keyLines.get(key) ?? 1;
  const unlisted = (inputPath: string | undefined): inputPath is string => inputPath !== undefined && isContent(inputPath) && !allowed(inputPath);

  // Data from the cascade (folder data files, front matter) is all in by the time pages are preprocessed.
  eleventyConfig.addPreprocessor("templates", "*", function (this: { inputPath: string }, data: Record<string, unknown>, content: unknown) {
    const { inputPath } = this;
    if (!isContent(inputPath)) return undefined;
    if (allowed(inputPath)) {
      templated.add(displayPath(inputPath));
      // A listed `.njk` or `.liquid` file with no front matter is a partial that pages include, not a page;
      // so is anything in a Jekyll `_includes/` or `_layouts/` folder of the content.
      if (PARTIAL_FORMATS.has(path.extname(inputPath).toLowerCase()) && !blocks.get(inputPath)) return false;
      if (inputPath.split(/[\\/]/).some((segment) => JEKYLL_CODE_FOLDERS.has(segment))) return false;
      // A listed `.html` file that is a whole document (its own <html>) is published as it is, with no layout around it.
      if (path.extname(inputPath).toLowerCase() === ".html" && data.layout === undefined && WHOLE_DOCUMENT.test(String(content ?? ""))) data.layout = false;
      return undefined;
    }
    if (data.eleventyComputed !== undefined) {
      const fromFrontMatter = blocks.get(inputPath)?.keyLines.has("eleventyComputed") === true;
      report({
        file: displayPath(inputPath),
        line: lineOf(inputPath, "eleventyComputed"),
        column: 1,
        rule: RULE,
        message: `\`eleventyComputed\`${fromFrontMatter ? "" : " (from a data file of its folder)"} runs templates, so it is not read; write the values themselves, or ${HOW}`,
      });
      delete data.eleventyComputed;
    }
    if (typeof data.permalink === "string" && /\{\{|\{%/.test(data.permalink)) {
      report({ file: displayPath(inputPath), line: lineOf(inputPath, "permalink"), column: 1, rule: RULE, message: `the \`permalink\` is a template, which is not run; write the address itself, such as /about/, or ${HOW}` });
    }
    // A permalink the content gives is an address, never a template to render (the tool's own
    // default is a function, which Eleventy calls and does not render).
    if (typeof data.permalink !== "function") data.dynamicPermalink = false;
    return undefined;
  });

  return {
    frontMatter(file, { filePath }) {
      if (filePath !== undefined && isContent(filePath) && allowed(filePath)) {
        // A listed Markdown file runs Nunjucks first, as Eleventy sites set `markdownTemplateEngine: "njk"`
        // (or the site's `markdownTemplateEngine`), and a listed .html file runs that engine
        // (Liquid on a Jekyll site); its own front matter may say otherwise: the file is listed, so it may.
        const extension = path.extname(filePath).toLowerCase();
        const engine = extension === ".md" ? `${markdownEngine},md` : extension === ".html" ? markdownEngine : undefined;
        if (engine) {
          file.data ??= {};
          file.data.templateEngineOverride ??= engine;
        }
        return;
      }
      if (!unlisted(filePath)) return;
      file.data ??= {};
      if (file.data.templateEngineOverride !== undefined) {
        report({ file: displayPath(filePath), line: lineOf(filePath, "templateEngineOverride"), column: 1, rule: RULE, message: `\`templateEngineOverride\` would run this file as a template, so it is not read; ${HOW}` });
        delete file.data.templateEngineOverride;
      }
      // Markdown is Markdown: `{{ }}` and `{% %}` (in code samples, or anywhere) are never run,
      // whatever the site's `markdownTemplateEngine` says.
      if (path.extname(filePath).toLowerCase() === ".md") file.data.templateEngineOverride = "md";
    },
    inspect(tokens, inputPath, source) {
      if (!unlisted(inputPath)) return;
      const tags = templateTagsIn(tokens);
      if (tags.length === 0) return;
      const bodyLine = blocks.get(inputPath)?.bodyLine ?? 1;
      const lines = source.split("\n");
      // Docusaurus reads .md files as MDX: `style={{ … }}` there is JavaScript, not a template.
      const mdx = tokens.find((token, index) => token.type === "paragraph_open" && MDX_STATEMENT.test(tokens[index + 1]?.content ?? ""));
      if (mdx) {
        const at = mdx.map?.[0] ?? 0;
        report({ file: displayPath(inputPath), line: bodyLine + at, column: 1, rule: "runs-code", message: "is MDX (an import or export statement, and JavaScript in {{ }}), as Docusaurus reads .md files, and MDX runs code, which content may not: write the page in Markdown without them" });
        return;
      }
      for (const tag of tags) {
        const column = (lines[tag.line]?.indexOf(tag.opening) ?? -1) + 1 || 1;
        report({
          file: displayPath(inputPath),
          line: bodyLine + tag.line,
          column,
          rule: RULE,
          message: `\`${tag.opening} … ${tag.opening === "{{" ? "}}" : "%}"}\` is a template tag, and Markdown here is not run as a template, so it would be published as it is; put it in \`code\` if it is meant as text, or ${HOW}`,
        });
      }
    },
  };
}
