// Declarations for the Eleventy packages we import: they ship JavaScript without types.
declare module "@11ty/eleventy" {
  export interface EleventyPageJson {
    url: string;
    inputPath: string;
    outputPath: string;
    rawInput: string;
    content: string;
  }
  export default class Eleventy {
    constructor(
      input?: string,
      output?: string,
      options?: {
        configPath?: string;
        quietMode?: boolean;
        runMode?: "build" | "serve" | "watch";
        pathPrefix?: string;
        config?: (eleventyConfig: unknown) => void;
      },
    );
    init(): Promise<void>;
    write(): Promise<unknown>;
    toJSON(): Promise<EleventyPageJson[]>;
    watch(): Promise<void>;
    serve(port?: number): Promise<void>;
    setIncrementalBuild(incremental: boolean): void;
    stopWatch(): Promise<void>;
    /** Eleventy's error printer; we replace its `error` method to print located diagnostics. */
    readonly errorHandler: { error(error: unknown, message?: string): void };
  }
  export const HtmlBasePlugin: unknown;
}
declare module "@11ty/eleventy-plugin-syntaxhighlight" {
  const plugin: unknown;
  export default plugin;
}
declare module "@11ty/eleventy-plugin-syntaxhighlight/src/markdownSyntaxHighlightOptions.js" {
  const markdownPrismJs: (options?: Record<string, unknown>) => (code: string, language: string) => string;
  export default markdownPrismJs;
}
declare module "@11ty/eleventy-plugin-rss" {
  const plugin: unknown;
  export default plugin;
}
