/**
 * Front matter written for Eleventy, Jekyll or Docusaurus, read as-is and normalised to
 * the keys our templates use. Runs as Eleventy's YAML engine, so every later step (drafts,
 * collections, tags) sees the same data, and a YAML mistake is reported at its own line.
 */
import yaml from "js-yaml";
import { ContentError } from "../diagnostics/diagnostic.ts";

export type FrontMatter = Record<string, unknown>;

/** `a, b`, `a b`, `[a, b]`, Docusaurus `{ label }` objects → a clean list of strings. */
export function normaliseTags(value: unknown): string[] {
  const raw: unknown[] = Array.isArray(value)
    ? value
    : typeof value === "string"
      ? value.split(value.includes(",") ? "," : /\s+/)
      : value === undefined || value === null
        ? []
        : [value];
  const tags: string[] = [];
  for (const item of raw) {
    const text =
      item && typeof item === "object" && "label" in item ? String((item as { label: unknown }).label) : String(item ?? "");
    const tag = text.trim();
    if (tag && !tags.includes(tag)) tags.push(tag);
  }
  return tags;
}

function asBoolean(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (value === "true") return true;
  if (value === "false") return false;
  return undefined;
}

/** Docusaurus and Jekyll authors: a string, a list of strings, or objects with `name`. */
function normaliseAuthors(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  const list = Array.isArray(value) ? value : [value];
  return list
    .map((a) => (a && typeof a === "object" && "name" in a ? String((a as { name: unknown }).name) : String(a)))
    .map((a) => a.trim())
    .filter(Boolean);
}

function dateText(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}

export function normaliseFrontMatter(input: FrontMatter): FrontMatter {
  const data: FrontMatter = { ...input };

  if ("tags" in data) data.tags = normaliseTags(data.tags);

  // Jekyll says `published: false`; Docusaurus and Eleventy say `draft: true`.
  const draft = asBoolean(data.draft);
  if (draft !== undefined) data.draft = draft;
  if (asBoolean(data.published) === false) data.draft = true;

  for (const key of ["title", "sidebar_label", "description", "anchor_id"]) {
    const value = data[key];
    if (typeof value === "number") data[key] = String(value);
    // `title: 2024-05-10` is read by YAML as a Date; keep the text as written, not `Fri May 10 …`.
    if (value instanceof Date) data[key] = dateText(value);
  }
  // Jekyll themes use `excerpt` or `summary` where Docusaurus uses `description`.
  if (data.description === undefined) {
    const alt = data.summary ?? data.excerpt;
    if (typeof alt === "string") data.description = alt;
  }

  const authors = normaliseAuthors(data.authors ?? data.author);
  if (authors) data.authors = authors;

  // Docusaurus `slug: /some/path` fixes a page's URL the way Eleventy's permalink does.
  if (data.permalink === undefined && typeof data.slug === "string" && /^\/[^/]/.test(data.slug)) {
    data.permalink = `${data.slug.replace(/\/+$/, "")}/`;
  }
  return data;
}

/** Eleventy passes `./content/x.md`; diagnostics use `content/x.md`. */
export function displayPath(filePath: string | undefined): string {
  return (filePath ?? "unknown file").replace(/^\.\//, "");
}

/**
 * Parses a front matter block. `yaml.load` errors become a ContentError at the YAML's own
 * line in the file.
 */
// A top-level key at the start of a line, optionally quoted: `title:`, `"date" :`.
const KEY_LINE = /^(["']?)([^\s"'#:][^:]*?)\1[ \t]*:(?:[ \t\r]|$)/;

/** 0-based index of each top-level key's first line in a YAML block, for locating problems. */
export function frontMatterKeyLines(source: string): Map<string, number> {
  const lines = new Map<string, number>();
  source.split("\n").forEach((line, index) => {
    const key = KEY_LINE.exec(line)?.[2];
    if (key !== undefined && !lines.has(key)) lines.set(key, index);
  });
  return lines;
}

/** A YAML problem located in the file: `firstLine` is the file line of the block's first line. */
export interface YamlProblem {
  line: number;
  column: number;
  message: string;
}

/**
 * Loads a front matter block as written (not yet normalised). Shared by the build, which
 * throws the problem, and the checker, which reports it with the rest.
 */
export function loadFrontMatterYaml(source: string, firstLine: number): { data: FrontMatter } | { problem: YamlProblem } {
  let parsed: unknown;
  try {
    parsed = yaml.load(source);
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    return {
      problem: { line: (mark?.line ?? 0) + firstLine, column: (mark?.column ?? 0) + 1, message: `front matter is not valid YAML: ${reason}` },
    };
  }
  if (parsed === undefined || parsed === null) return { data: {} };
  // A list, a scalar, or a lone timestamp (which YAML reads as a Date object) is no mapping.
  if (Object.prototype.toString.call(parsed) !== "[object Object]") {
    return { problem: { line: 2, column: 1, message: "front matter must be a set of `key: value` lines" } };
  }
  return { data: parsed as FrontMatter };
}

export function parseFrontMatter(source: string, filePath?: string): FrontMatter {
  // gray-matter hands over the block with the rest of the opening `---` line first; a
  // block passed on its own starts at line 2 of its file.
  const firstLine = /^\r?\n/.test(source) ? 1 : 2;
  const loaded = loadFrontMatterYaml(source, firstLine);
  if ("problem" in loaded) {
    throw new ContentError({ file: displayPath(filePath), ...loaded.problem, rule: "front-matter" });
  }
  const data = loaded.data;
  // YAML turns `date: 2023-02-31` into 3 March without a word; say so instead. The
  // written day is checked on its own: `2023-12-08 00:30 +01:00` is a real date whose
  // UTC instant falls on 7 December.
  const written = /^date:\s*["']?(\d{4})-(\d{2})-(\d{2})/m.exec(source);
  if (written && data.date instanceof Date) {
    const [, y, m, d] = written;
    const calendarDay = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))).toISOString().slice(0, 10);
    if (calendarDay !== `${y}-${m}-${d}`) {
      throw new ContentError({
        file: displayPath(filePath),
        line: source.slice(0, written.index).split("\n").length + firstLine - 1,
        column: 1,
        rule: "front-matter",
        message: `\`date: ${y}-${m}-${d}\` is not a real date`,
      });
    }
  }
  return normaliseFrontMatter(data);
}
