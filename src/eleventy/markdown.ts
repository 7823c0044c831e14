/**
 * Markdown, one way. The site's one markdown-it instance is registered as Eleventy's library
 * and taken back through `amendLibrary` once Eleventy has made its Markdown engine (so it
 * carries the code highlighter and whatever the site adds with `amendLibrary`); the content
 * model parses notes with exactly that instance.
 *
 * `.md` files are rendered by that instance alone: Markdown is never run as a template first
 * (notes are full of `{{ }}` in code), whatever `markdownTemplateEngine` says. A notes page
 * the model has parsed already gets the HTML the model rendered from the same tokens, found
 * through the page's `collections`, so no page is parsed twice.
 */
import type { MarkdownIt } from "markdown-it";
import type { Community } from "../community/community.ts";
import type { EleventyConfig } from "./types.ts";

/** What Eleventy passes to a render function: the page's data. */
interface RenderData {
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
  });
  const instance = () => {
    if (!amended) throw new Error("community-notes: Eleventy has not made its Markdown engine yet");
    return amended;
  };
  eleventyConfig.addExtension("md", {
    key: "md",
    compile(source: string) {
      return (data: RenderData) => {
        const inputPath = data.page?.inputPath;
        const model = inputPath && data.collections ? modelOf(data.collections) : undefined;
        return model?.takeRendered(inputPath!, source) ?? instance().render(source, data);
      };
    },
    // A permalink in Markdown front matter is used as written, as for any Markdown.
    compileOptions: { permalink: "raw" },
  });
  return { instance };
}
