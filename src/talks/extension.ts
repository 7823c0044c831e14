/**
 * Eleventy custom template language for talk transcripts (`.txt`).
 *
 * Wire it with:
 *   eleventyConfig.addExtension("txt", talksExtension(isTalk));
 *   eleventyConfig.addTemplateFormats("txt");
 *
 * A transcript is not a template: it is read once, by `getData`, which turns its fields into
 * data (title, date, playlist, …) and keeps its text as `sourceText` (what the content model
 * and the checker read as the file's body); `compile` renders the captions from that data.
 * `isTalk` says which `.txt` files are talks (the content classifier's answer); any other
 * `.txt` file publishes nothing. All decisions live in the pure modules next to this one;
 * this file only speaks Eleventy's API (see node_modules/@11ty/eleventy/src/Engines/Custom.js).
 */
import { readFile } from "node:fs/promises";
import { parseTranscript, type TranscriptProblem } from "./parseTranscript.ts";
import { dataForTextFile, paragraphsToHtml, talkDataFromTranscript, titleFromPath, type NotATalkData, type TalkData } from "./talkData.ts";

/** The slice of Eleventy's `addExtension` options we use (Eleventy ships no types for it). */
export interface TalksExtension {
  outputFileExtension: "html";
  /** The file is read by `getData`, once. */
  read: false;
  getData: (inputPath: string) => Promise<(TalkData | NotATalkData) & { sourceText: string }>;
  compile: (inputContent: string, inputPath: string) => (data: { paragraphs?: unknown }) => string;
  compileOptions: { permalink: "raw" };
}

/**
 * `onProblems` hears each talk's problems (located, from `parseTranscript`) when its file is
 * read; without it they are not reported anywhere.
 */
export function talksExtension(
  isTalk: (inputPath: string) => boolean,
  decode: (bytes: Uint8Array, inputPath: string) => string = (bytes) => Buffer.from(bytes).toString("utf8"),
  onProblems?: (inputPath: string, problems: readonly TranscriptProblem[]) => void,
): TalksExtension {
  return {
    outputFileExtension: "html",
    read: false,
    async getData(inputPath) {
      const sourceText = decode(await readFile(inputPath), inputPath);
      if (!isTalk(inputPath)) return { ...dataForTextFile(sourceText, inputPath, false), sourceText };
      const transcript = parseTranscript(sourceText);
      if (transcript.problems.length) onProblems?.(inputPath, transcript.problems);
      return { ...talkDataFromTranscript(transcript, titleFromPath(inputPath)), sourceText };
    },
    compile(_inputContent, inputPath) {
      // Non-talk .txt files have `permalink: false`, so their body is never shown.
      if (!isTalk(inputPath)) return () => "";
      return (data) => paragraphsToHtml(Array.isArray(data.paragraphs) ? (data.paragraphs as string[]) : []);
    },
    // Permalinks in a talk's data are used as written: a transcript is not a template.
    compileOptions: { permalink: "raw" },
  };
}
