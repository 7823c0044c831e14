/**
 * Markdown, one way. The site's one markdown-it instance is registered as Eleventy's library
 * and taken back through `amendLibrary` once Eleventy has made its Markdown engine (so it
 * carries the code highlighter and whatever the site adds with `amendLibrary`); the content
 * model parses notes with exactly that instance.
 *
 * Eleventy renders each page through the instance's `render(source, data)`: for a notes page
 * the model has parsed already, the HTML comes from the model (found through the page's
 * `collections`), rendered from the same tokens, so no page is parsed twice.
 */
import type { MarkdownIt } from "markdown-it";
import type { Community } from "../community/community.ts";
import type { EleventyConfig } from "./types.ts";

/** The data Eleventy passes as markdown-it's `env` when it renders a page. */
interface RenderEnv {
  page?: { inputPath?: string };
  collections?: Record<string, unknown>;
}

export interface SiteMarkdown {
  /** The instance, once Eleventy has made its Markdown engine (before any collection is built). */
  instance(): MarkdownIt;
}

export function useSiteMarkdown(eleventyConfig: EleventyConfig, md: MarkdownIt, modelOf: (collections: Record<string, unknown>) => Community | undefined): SiteMarkdown {
  let amended: MarkdownIt | undefined;
  eleventyConfig.setLibrary("md", md);
  eleventyConfig.amendLibrary("md", (library: MarkdownIt) => {
    amended = library;
    const render = library.render.bind(library);
    library.render = (source: string, env?: RenderEnv) => {
      const inputPath = env?.page?.inputPath;
      const model = inputPath && env?.collections ? modelOf(env.collections) : undefined;
      return model?.takeRendered(inputPath!, source) ?? render(source, env);
    };
  });
  return {
    instance() {
      if (!amended) throw new Error("community-notes: Eleventy has not made its Markdown engine yet");
      return amended;
    },
  };
}

/**
 * Markdown is Markdown: `{{ }}` and `{% %}` in notes (or in code samples) are never run as a
 * template, whatever the site's `markdownTemplateEngine` says. Eleventy's front matter
 * splitter calls this for every file, front matter or not, once its data is read (it is
 * gray-matter's `excerpt` hook, which Eleventy passes through); a Markdown file's data then
 * says to render it with Markdown alone.
 */
export function markdownStaysMarkdown(file: { data?: Record<string, unknown> | null }, options: { filePath?: string }): void {
  if (!options.filePath?.toLowerCase().endsWith(".md")) return;
  file.data ??= {};
  file.data.templateEngineOverride = "md";
}
