/**
 * One source file of the site, as the build has it: Eleventy read it and assembled its data
 * (our YAML engine parsed the front matter, with positions), `classify` said what it is.
 * The content model, the checker and the search records all work on these, so a file is
 * read once and every consumer sees the same values.
 */
import { classify, relativeToInput, type ClassifyOptions, type ContentKind } from "./classify.ts";
import { displayPath, type FrontMatter, type FrontMatterBlock } from "./frontMatter.ts";

export interface SourceFile {
  /** As Eleventy names it: `./content/blog/x.md`. */
  inputPath: string;
  /** As diagnostics print it, relative to the working directory: `content/blog/x.md`. */
  path: string;
  /** Relative to the input folder, forward slashes: `blog/x.md`. */
  relativePath: string;
  kind: ContentKind;
  /** The special-interest group whose folder holds the file, "" for none. */
  group: string;
  /** A Markdown page that may be a log of meetings (see `classify`). */
  mayHoldMeetings: boolean;
  /** The file's data: its front matter (normalised), directory data and the site's globals. */
  data: FrontMatter;
  /** Its front matter block as read, when it has one. */
  frontMatter?: FrontMatterBlock;
  /** The text after the front matter. */
  body: string;
  /** 1-based line of the file where `body` starts. */
  bodyLine: number;
  /** Root-relative URL (no path prefix), or false for a file that is not published. */
  url: string | false;
  /** Where the build writes it, or false. */
  outputPath: string | false;
}

/**
 * The file's path as the site publishes it (meetings.json's `source`): from the project folder,
 * or, for content kept outside it, from the content folder, so no build machine's folders leak.
 */
export function publishedPath(file: Pick<SourceFile, "path" | "relativePath">): string {
  return file.path.startsWith("../") || file.path.startsWith("/") ? file.relativePath : file.path;
}

export interface SourceFileInput {
  inputPath: string;
  inputDir: string;
  data: FrontMatter;
  body: string;
  frontMatter?: FrontMatterBlock;
  url: string | false;
  outputPath: string | false;
}

/** A SourceFile from what Eleventy knows of a template. */
export function sourceFile(input: SourceFileInput, options: ClassifyOptions): SourceFile {
  const relativePath = relativeToInput(input.inputPath, input.inputDir);
  const { kind, group, mayHoldMeetings } = classify(relativePath, input.data, options);
  return {
    inputPath: input.inputPath,
    path: displayPath(input.inputPath),
    relativePath,
    kind,
    group,
    mayHoldMeetings,
    data: input.data,
    ...(input.frontMatter ? { frontMatter: input.frontMatter } : {}),
    // A transcript is read by the talks extension, which keeps its text as `sourceText`.
    body: input.body === "" && typeof input.data.sourceText === "string" ? input.data.sourceText : input.body,
    bodyLine: input.frontMatter?.bodyLine ?? 1,
    url: input.url,
    outputPath: input.outputPath,
  };
}
