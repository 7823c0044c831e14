// The search page's result shaping (assets/js/search-results.js), on hand-made Pagefind data.
import { describe, expect, it } from "vitest";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { projectRoot } from "../build/buildSite.ts";
import type { PagefindAnchor, PagefindResultData, PagefindSubResult } from "./pagefindNode.ts";

interface ResultsModule {
  escapeHtml(text: string): string;
  summaryOf(result: Partial<PagefindResultData>): string;
  yearSpan(years?: string[]): string;
  foldMeetingSubResults(result: Partial<PagefindResultData>): PagefindSubResult[];
  processResult(result: Partial<PagefindResultData>): PagefindResultData;
}
// Plain JavaScript served to browsers as is, so it is imported by URL rather than typed.
const results = (await import(pathToFileURL(path.join(projectRoot, "assets/js/search-results.js")).href)) as ResultsModule;

const URL_ = "/notes/";
const anchor = (element: string, id: string, text: string, location: number): PagefindAnchor => ({ element, id, text, location });
const sub = (a: PagefindAnchor | undefined, locations: number[], excerpt = `hit at ${locations[0]}`): PagefindSubResult => ({
  title: a?.text ?? "Notes",
  url: a ? `${URL_}#${a.id}` : URL_,
  excerpt,
  locations,
  ...(a ? { anchor: a } : {}),
});

const overview = anchor("h2", "overview", "Overview", 5);
const december = anchor("h2", "2023-12-08", "08 Dec 2023", 20);
const signing = anchor("h3", "signing-container-images", "Signing container images", 30);
const actions = anchor("h3", "actions", "Actions", 40);
const april = anchor("h2", "2024-04-12", "12 Apr 2024 – Case study", 50);
const farms = anchor("h3", "build-farms", "Build farms", 60);
const anchors = [overview, december, signing, actions, april, farms];

describe("foldMeetingSubResults", () => {
  it("links every part of a meeting to the meeting's heading, once per meeting", () => {
    const folded = results.foldMeetingSubResults({
      anchors,
      sub_results: [sub(undefined, [1]), sub(overview, [6]), sub(signing, [31]), sub(actions, [41, 42, 43]), sub(farms, [61])],
    });
    expect(folded.map((s) => [s.title, s.url])).toEqual([
      ["Notes", "/notes/"],
      ["Overview", "/notes/#overview"],
      ["08 Dec 2023", "/notes/#2023-12-08"],
      ["12 Apr 2024 – Case study", "/notes/#2024-04-12"],
    ]);
    // The part with most matches gives the excerpt; all matches count.
    expect(folded[2]).toMatchObject({ excerpt: "hit at 41", locations: [31, 41, 42, 43] });
  });

  it("leaves pages without meeting headings alone", () => {
    const plain = [anchor("h2", "intro", "Intro", 1), anchor("h3", "detail", "Detail", 9)];
    const subs = [sub(plain[1], [10])];
    expect(results.foldMeetingSubResults({ anchors: plain, sub_results: subs })).toBe(subs);
    expect(results.foldMeetingSubResults({})).toEqual([]);
  });
});

describe("processResult", () => {
  const meta = { title: "Notes", kind: "Meeting notes" };
  const filters = { kind: ["meeting"], group: ["Platform & tooling"], year: ["2024", "2023"] };
  const line = '<span class="search-result__meta">Meeting notes · Platform &#38; tooling · 2023–2024</span>';

  it("leads the excerpt with kind · group · date, escaped, and drops those tags", () => {
    const shown = results.processResult({ url: URL_, excerpt: "the <mark>sbom</mark> pilot", meta, filters, anchors, sub_results: [sub(undefined, [1]), sub(signing, [31])] });
    expect(shown.excerpt).toBe(`${line} the <mark>sbom</mark> pilot`);
    expect(shown.meta).toEqual({ title: "Notes" });
    expect(shown.sub_results.map((s) => s.url)).toEqual(["/notes/", "/notes/#2023-12-08"]);
  });

  it("gives a page matched only in its meetings an entry of its own, so the line is shown", () => {
    const shown = results.processResult({ url: URL_, excerpt: "the <mark>sbom</mark> pilot", meta, filters, anchors, sub_results: [sub(signing, [31])] });
    expect(shown.excerpt).toBe(line);
    expect(shown.sub_results.map((s) => [s.title, s.url, s.excerpt])).toEqual([
      ["Notes", "/notes/", line],
      ["08 Dec 2023", "/notes/#2023-12-08", "hit at 31"],
    ]);
    const byFilter = results.processResult({ url: URL_, excerpt: "first words", meta, filters, anchors, sub_results: [] });
    expect(byFilter.excerpt).toBe(`${line} first words`);
    expect(byFilter.sub_results.map((s) => s.url)).toEqual(["/notes/"]);
  });

  it("shows only what a page has", () => {
    expect(results.summaryOf({ filters: { kind: ["guide"] } })).toBe("Guide");
    expect(results.summaryOf({ meta: { date: "10 January 2024" }, filters: { kind: ["post"], year: ["2024"] } })).toBe("Post · 10 January 2024");
    expect(results.summaryOf({ meta: { kind: "Group" }, filters: { kind: ["page"], group: ["AI"] } })).toBe("Group · AI");
    expect(results.yearSpan(["2024", "2022", "2023"])).toBe("2022–2024");
    expect(results.yearSpan(["2024"])).toBe("2024");
    expect(results.yearSpan()).toBe("");
    expect(results.processResult({ url: URL_, excerpt: "x", meta: {}, sub_results: [] }).excerpt).toBe("x");
    expect(results.escapeHtml(`<a href="x">'&'</a>`)).toBe("&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;");
  });
});
