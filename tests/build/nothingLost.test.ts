/**
 * Nothing a page says is lost without a word, and no page is too large to read in bounded
 * time: each shape stops the build at its file and line, with the rule the check names, and
 * the page that would have lost text is not published as if nothing were wrong.
 */
import { describe, expect, test } from "vitest";
import { attemptBuild } from "./buildSite.ts";
import { findContentError } from "../../src/diagnostics/diagnostic.ts";

const page = (body: string, frontMatter = "title: A page") => `---\n${frontMatter}\n---\n${body}`;
const aliasBomb = ["a: &a [x, x, x, x, x, x, x, x, x]", ..."bcdefgh".split("").map((name, i) => `${name}: &${name} [${Array(9).fill(`*${"abcdefgh"[i]}`).join(", ")}]`), "tags: *h"].join("\n");

/** name → [file, contents, rule, line, the page's output path that must not be written] */
const CASES: [string, string, string, string, number, string][] = [
  ["an unclosed comment in a notes page", "special-interest/data/notes.md", page("Intro.\n\n<!-- TODO write up\n\n## 2024-06-07\n\nNotes.\n"), "lost-text", 6, "special-interest/data/notes/index.html"],
  ["an unclosed textarea", "guides/form.md", page("Intro.\n\n<textarea>\n\nThe rest.\n"), "lost-text", 6, "guides/form/index.html"],
  ["an unclosed <title>", "guides/title.md", page("Intro.\n\n<title>Hidden\n\nThe rest.\n"), "lost-text", 6, "guides/title/index.html"],
  ["nesting past Markdown's limit", "deep.md", page(`Intro.\n\n${">".repeat(101)} deep\n`), "lost-text", 6, "deep/index.html"],
  ["CR-only line endings", "old-mac.md", "---\rtitle: Old Mac\r---\rText.\r", "text", 1, "old-mac/index.html"],
  ["an .eleventyignore in the content folder", ".eleventyignore", "about.md\n", "eleventyignore", 1, ""],
  ["a YAML tag that means nothing", "tagged.md", page("Text.\n", "title: Tagged\nextra: !custom value"), "front-matter", 3, "tagged/index.html"],
  ["a YAML alias bomb", "bomb.md", page("Text.\n", `title: Bomb\n${aliasBomb}`), "front-matter", 4, "bomb/index.html"],
  ["front matter over 64 KB", "big.md", page("Text.\n", `title: Big\nitems:\n${Array.from({ length: 5_000 }, (_, i) => `  - item number ${i}`).join("\n")}`), "front-matter", 2, "big/index.html"],
  ["a page over 2 MB", "huge.md", page(`${"Words and more words. ".repeat(100_000)}\n`), "size", 1, "huge/index.html"],
  ["a transcript line that is no field", "talks/stray.txt", "Stray words\nTitle: A talk\nPublication date: 2024-02-01\nCaptions:\n\tHello.\n", "transcript", 1, "talks/stray/index.html"],
  ["a transcript field given twice", "talks/twice.txt", "Title: A talk\nPublication date: 2024-02-01\nCaptions:\n\tHello.\nCaptions:\n\tAgain.\n", "transcript", 5, "talks/twice/index.html"],
  ["a transcript with an impossible date", "talks/date.txt", "Title: A talk\nPublication date: 2024-02-30\nCaptions:\n\tHello.\n", "transcript", 2, "talks/date/index.html"],
  ["a transcript with a javascript: video URL", "talks/url.txt", "Title: A talk\nPublication date: 2024-02-01\nYouTube URL: javascript:alert(1)\nCaptions:\n\tHello.\n", "transcript", 3, "talks/url/index.html"],
  ["a transcript line over 1 MB", "talks/long.txt", `Title: A talk\nPublication date: 2024-02-01\nCaptions:\n\t${"word ".repeat(220_000)}\n`, "transcript", 4, "talks/long/index.html"],
];

describe("content that would be lost, or is too large to read", () => {
  test.each(CASES)("%s stops the build at its file and line", { timeout: 120_000 }, async (_name, file, contents, rule, line, output) => {
    const attempt = await attemptBuild({ "about.md": page("About us.\n", "title: About"), [file]: contents });
    const found = findContentError(attempt.error)?.diagnostic;
    expect(found, String(attempt.error)).toMatchObject({ file: expect.stringContaining(`content/${file}`), line, rule, severity: "error" });
    expect(found?.message.length).toBeGreaterThan(20);
    if (output) expect(attempt.files()).not.toContain(output);
  });

  test("a transcript's guesses are not errors: it is published", { timeout: 120_000 }, async () => {
    const attempt = await attemptBuild({ "talks/guess.txt": "Captions:\n\tHello there.\nnot indented but kept\n" });
    expect(attempt.error).toBeUndefined();
    expect(attempt.files()).toContain("talks/guess/index.html");
  });
});
