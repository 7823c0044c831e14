/**
 * The small part of Eleventy's API that we use, typed by hand: Eleventy ships JSDoc,
 * not declarations, and these few signatures keep strict TypeScript honest at the seams.
 */
export interface PageData {
  url: string | false;
  inputPath: string;
  outputPath: string | false;
  fileSlug: string;
  filePathStem: string;
  date: Date;
}

export interface CollectionItem {
  url: string | false;
  outputPath: string | false;
  inputPath: string;
  /** The body after front matter, as preprocessors left it. */
  rawInput?: unknown;
  fileSlug: string;
  date: Date;
  data: Record<string, unknown> & { page: PageData; title?: string; tags?: string[] };
  content?: string;
  templateContent?: string;
}

export interface CollectionApi {
  getAll(): CollectionItem[];
  getAllSorted(): CollectionItem[];
}

export interface DateParsingContext {
  page: PageData;
}

// Plugin and extension objects come from untyped JavaScript packages.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Untyped = any;

export interface EleventyConfig {
  directories: { input: string; output: string; includes: string; data: string; layouts?: string };
  pathPrefix?: string;
  addPlugin(plugin: Untyped, options?: Untyped): void;
  setLibrary(name: string, library: Untyped): void;
  setLiquidOptions(options: Record<string, unknown>): void;
  amendLibrary(name: string, fn: (library: Untyped) => void): void;
  addFilter(name: string, fn: (...args: Untyped[]) => unknown): void;
  addShortcode(name: string, fn: (...args: Untyped[]) => unknown): void;
  addCollection(name: string, fn: (api: CollectionApi) => unknown): void;
  addPreprocessor(name: string, extensions: string, fn: (this: { inputPath: string }, data: Untyped, content: string) => unknown): void;
  addTransform(name: string, fn: (this: Untyped, content: Untyped) => unknown): void;
  addDateParsing(fn: (this: DateParsingContext, value: unknown) => Date | undefined): void;
  addDataExtension(ext: string, options: Untyped): void;
  addExtension(ext: string | string[], options: Untyped): void;
  addTemplateFormats(formats: string): void;
  ignores: { add(path: string): void };
  addTemplate(virtualPath: string, content: string, data?: Record<string, unknown>): void;
  addLayoutAlias(from: string, to: string): void;
  addPassthroughCopy(map: string | Record<string, string>): void;
  addWatchTarget(path: string): void;
  addGlobalData(name: string, value: unknown): void;
  setFrontMatterParsingOptions(options: Untyped): void;
  setInputDirectory(dir: string): void;
  setIncludesDirectory(dir: string): void;
  setDataDirectory(dir: string): void;
  setOutputDirectory(dir: string): void;
  setQuietMode(quiet: boolean): void;
  on(event: string, fn: (...args: Untyped[]) => unknown): void;
  setChokidarConfig(options: Record<string, unknown>): void;
  /** Set by `addMarkdownHighlighter` (the syntax highlight plugin); Eleventy passes it to the library lazily. */
  markdownHighlighter?: ((code: string, language: string) => string) | null;
}
