/**
 * The build refuses to publish a page in which a secret is found: a token, key, private
 * key or JWT, or a credential inside a URL (the finder the check's `secret` and `secret-url`
 * rules use, with secretlint's disable comments honoured as they are there). The first one
 * stops the build at its line, with the value masked. In a check the rules report them all,
 * so this step stays out of its way.
 */
import { findSecrets } from "../secrets/index.ts";
import { displayPath } from "../content/frontMatter.ts";
import { LineIndex } from "../diagnostics/lines.ts";
import type { FrontMatterBlocks } from "./frontMatterEngine.ts";
import type { ReportProblem } from "./session.ts";
import type { EleventyConfig } from "./types.ts";

export const NOT_PUBLISHED = "the build does not publish a page that holds a secret";

/** The first secret in `text`, located; undefined when there is none. */
async function firstSecret(text: string, inputPath: string, firstLine: number): Promise<{ line: number; column: number; rule: string; message: string } | undefined> {
  if (text === "") return undefined;
  const { secrets, urls } = await findSecrets(text, inputPath, { honourComments: true });
  const first = [...secrets.map((f) => ({ ...f, rule: "secret" })), ...urls.map((f) => ({ ...f, rule: "secret-url" }))].sort((a, b) => a.start - b.start)[0];
  return first && { ...new LineIndex(text, firstLine).locate(first.start), rule: first.rule, message: `${first.message}; ${NOT_PUBLISHED}` };
}

export function refuseSecrets(eleventyConfig: EleventyConfig, options: { isContent: (inputPath: string) => boolean; blocks: FrontMatterBlocks; report: ReportProblem }): void {
  eleventyConfig.addPreprocessor("secrets", "*", async function (this: { inputPath: string }, data: Record<string, unknown>, content: unknown) {
    const inputPath = this.inputPath;
    if (!options.isContent(inputPath)) return undefined;
    const block = options.blocks.get(inputPath);
    // A transcript is read by its extension, which keeps the text in its data.
    const body = typeof content === "string" && content !== "" ? content : typeof data.sourceText === "string" ? data.sourceText : "";
    // The file's own name first: it would be published in the page's address.
    const named = await firstSecret(displayPath(inputPath), inputPath, 1);
    if (named) {
      options.report({ file: displayPath(inputPath), line: 1, column: 1, rule: named.rule, message: `the file's name holds a secret: ${named.message}` });
      return undefined;
    }
    const found = (block && (await firstSecret(block.source, inputPath, block.firstLine))) ?? (await firstSecret(body, inputPath, block?.bodyLine ?? 1));
    if (found) options.report({ file: displayPath(inputPath), line: found.line, column: found.column, rule: found.rule, message: found.message });
    return undefined;
  });
}
