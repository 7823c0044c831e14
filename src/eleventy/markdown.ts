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
import type { MarkdownIt, Token } from "markdown-it";
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

/** What the site does with every page's Markdown on its way to the page. */
export interface PublishSteps {
  /** Looks at a page's tokens before they are rendered (`inputPath` is undefined for text rendered by a filter). */
  inspect?(tokens: readonly Token[], inputPath: string | undefined, source: string): void;
  /** The HTML as it is published (sanitised). */
  publish?(html: string): string;
}

export function useSiteMarkdown(eleventyConfig: EleventyConfig, md: MarkdownIt, modelOf: (collections: Record<string, unknown>) => Community | undefined, steps: PublishSteps = {}): SiteMarkdown {
  let amended: MarkdownIt | undefined;
  eleventyConfig.setLibrary("md", md);
  eleventyConfig.amendLibrary("md", (library: MarkdownIt) => {
    amended = library;
    // What markdown-it's own render does (parse, then render the tokens), with the model's
    // tokens and HTML when it has them, and the site's steps between.
    library.render = (source: string, env?: RenderEnv) => {
      const inputPath = env?.page?.inputPath;
      const model = inputPath && env?.collections ? modelOf(env.collections) : undefined;
      const taken = model?.takeRendered(inputPath!, source);
      // One env for the parse and the render: plugins (footnotes) keep state on it between them.
      const renderEnv = env ?? {};
      const tokens = taken?.tokens ?? library.parse(source, renderEnv);
      steps.inspect?.(tokens, inputPath, source);
      const html = taken?.html ?? library.renderer.render(tokens, library.options, renderEnv);
      return steps.publish ? steps.publish(html) : html;
    };
  });
  return {
    instance() {
      if (!amended) throw new Error("community-notes: Eleventy has not made its Markdown engine yet");
      return amended;
    },
  };
}
