/**
 * Eleventy custom template language for talk transcripts (`.txt`).
 *
 * Wire it with:
 *   eleventyConfig.addExtension("txt", talksExtension());
 *   eleventyConfig.addTemplateFormats("txt");
 *
 * The file's fields become data (title, date, playlist, …) through `getData`,
 * and its captions become the page body through `compile`. All decisions live in
 * the pure modules next to this one; this file only speaks Eleventy's API
 * (see node_modules/@11ty/eleventy/src/Engines/Custom.js).
 */
import { readFile } from "node:fs/promises";
import { parseTranscript } from "./parseTranscript.ts";
import { toParagraphs } from "./paragraphs.ts";
import { dataForTextFile, isTalkPath, paragraphsToHtml, type NotATalkData, type TalkData } from "./talkData.ts";

/** The slice of Eleventy's `addExtension` options we use (Eleventy ships no types for it). */
export interface TalksExtension {
  outputFileExtension: "html";
  /** Eleventy reads the file and passes its text to `compile`. */
  read: true;
  getData: (inputPath: string) => Promise<TalkData | NotATalkData>;
  compile: (inputContent: string, inputPath: string) => () => string;
  compileOptions: { permalink: "raw" };
}

export function talksExtension(): TalksExtension {
  return {
    outputFileExtension: "html",
    read: true,
    // Eleventy hands `getData` only a path, so we read the file ourselves.
    async getData(inputPath) {
      if (!isTalkPath(inputPath)) return dataForTextFile("", inputPath);
      return dataForTextFile(await readFile(inputPath, "utf8"), inputPath);
    },
    compile(inputContent, inputPath) {
      // Non-talk .txt files have `permalink: false`, so their body is never shown.
      if (!isTalkPath(inputPath)) return () => "";
      const html = paragraphsToHtml(toParagraphs(parseTranscript(inputContent).captions));
      return () => html;
    },
    // Permalinks in a talk's data are used as written: a transcript is not a template.
    compileOptions: { permalink: "raw" },
  };
}
