/**
 * Builds a tiny site with real Eleventy to prove the extension is wired the way
 * Eleventy expects: data reaches the layout, the URL comes from the file name,
 * captions become escaped paragraphs, and other .txt files publish nothing.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { talksExtension } from "../../src/talks/extension.ts";
import { classify, relativeToInput } from "../../src/content/classify.ts";
import { tempDir } from "../helpers/tempDir.ts";

/** The slice of Eleventy's programmatic API this test uses (the package ships no types for it). */
interface EleventyPage {
  url: string | false;
  inputPath: string;
  content: string;
}
interface EleventyConfigSlice {
  addExtension(extension: string, options: object): void;
  addTemplateFormats(format: string): void;
}
type EleventyConstructor = new (
  input: string,
  output: string,
  options: { quietMode: boolean; config: (eleventyConfig: EleventyConfigSlice) => void },
) => { toJSON(): Promise<EleventyPage[]> };

// A non-literal specifier keeps TypeScript from demanding declarations for an untyped package.
const ELEVENTY: string = "@11ty/eleventy";

const LAYOUT = `<h1>{{ title }}</h1>
<p class="date">{{ page.date.toISOString() }}</p>
<p class="playlist">{{ playlist }}</p>
{% for line in description %}<p class="description">{{ line }}</p>{% endfor %}
<a href="{{ youtubeUrl }}">Watch the video</a>
<p class="count">{{ collections.talks | length }} talks, {{ collections.all | length }} pages</p>
{{ content | safe }}`;

const TALK = [
  "\uFEFFTitle: Publishing notes <in> the open",
  "Publication date: 2024-10-17",
  "Playlist: Autumn meet-up",
  "Description:",
  "\tSpeaker: Sam Example",
  "Captions:",
  "\t" + "so   we write the notes in git ".repeat(40) + "and <b>that</b> is it",
  "YouTube URL: https://www.youtube.com/watch?v=abcdefghijk",
].join("\r\n");

let root = "";
let input = "";
let pages: EleventyPage[] = [];

beforeAll(async () => {
  root = tempDir("talks-extension-");
  input = join(root, "src");
  await mkdir(join(input, "talks"), { recursive: true });
  await mkdir(join(input, "_includes"), { recursive: true });
  await writeFile(join(input, "_includes", "talk.njk"), LAYOUT);
  await writeFile(join(input, "talks", "notes-in-the-open.txt"), TALK);
  await writeFile(join(input, "readme.txt"), "Title: Not a talk\nPublication date: 2024-01-01\n");

  const { default: Eleventy } = (await import(ELEVENTY)) as { default: EleventyConstructor };
  const elev = new Eleventy(input, join(root, "_site"), {
    quietMode: true,
    config(eleventyConfig) {
      eleventyConfig.addExtension("txt", talksExtension((inputPath) => classify(relativeToInput(inputPath, input)).kind === "talk"));
      eleventyConfig.addTemplateFormats("txt");
    },
  });
  pages = await elev.toJSON();
}, 30_000);

describe("talksExtension in a real Eleventy build", () => {
  it("publishes a talk at /talks/<file-name>/ with its data in the layout", () => {
    const talk = pages.find((page) => page.url === "/talks/notes-in-the-open/");
    expect(talk).toBeDefined();
    const html = talk?.content ?? "";
    expect(html).toContain("<h1>Publishing notes &lt;in&gt; the open</h1>");
    expect(html).toContain('<p class="date">2024-10-17T00:00:00.000Z</p>');
    expect(html).toContain('<p class="playlist">Autumn meet-up</p>');
    expect(html).toContain('<p class="description">Speaker: Sam Example</p>');
    expect(html).toContain('<a href="https://www.youtube.com/watch?v=abcdefghijk">');
    // The readme.txt is in neither collection.
    expect(html).toContain('<p class="count">1 talks, 1 pages</p>');
  });

  it("renders the captions as escaped paragraphs", () => {
    const html = pages.find((page) => page.url === "/talks/notes-in-the-open/")?.content ?? "";
    const paragraphs = [...html.matchAll(/<p>([^<]*)<\/p>/g)].map((match) => match[1] ?? "");
    expect(paragraphs.length).toBeGreaterThan(1);
    expect(paragraphs[0]).toMatch(/^so we write the notes in git so we/);
    expect(paragraphs.join(" ")).toMatch(/and &lt;b&gt;that&lt;\/b&gt; is it$/);
    expect(html).not.toContain("<b>");
  });

  it("publishes nothing for a .txt file outside talks/", () => {
    // toJSON still lists `permalink: false` templates, with no URL: nothing is written.
    const readme = pages.filter((page) => page.inputPath.endsWith("readme.txt"));
    expect(readme).toHaveLength(1);
    expect(readme[0]?.url).toBe(false);
    expect(readme[0]?.content).toBe("");
    expect(pages.filter((page) => page.url !== false).map((page) => page.url)).toEqual(["/talks/notes-in-the-open/"]);
  });
});

describe("talksExtension's problems", () => {
  it("hands each talk's located problems to onProblems, and publishes the rest", async () => {
    const folder = tempDir("talks-problems-");
    const talk = join(folder, "talks", "long.txt");
    await mkdir(join(folder, "talks"), { recursive: true });
    await writeFile(talk, `Title: Long\nCaptions:\n\tfirst part\n\t${"word ".repeat(300_000)}\n`);
    await writeFile(join(folder, "notes.txt"), "not a talk\n");
    const heard: [string, unknown][] = [];
    const extension = talksExtension((inputPath) => inputPath.includes("/talks/"), undefined, (inputPath, problems) => heard.push([inputPath, problems]));
    const data = (await extension.getData(talk)) as { title: string; paragraphs: string[] };
    await extension.getData(join(folder, "notes.txt"));
    expect(data.title).toBe("Long");
    expect(data.paragraphs).toEqual(["first part"]);
    expect(heard).toEqual([
      [talk, [
        { line: 1, severity: "warning", message: "Publication date is missing; the talk is listed without one" },
        { line: 4, severity: "error", message: expect.stringMatching(/^Line is 1\.4 MB, over the limit of 1 MB for one line; it is left out/) },
      ]],
    ]);
  });
});
