// A short plain-text excerpt for meeting lists and search results. Collected
// piece by piece while the notes are walked, and it stops taking text once it
// has enough, so a 5,000-line notes page costs no more than a short one.

import { collapseWhitespace } from "./tokens.ts";

export const EXCERPT_LENGTH = 200;
const ELLIPSIS = "…";
// Cutting at a word must not throw away most of the excerpt because of one very long "word" (a URL).
const MIN_WORD_CUT = EXCERPT_LENGTH / 2;

/** `text` if it fits in `max` characters; otherwise cut at the last space and ended with "…" (≤ max in total). */
export function truncateAtWord(text: string, max = EXCERPT_LENGTH): string {
  const clean = collapseWhitespace(text);
  if (clean.length <= max) return clean;
  const room = clean.slice(0, max - ELLIPSIS.length + 1);
  const space = room.lastIndexOf(" ");
  const cut = space >= Math.min(MIN_WORD_CUT, max / 2) ? room.slice(0, space) : room.slice(0, max - ELLIPSIS.length);
  return `${cut.replace(/[\s,;:–—-]+$/u, "")}${ELLIPSIS}`;
}

export class ExcerptBuilder {
  #text = "";

  /** True once enough text is held to fill an excerpt; callers can skip work. */
  get full(): boolean {
    return this.#text.length > EXCERPT_LENGTH;
  }

  add(piece: string): void {
    if (this.full || piece === "") return;
    this.#text = this.#text === "" ? piece : `${this.#text} ${piece}`;
  }

  toString(): string {
    return truncateAtWord(this.#text);
  }
}
