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
        dryRun?: boolean;
      },
    );
    init(): Promise<void>;
    write(): Promise<unknown>;
    toJSON(): Promise<EleventyPageJson[]>;
    watch(): Promise<void>;
    serve(port?: number): Promise<void>;
    setIncrementalBuild(incremental: boolean): void;
    stopWatch(): Promise<void>;
    disableLogger(): void;
    static getVersion(): string;
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
declare module "nunjucks" {
  /** What a loader finds for a template name. */
  interface LoaderSource {
    src: string;
    path: string;
    noCache: boolean;
  }
  class FileSystemLoader {
    constructor(searchPaths: string[], options?: { noCache?: boolean; watch?: boolean });
    getSource(name: string): LoaderSource | null;
  }
  class Environment {
    constructor(loader: FileSystemLoader, options?: Record<string, unknown>);
  }
  const nunjucks: { Environment: typeof Environment; FileSystemLoader: typeof FileSystemLoader };
  export default nunjucks;
  export type { LoaderSource };
}

declare module "@11ty/eleventy-navigation" {
  /** Eleventy's navigation plugin: the `eleventyNavigation` filters. */
  const plugin: (eleventyConfig: unknown) => void;
  export default plugin;
}
