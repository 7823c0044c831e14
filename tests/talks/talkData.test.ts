import { describe, expect, it } from "vitest";
import { parseTranscript } from "../../src/talks/parseTranscript.ts";
import {
  dataForTextFile,
  paragraphsToHtml,
  talkDataFromTranscript,
  titleFromPath,
} from "../../src/talks/talkData.ts";
import { escapeHtml } from "../../src/markdown/html.ts";

const TEXT = [
  "Title: Forms <without> frameworks",
  "Publication date: 2024-03-14",
  "Playlist: Spring meet-up 2024",
  "Description:",
  "\tSpeaker: Priya N",
  "Captions:",
  "\thello   world",
  "Duration: 12:00",
  "YouTube URL: https://www.youtube.com/watch?v=abcdefghijk",
].join("\n");

describe("talkDataFromTranscript", () => {
  it("exposes the fields, paragraphs and page settings the layout needs", () => {
    expect(talkDataFromTranscript(parseTranscript(TEXT))).toEqual({
      title: "Forms <without> frameworks",
      date: "2024-03-14",
      playlist: "Spring meet-up 2024",
      description: ["Speaker: Priya N"],
      youtubeUrl: "https://www.youtube.com/watch?v=abcdefghijk",
      paragraphs: ["hello world"],
      extra: { Duration: "12:00" },
      talk: true,
      tags: ["talks"],
      layout: "talk.njk",
    });
  });

  it("leaves out an unknown date and falls back to the file name for a missing title", () => {
    const data = talkDataFromTranscript(parseTranscript("Captions:\n\thi"), "Fallback title");
    expect(data).not.toHaveProperty("date");
    expect(data.title).toBe("Fallback title");
  });
});

describe("dataForTextFile", () => {
  it("gives talk data for a talk (which .txt files are talks is classify's to say)", () => {
    expect(dataForTextFile(TEXT, "./content/talks/forms.txt", true)).toMatchObject({ talk: true, title: "Forms <without> frameworks" });
    expect(dataForTextFile("", "./content/talks/shipping-accessible_forms.txt", true)).toMatchObject({
      title: "Shipping accessible forms",
    });
  });

  it("hides any other .txt file from output and collections", () => {
    expect(dataForTextFile(TEXT, "./content/robots.txt", false)).toEqual({
      permalink: false,
      eleventyExcludeFromCollections: true,
    });
  });
});

describe("HTML output", () => {
  it("escapes text so captions can never inject markup", () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;",
    );
  });

  it("renders one <p> per paragraph", () => {
    expect(paragraphsToHtml(["one <b>", "two"])).toBe("<p>one &lt;b&gt;</p>\n<p>two</p>");
    expect(paragraphsToHtml([])).toBe("");
  });

  it("makes a readable title from a file name", () => {
    expect(titleFromPath("content/talks/notes-in-the-open.txt")).toBe("Notes in the open");
  });
});
