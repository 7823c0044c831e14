/**
 * Split one long caption string into paragraphs someone can actually read.
 *
 * Captions arrive as a single line. Human-edited captions have sentences, so we
 * break between them and group sentences into paragraphs of a comfortable size.
 * Auto captions often have no punctuation at all, so when no sentence end comes
 * in time we fall back to a break at a word boundary. Words are only ever
 * grouped, never changed, dropped or reordered.
 */
import { collapseWhitespace } from "./parseTranscript.ts";

export interface ParagraphOptions {
  /** A sentence end closes the paragraph once it has at least this many words. */
  minWords?: number;
  /** No paragraph grows past this many words without a forced break. */
  maxWords?: number;
  /** Where a forced break falls when there is no usable sentence end. */
  targetWords?: number;
}

const DEFAULTS = { minWords: 60, maxWords: 120, targetWords: 80 };

// Closing quotes/brackets may follow the full stop; opening ones may precede the capital.
const SENTENCE_FINAL = /[.?!]["'”’)\]]*$/u;
const SENTENCE_INITIAL = /^["'“‘(\[]*[\p{Lu}\p{Nd}]/u;

/** Resolve options into a consistent set: 1 <= min <= target <= max. */
function resolveOptions(opts: ParagraphOptions): typeof DEFAULTS {
  const whole = (value: number | undefined, fallback: number): number =>
    value !== undefined && Number.isFinite(value) ? Math.max(1, Math.floor(value)) : fallback;
  const maxWords = whole(opts.maxWords, DEFAULTS.maxWords);
  const minWords = Math.min(whole(opts.minWords, DEFAULTS.minWords), maxWords);
  const targetWords = Math.min(Math.max(whole(opts.targetWords, DEFAULTS.targetWords), minWords), maxWords);
  return { minWords, maxWords, targetWords };
}

/** Does a sentence end after words[index]? (".", "?" or "!" then a capital or digit.) */
function endsSentence(words: readonly string[], index: number): boolean {
  const word = words[index];
  const next = words[index + 1];
  return word !== undefined && next !== undefined && SENTENCE_FINAL.test(word) && SENTENCE_INITIAL.test(next);
}

/**
 * Word ranges [start, end) for each paragraph, greedily:
 * - close at the first sentence end once the paragraph has `minWords`;
 * - on reaching `maxWords` without one, go back to the last sentence end if it
 *   leaves a paragraph of at least half `minWords`, else cut at `targetWords`
 *   and carry the rest into the next paragraph.
 */
function paragraphRanges(words: readonly string[], opts: typeof DEFAULTS): Array<[number, number]> {
  const { minWords, maxWords, targetWords } = opts;
  const shortest = Math.ceil(minWords / 2);
  const ranges: Array<[number, number]> = [];
  let start = 0;
  let lastSentenceEnd = -1; // exclusive end of the latest sentence inside this paragraph

  for (let i = 0; i < words.length; i++) {
    const count = i - start + 1;
    if (endsSentence(words, i)) {
      if (count >= minWords) {
        ranges.push([start, i + 1]);
        start = i + 1;
        lastSentenceEnd = -1;
        continue;
      }
      lastSentenceEnd = i + 1;
    }
    if (count >= maxWords) {
      const cut = lastSentenceEnd - start >= shortest ? lastSentenceEnd : start + targetWords;
      ranges.push([start, cut]);
      start = cut;
      // The carried words hold no sentence end: any after `cut` would have
      // closed the paragraph already (or been chosen as `cut` itself).
      lastSentenceEnd = -1;
    }
  }
  if (start < words.length) ranges.push([start, words.length]);

  // A few trailing words ("thank you") read better attached to the paragraph before.
  const last = ranges[ranges.length - 1];
  const beforeLast = ranges[ranges.length - 2];
  if (last && beforeLast && last[1] - last[0] < shortest && last[1] - beforeLast[0] <= maxWords) {
    ranges.splice(-2, 2, [beforeLast[0], last[1]]);
  }
  return ranges;
}

/**
 * Split captions into paragraphs. Joining the result with single spaces gives
 * back exactly `collapseWhitespace(captions)`.
 */
export function toParagraphs(captions: string, opts: ParagraphOptions = {}): string[] {
  const text = collapseWhitespace(captions);
  if (text === "") return [];
  const words = text.split(" ");
  return paragraphRanges(words, resolveOptions(opts)).map(([start, end]) =>
    words.slice(start, end).join(" "),
  );
}
