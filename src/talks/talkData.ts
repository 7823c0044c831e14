/**
 * Turn a parsed transcript into what a talk page needs: the data the layout
 * reads and the HTML body. Pure, so it is tested without starting Eleventy;
 * `extension.ts` is only the glue that hands these to Eleventy.
 */
import { parseTranscript, type Transcript } from "./parseTranscript.ts";
import { toParagraphs } from "./paragraphs.ts";
import { escapeHtml } from "../markdown/html.ts";

/** Data a talk contributes to the Eleventy data cascade (read by `talk.njk`). */
export interface TalkData {
  title: string;
  /** yyyy-mm-dd; left out when unknown so Eleventy (or directory data) decides `page.date`. */
  date?: string;
  playlist: string;
  description: string[];
  /** http(s) only, or "" (never a `javascript:` URL a layout could link to). */
  youtubeUrl: string;
  paragraphs: string[];
  /** Unknown top-level fields from the export, e.g. a "Duration" the tool added. */
  extra: Record<string, string>;
  talk: true;
  tags: string[];
  layout: string;
}

/** Data for a `.txt` file that is not a talk: no page, not in any collection. */
export interface NotATalkData {
  permalink: false;
  eleventyExcludeFromCollections: true;
}

/** "shipping-accessible-forms.txt" -> "Shipping accessible forms": a title of last resort. */
export function titleFromPath(inputPath: string): string {
  const fileName = inputPath.replace(/\\/g, "/").split("/").pop() ?? "";
  const words = fileName.replace(/\.[^.]*$/, "").replace(/[-_]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Build a talk's data. `fallbackTitle` fills in when the transcript has none (every page needs an <h1>). */
export function talkDataFromTranscript(transcript: Transcript, fallbackTitle = ""): TalkData {
  const data: TalkData = {
    title: transcript.title || fallbackTitle,
    playlist: transcript.playlist,
    description: transcript.description,
    youtubeUrl: transcript.youtubeUrl,
    paragraphs: toParagraphs(transcript.captions),
    extra: transcript.extra,
    talk: true,
    tags: ["talks"],
    layout: "talk.njk",
  };
  // An empty string would still reach Eleventy's date parsing; omit it instead.
  if (transcript.date) data.date = transcript.date;
  return data;
}

/** Everything a `.txt` file contributes to the data cascade; `isTalk` is what `classify` says of its path. */
export function dataForTextFile(text: string, inputPath: string, isTalk: boolean): TalkData | NotATalkData {
  if (!isTalk) {
    return { permalink: false, eleventyExcludeFromCollections: true };
  }
  return talkDataFromTranscript(parseTranscript(text), titleFromPath(inputPath));
}

/** The page body: one escaped <p> per paragraph (captions are text, never markup). */
export function paragraphsToHtml(paragraphs: readonly string[]): string {
  return paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join("\n");
}
