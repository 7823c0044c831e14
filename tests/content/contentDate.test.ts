import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError } from "../../src/diagnostics/diagnostic.ts";
import {
  UNDATED,
  dateFromFileName,
  parseDateString,
  resolveContentDate,
} from "../../src/content/contentDate.ts";
import { frontMatterOfText } from "../../src/content/frontMatter.ts";
import { tempDir } from "../helpers/tempDir.ts";

const utc = (iso: string) => new Date(iso);

describe("parseDateString", () => {
  it.each([
    ["2023-12-08", "2023-12-08T00:00:00.000Z"],
    ["  2023-12-08  ", "2023-12-08T00:00:00.000Z"],
    ["2023-12-08T18:30", "2023-12-08T18:30:00.000Z"],
    ["2023-12-08T18:30:15Z", "2023-12-08T18:30:15.000Z"],
    ["2023-12-08 18:30:00 +0100", "2023-12-08T17:30:00.000Z"],
    ["2023-12-08 18:30:00 +0000", "2023-12-08T18:30:00.000Z"],
    ["2023-12-08T18:30:00-05:30", "2023-12-09T00:00:00.000Z"],
    ["2024-01-01 00:30:00 +0100", "2023-12-31T23:30:00.000Z"],
  ])("reads %j as %s", (text, iso) => {
    expect(parseDateString(text)?.toISOString()).toBe(iso);
  });

  it.each(["2023-02-29", "2023-02-31", "2023-13-01", "2023-00-10", "2023-12-08T24:30", "2023-12-08T12:60", "8 Dec 2023", "", "soon"])(
    "rejects %j",
    (text) => {
      expect(parseDateString(text)).toBeUndefined();
    },
  );

  it("accepts 29 February in a leap year", () => {
    expect(parseDateString("2024-02-29")).toEqual(utc("2024-02-29T00:00:00Z"));
  });
});

describe("dateFromFileName", () => {
  it("reads a Jekyll post name and a meeting file name", () => {
    expect(dateFromFileName("content/blog/2023-12-08-welcome.md")).toEqual(utc("2023-12-08T00:00:00Z"));
    expect(dateFromFileName("./content/meetings/2024-05-10.md")).toEqual(utc("2024-05-10T00:00:00Z"));
    expect(dateFromFileName("content\\blog\\2023-12-08-welcome.md")).toEqual(utc("2023-12-08T00:00:00Z"));
  });

  it("ignores a date in a folder name, and names without one", () => {
    expect(dateFromFileName("content/2023-12-08/notes.md")).toBeUndefined();
    expect(dateFromFileName("content/blog/2023-12-08-x/notes.md")).toBeUndefined();
    expect(dateFromFileName("content/blog/welcome.md")).toBeUndefined();
    expect(dateFromFileName("content/blog/welcome-2023-12-08.md")).toBeUndefined();
  });

  it("reads the date of a dated folder's index, as Docusaurus keeps a post with its images", () => {
    expect(dateFromFileName("content/blog/2023-12-08-x/index.md")).toEqual(new Date(Date.UTC(2023, 11, 8)));
  });

  it("ignores a date that is not in the calendar", () => {
    expect(dateFromFileName("content/blog/2023-02-30-x.md")).toBeUndefined();
  });
});

describe("resolveContentDate", () => {
  const dir = tempDir("content-date-");

  it("passes a Date through", () => {
    const date = utc("2023-12-08T18:30:00Z");
    expect(resolveContentDate(date, "content/blog/x.md")).toBe(date);
  });

  it("reads a date string", () => {
    expect(resolveContentDate("2023-12-08 18:30:00 +0100", "content/a.md")).toEqual(utc("2023-12-08T17:30:00Z"));
  });

  it("reads a luxon-like DateTime", () => {
    const date = utc("2023-12-08T00:00:00Z");
    expect(resolveContentDate({ toJSDate: () => date }, "content/a.md")).toBe(date);
  });

  it("prefers the front matter over the file name", () => {
    expect(resolveContentDate("2024-01-02", "content/blog/2023-12-08-x.md")).toEqual(utc("2024-01-02T00:00:00Z"));
  });

  it("falls back to the file name", () => {
    expect(resolveContentDate(undefined, "content/blog/2023-12-08-x.md")).toEqual(utc("2023-12-08T00:00:00Z"));
    expect(resolveContentDate("", "content/meetings/2024-05-10.md")).toEqual(utc("2024-05-10T00:00:00Z"));
  });

  it("gives other undated pages one fixed date, never the file's time", () => {
    const file = path.join(dir, "about.md");
    writeFileSync(file, "---\ntitle: About\n---\nHello\n");
    expect(resolveContentDate(undefined, file)).toBe(UNDATED);
    expect(UNDATED.toISOString()).toBe("1970-01-01T00:00:00.000Z");
    expect(resolveContentDate(undefined, "./content/guides/x.md")).toBe(UNDATED);
  });

  it("rejects a blog post with no date, naming the file", () => {
    let error: unknown;
    try {
      resolveContentDate(undefined, "./content/blog/welcome.md", true);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).diagnostic).toMatchObject({ file: "content/blog/welcome.md", rule: "front-matter" });
    expect((error as ContentError).message).toContain("content/blog/welcome.md");
  });

  it("rejects a date string that is not a date, at its line", () => {
    const file = path.join(dir, "bad.md");
    const block = frontMatterOfText("---\ntitle: Bad\ndate: next week\n---\n");
    expect(() => resolveContentDate("next week", file, false, block)).toThrow(ContentError);
    try {
      resolveContentDate("next week", file, false, block);
    } catch (e) {
      expect((e as ContentError).diagnostic).toMatchObject({ line: 3, rule: "front-matter" });
    }
  });

  it("rejects an invalid Date", () => {
    expect(() => resolveContentDate(new Date("nope"), "content/a.md")).toThrow(ContentError);
  });
});
