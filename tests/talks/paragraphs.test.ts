import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toParagraphs } from "../../src/talks/paragraphs.ts";
import { collapseWhitespace, parseTranscript } from "../../src/talks/parseTranscript.ts";

const wordCount = (text: string): number => text.split(" ").length;

/** n words "w1 w2 …" so positions are easy to check. */
const numberedWords = (n: number, from = 1): string =>
  Array.from({ length: n }, (_, i) => `w${i + from}`).join(" ");

/** A sentence of `n` words, ending with a full stop. */
const sentence = (n: number, label: string): string =>
  `${label[0]?.toUpperCase()}${label.slice(1)} ${Array.from({ length: n - 1 }, (_, i) => `${label}${i}`).join(" ")}.`;

/** Small seeded generator so the property test is repeatable. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe("toParagraphs", () => {
  it("returns no paragraphs for empty or blank captions", () => {
    expect(toParagraphs("")).toEqual([]);
    expect(toParagraphs("  \t \n ")).toEqual([]);
  });

  it("keeps short captions as one paragraph", () => {
    expect(toParagraphs("  Hello there.   Thanks for coming! ")).toEqual(["Hello there. Thanks for coming!"]);
  });

  it("breaks at sentence ends once a paragraph has enough words", () => {
    const text = [sentence(40, "alpha"), sentence(40, "beta"), sentence(40, "gamma"), sentence(40, "delta")].join(" ");
    const paragraphs = toParagraphs(text);
    expect(paragraphs).toEqual([
      `${sentence(40, "alpha")} ${sentence(40, "beta")}`,
      `${sentence(40, "gamma")} ${sentence(40, "delta")}`,
    ]);
  });

  it("only treats '.', '?' or '!' before a capital or a digit as a sentence end", () => {
    // "e.g. the" must not end a sentence; "? 2024" and '!" Then' must.
    const long = numberedWords(70);
    expect(toParagraphs(`${long} e.g. the rest`)).toHaveLength(1);
    const rest = numberedWords(40, 100);
    expect(toParagraphs(`${long} why? 2024 ${rest}`)).toEqual([`${long} why?`, `2024 ${rest}`]);
    expect(toParagraphs(`${long} "stop!" Then ${rest}`)).toEqual([`${long} "stop!"`, `Then ${rest}`]);
  });

  it("splits unpunctuated auto captions at word boundaries, about 80 words each", () => {
    const text = numberedWords(400);
    const paragraphs = toParagraphs(text);
    expect(paragraphs.map(wordCount)).toEqual([80, 80, 80, 80, 80]);
    expect(paragraphs[1]?.startsWith("w81 ")).toBe(true);
  });

  it("carries the words after a forced cut into the next paragraph", () => {
    expect(toParagraphs(numberedWords(165)).map(wordCount)).toEqual([80, 85]);
  });

  it("folds a short closing sentence into the paragraph before", () => {
    expect(toParagraphs(`${sentence(70, "body")} Thank you.`)).toEqual([`${sentence(70, "body")} Thank you.`]);
  });

  it("goes back to an earlier sentence end rather than cutting mid-sentence", () => {
    // A 40-word sentence then 200 unpunctuated words: break after the sentence.
    const text = `${sentence(40, "intro")} Then ${numberedWords(199)}`;
    const paragraphs = toParagraphs(text);
    expect(paragraphs[0]).toBe(sentence(40, "intro"));
    for (const paragraph of paragraphs) expect(wordCount(paragraph)).toBeLessThanOrEqual(120);
  });

  it("does not strand a one-word sentence before a long run", () => {
    const paragraphs = toParagraphs(`Right. Then ${numberedWords(300)}`);
    expect(wordCount(paragraphs[0] ?? "")).toBe(80);
  });

  it("respects custom sizes", () => {
    expect(toParagraphs(numberedWords(30), { minWords: 5, maxWords: 10, targetWords: 10 }).map(wordCount)).toEqual([
      10, 10, 10,
    ]);
    // Nonsense options are clamped rather than looping forever.
    expect(toParagraphs(numberedWords(5), { minWords: 0, maxWords: -3, targetWords: Number.NaN })).toHaveLength(5);
  });

  it("never loses or reorders words (property test)", () => {
    const random = seeded(42);
    const vocabulary = ["so", "um", "We", "the", "notes.", "Why?", "yes!", "2024", "open", "  ", "\t", "group", "it's", "\"Quote.\""];
    for (let run = 0; run < 200; run++) {
      const length = Math.floor(random() * 800);
      const tokens = Array.from({ length }, () => vocabulary[Math.floor(random() * vocabulary.length)] ?? "");
      const captions = tokens.join(random() < 0.5 ? " " : "   ");
      const paragraphs = toParagraphs(captions);
      expect(paragraphs.join(" ")).toBe(collapseWhitespace(captions));
      for (const paragraph of paragraphs) {
        expect(paragraph).not.toBe("");
        expect(wordCount(paragraph)).toBeLessThanOrEqual(120);
      }
    }
  });

  it("gives readable paragraphs for the fixture site's transcript", () => {
    const text = readFileSync(new URL("../fixtures/e2e-site/talks/notes-in-the-open.txt", import.meta.url), "utf8");
    const { captions } = parseTranscript(text);
    const paragraphs = toParagraphs(captions);
    expect(paragraphs.join(" ")).toBe(captions);
    expect(paragraphs.length).toBeGreaterThan(20);
    for (const paragraph of paragraphs) expect(wordCount(paragraph)).toBeLessThanOrEqual(120);
  });
});
