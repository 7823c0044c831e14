import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { collapseWhitespace, isRealIsoDate, MAX_TRANSCRIPT_LINE_BYTES, parseTranscript } from "../../src/talks/parseTranscript.ts";
import { toParagraphs } from "../../src/talks/paragraphs.ts";

const SAMPLE = [
  "Title: Shipping accessible forms without a framework",
  "Publication date: 2024-03-14",
  "Playlist: Spring meet-up 2024",
  "Description:",
  "\tFirst line of the description",
  "\tSpeaker: Priya N",
  "\t  Slides: https://example.org/slides  ",
  "Captions:",
  "\tso   hello everyone  thanks for   coming",
  "YouTube URL: https://www.youtube.com/watch?v=abcdefghijk",
].join("\n");

describe("parseTranscript", () => {
  it("reads every known field of a well-formed export", () => {
    const t = parseTranscript(SAMPLE);
    expect(t).toEqual({
      title: "Shipping accessible forms without a framework",
      date: "2024-03-14",
      playlist: "Spring meet-up 2024",
      description: ["First line of the description", "Speaker: Priya N", "Slides: https://example.org/slides"],
      captions: "so hello everyone thanks for coming",
      youtubeUrl: "https://www.youtube.com/watch?v=abcdefghijk",
      extra: {},
      problems: [],
    });
  });

  it("keeps indented 'Name: value' lines inside the description, not as fields", () => {
    const t = parseTranscript(SAMPLE);
    expect(t.description).toContain("Speaker: Priya N");
    expect(t.extra).not.toHaveProperty("Speaker");
  });

  it("accepts fields in any order and keeps unknown top-level fields in extra", () => {
    const text = [
      "YouTube URL: https://youtu.be/abcdefghijk",
      "Captions:",
      "\tcaptions first",
      "Duration: 00:31:07",
      "Description:",
      "\tline one",
      "Title: Out of order",
      "Recorded by: Events team",
      "\tsecond line of an unknown field",
      "Publication date: 2023-12-01",
    ].join("\n");
    const t = parseTranscript(text);
    expect(t.title).toBe("Out of order");
    expect(t.date).toBe("2023-12-01");
    expect(t.captions).toBe("captions first");
    expect(t.description).toEqual(["line one"]);
    expect(t.youtubeUrl).toBe("https://youtu.be/abcdefghijk");
    expect(t.extra).toEqual({
      Duration: "00:31:07",
      "Recorded by": "Events team\nsecond line of an unknown field",
    });
    expect(t.problems).toEqual([]);
  });

  it("matches field names case-insensitively", () => {
    const t = parseTranscript("TITLE: Loud\npublication DATE: 2024-01-02\nyoutube url: http://example.org/v");
    expect([t.title, t.date, t.youtubeUrl]).toEqual(["Loud", "2024-01-02", "http://example.org/v"]);
  });

  it("handles CRLF line endings, a BOM and blank lines", () => {
    const text = "\uFEFF" + SAMPLE.replace("Description:", "\nDescription:\n").split("\n").join("\r\n") + "\r\n\r\n";
    const t = parseTranscript(text);
    expect(t.title).toBe("Shipping accessible forms without a framework");
    expect(t.description).toEqual(["First line of the description", "Speaker: Priya N", "Slides: https://example.org/slides"]);
    expect(t.youtubeUrl).toBe("https://www.youtube.com/watch?v=abcdefghijk");
    expect(t.problems).toEqual([]);
  });

  it("keeps a block going across blank lines between its indented lines", () => {
    const t = parseTranscript("Title: T\nPublication date: 2024-01-01\nDescription:\n\tone\n\n\ttwo\nPlaylist: P");
    expect(t.description).toEqual(["one", "two"]);
    expect(t.playlist).toBe("P");
  });

  it("reports missing fields with empty values instead of throwing", () => {
    const t = parseTranscript("Captions:\n\tjust captions");
    expect(t.title).toBe("");
    expect(t.date).toBe("");
    expect(t.playlist).toBe("");
    expect(t.description).toEqual([]);
    expect(t.youtubeUrl).toBe("");
    expect(t.captions).toBe("just captions");
    expect(t.problems).toEqual([
      { line: 1, severity: "warning", message: "Title is missing; the page is titled from the file name" },
      { line: 1, severity: "warning", message: "Publication date is missing; the talk is listed without one" },
    ]);
  });

  it("reports an empty title on its own line", () => {
    const t = parseTranscript("Publication date: 2024-01-01\nTitle:\n");
    expect(t.problems).toEqual([{ line: 2, severity: "warning", message: "Title is missing; the page is titled from the file name" }]);
  });

  it.each(["2024-02-30", "2023-02-29", "2024-13-01", "14/03/2024", "2024-3-14", "soon"])(
    "rejects the date %s with a located problem",
    (date) => {
      const t = parseTranscript(`Title: T\n\nPublication date: ${date}`);
      expect(t.date).toBe("");
      expect(t.problems).toHaveLength(1);
      expect(t.problems[0]?.line).toBe(3);
      expect(t.problems[0]?.message).toContain("not a real yyyy-mm-dd date");
    },
  );

  it("accepts a leap day in a leap year", () => {
    expect(parseTranscript("Title: T\nPublication date: 2024-02-29").date).toBe("2024-02-29");
  });

  it.each(["javascript:alert(1)", "ftp://example.org/video", "www.youtube.com/watch?v=abc", "not a url"])(
    "does not expose the non-http(s) URL %s",
    (url) => {
      const t = parseTranscript(`Title: T\nPublication date: 2024-01-01\nYouTube URL: ${url}`);
      expect(t.youtubeUrl).toBe("");
      expect(t.problems).toEqual([{ line: 3, severity: "error", message: expect.stringContaining("is not an http(s) URL") }]);
    },
  );

  it("locates stray lines and duplicate fields", () => {
    const text = ["stray text before any field", "Title: First", "Title: Second", "Captions:", "unindented words"].join("\n");
    const t = parseTranscript(text);
    expect(t.title).toBe("Second");
    expect(t.captions).toBe("unindented words");
    expect(t.problems.map((p) => p.line)).toEqual([1, 1, 3, 5]);
    expect(t.problems.map((p) => p.message)).toContain("Title appears again (first on line 2); only this later value is used: give it once");
  });

  it("does not mistake a bare URL line for a field", () => {
    const t = parseTranscript("Title: T\nPublication date: 2024-01-01\nDescription:\nhttps://example.org/x");
    expect(t.extra).toEqual({});
    expect(t.description).toEqual(["https://example.org/x"]);
  });

  it("never throws, whatever it is given", () => {
    const inputs: unknown[] = ["", "\uFEFF", "\r\n\r\n", ":", "Title", "\t\t", "::::\n\t:", "a".repeat(10_000), null, undefined, 42];
    for (const input of inputs) {
      // Deliberately wrong types: data files come from outside TypeScript.
      expect(() => parseTranscript(input as string)).not.toThrow();
    }
  });

  it("parses a huge single-line caption with runs of spaces", () => {
    const chunk = "so  um   this is    what auto captions     look like ";
    const huge = chunk.repeat(Math.ceil(200_000 / chunk.length));
    const t = parseTranscript(`Title: Long\nPublication date: 2024-01-01\nCaptions:\n\t${huge}\nYouTube URL: https://youtu.be/x`);
    expect(t.captions).toBe(collapseWhitespace(huge));
    expect(t.captions).not.toMatch(/\s{2}/);
    expect(t.captions.length).toBeGreaterThan(150_000);
    expect(t.youtubeUrl).toBe("https://youtu.be/x");
  });

  it("leaves out a line over 1 MB, saying so at its line, and reads the rest", () => {
    const caption = "word ".repeat(Math.ceil((2 * 1024 * 1024) / 5));
    const t = parseTranscript(`Title: Long\nPublication date: 2024-01-01\nCaptions:\n\tshort part\n\t${caption}\nYouTube URL: https://youtu.be/x`);
    expect(t.problems).toEqual([
      { line: 5, severity: "error", message: "Line is 2 MB, over the limit of 1 MB for one line; it is left out: split it over several indented lines" },
    ]);
    expect(t.captions).toBe("short part");
    expect(t.youtubeUrl).toBe("https://youtu.be/x");
  });

  it("counts the limit in bytes of UTF-8", () => {
    const line = (char: string, count: number) => `Title: T\nPublication date: 2024-01-01\nCaptions:\n\t${char.repeat(count)}`;
    expect(parseTranscript(line("a", MAX_TRANSCRIPT_LINE_BYTES - 1)).problems).toEqual([]);
    expect(parseTranscript(line("é", MAX_TRANSCRIPT_LINE_BYTES / 2)).problems.map((p) => p.line)).toEqual([4]);
  });

  // The whole caption goes through whitespace collapsing, splitting and sentence tests: all
  // linear, so a caption line at the limit reads in a fraction of a second.
  it("reads a caption line at the limit into paragraphs", () => {
    const words = Array.from({ length: Math.floor((MAX_TRANSCRIPT_LINE_BYTES - 2) / 5) }, (_, i) => (i % 17 === 16 ? "end." : "Word"));
    const t = parseTranscript(`Title: T\nPublication date: 2024-01-01\nCaptions:\n\t${words.join(" ")}`);
    expect(t.problems).toEqual([]);
    const paragraphs = toParagraphs(t.captions);
    expect(paragraphs.join(" ")).toBe(t.captions);
    expect(paragraphs.every((p) => p.endsWith("end.") || p === paragraphs.at(-1))).toBe(true);
  });

  it("parses the fixture site's transcript cleanly", () => {
    const text = readFileSync(new URL("../fixtures/e2e-site/talks/notes-in-the-open.txt", import.meta.url), "utf8");
    const t = parseTranscript(text);
    expect(t.problems).toEqual([]);
    expect(t.title).not.toBe("");
    expect(t.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(t.description.some((line) => /^Speaker: /.test(line))).toBe(true);
    expect(t.captions.length).toBeGreaterThan(12_000);
    expect(t.youtubeUrl).toMatch(/^https:\/\/www\.youtube\.com\/watch\?v=[\w-]{11}$/);
  });
});

describe("isRealIsoDate", () => {
  it("knows which days exist", () => {
    expect(isRealIsoDate("2000-02-29")).toBe(true);
    expect(isRealIsoDate("1900-02-29")).toBe(false);
    expect(isRealIsoDate("2024-04-31")).toBe(false);
    expect(isRealIsoDate("2024-12-31")).toBe(true);
  });
});
