/**
 * Front matter written for Eleventy, Jekyll or Docusaurus, read as-is and normalised to
 * the keys our templates use. The one YAML reader of the project: Eleventy's YAML engine,
 * the checker and the content model all read a block through `readFrontMatter`, so a value
 * means the same everywhere and every problem has its line.
 */
import { LineCounter, parseDocument, isMap, isScalar, visit } from "yaml";
import { ContentError } from "../diagnostics/diagnostic.ts";
import { overLimit } from "./limits.ts";

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
  // Jekyll's and the GOV.UK plugin's `categories` are topics too: shown and listed as tags.
  if ("categories" in data) {
    data.categories = normaliseTags(data.categories);
    data.tags = [...new Set([...normaliseTags(data.tags), ...(data.categories as string[])])];
  }
  // The GOV.UK Eleventy plugin ranks pages in its navigation by a top-level `order`.
  const navigation = data.eleventyNavigation;
  if (navigation && typeof navigation === "object" && !Array.isArray(navigation) && (navigation as { order?: unknown }).order === undefined && typeof data.order === "number") {
    data.eleventyNavigation = { ...(navigation as object), order: data.order };
  }

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

/** A problem in a front matter block, at its line and column in the file. */
export interface YamlProblem {
  line: number;
  column: number;
  message: string;
}

/** A front matter block as read: its text, where it sits in the file, its values and problems. */
export interface FrontMatterBlock {
  /** The YAML as written, as Eleventy's front matter splitter hands it over. */
  source: string;
  /** 1-based file line of the source's first line. */
  firstLine: number;
  /** 1-based file line where the body after the closing `---` starts. */
  bodyLine: number;
  /** Values as written (a mapping), before normalisation; {} when the block does not parse. */
  raw: FrontMatter;
  /** Normalised values: what the build uses. */
  data: FrontMatter;
  /** 1-based file line of each top-level key. */
  keyLines: ReadonlyMap<string, number>;
  /** Problems that stop the build: YAML that does not parse, no mapping, an impossible date. */
  problems: YamlProblem[];
}

/**
 * The YAML 1.2 core schema (so `0755` is the number 755, as for every YAML 1.2 reader),
 * plus timestamps (`date: 2023-12-08` is a Date, as in Eleventy and Jekyll) and merge keys.
 * Aliases are capped (the library's default of 100), so an alias bomb is a located error.
 */
const YAML_OPTIONS = { customTags: ["timestamp" as const], merge: true, uniqueKeys: true };

/**
 * The largest front matter block read, in bytes of UTF-8. Front matter is a page's settings;
 * a bigger block is a mistake (or an attack: the YAML reader's cost grows faster than the
 * block, about 1.5 s for 64 KB of distinct keys), and is reported instead of read.
 */
export const MAX_FRONT_MATTER_BYTES = 64 * 1024;


/** "Map keys must be unique at line 4, column 1:\n…" → "Map keys must be unique". */
function yamlMessage(message: string): string {
  return (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "").replace(/[.:]$/, "");
}

/** The file line of the block's line `index` (0-based). */
const fileLine = (firstLine: number, index: number) => firstLine + index;

/**
 * YAML turns `date: 2023-02-31` into 3 March without a word; the day as written must be real.
 * `2023-12-08 00:30 +01:00` is a real date whose UTC instant falls on 7 December: only the
 * written day is checked.
 */
function impossibleDates(doc: ReturnType<typeof parseDocument>, counter: LineCounter, firstLine: number): YamlProblem[] {
  const problems: YamlProblem[] = [];
  if (!isMap(doc.contents)) return problems;
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key) || !isScalar(pair.value) || !(pair.value.value instanceof Date)) continue;
    const written = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(String(pair.value.source ?? ""));
    if (!written) continue;
    const [, y, m, d] = written;
    const day = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    if (day.getUTCFullYear() === Number(y) && day.getUTCMonth() === Number(m) - 1 && day.getUTCDate() === Number(d)) continue;
    const position = counter.linePos(pair.value.range?.[0] ?? 0);
    problems.push({
      line: fileLine(firstLine, position.line - 1),
      column: position.col,
      message: `\`${String(pair.key.value)}: ${written[0]}\` is not a real date`,
    });
  }
  return problems;
}

/**
 * Reads a front matter block. `firstLine` is the file line of the source's first line: 1 for
 * what Eleventy's splitter hands over (the rest of the opening `---` line, then a newline),
 * 2 for a block without its opening line. Never throws: problems are returned, located.
 */
export function readFrontMatter(source: string, firstLine = /^\r?\n/.test(source) ? 1 : 2): FrontMatterBlock {
  let newlines = 0;
  for (let at = source.indexOf("\n"); at !== -1; at = source.indexOf("\n", at + 1)) newlines++;
  const bodyLine = firstLine + newlines + 2;
  const bytes = source.length * 3 > MAX_FRONT_MATTER_BYTES ? Buffer.byteLength(source, "utf8") : source.length;
  if (bytes > MAX_FRONT_MATTER_BYTES) {
    const problem = {
      line: fileLine(firstLine, firstLine === 1 ? 1 : 0),
      column: 1,
      message: `front matter is ${overLimit(bytes, MAX_FRONT_MATTER_BYTES)} for a page's settings: keep long data in a data file (_data/) or in the page's text`,
    };
    return { source, firstLine, bodyLine, raw: {}, data: {}, keyLines: new Map(), problems: [problem] };
  }
  const counter = new LineCounter();
  const doc = parseDocument(source, { ...YAML_OPTIONS, lineCounter: counter });
  const block = (raw: FrontMatter, problems: YamlProblem[], keyLines = new Map<string, number>()): FrontMatterBlock => ({
    source,
    firstLine,
    bodyLine,
    raw,
    data: problems.length ? {} : normaliseFrontMatter(raw),
    keyLines,
    problems,
  });
  const located = (offset: number | undefined, message: string): YamlProblem => {
    const position = counter.linePos(offset ?? 0);
    return { line: fileLine(firstLine, position.line - 1), column: position.col, message };
  };

  // One mistake often makes several errors; the first says where it is.
  const [error] = doc.errors;
  if (error) return block({}, [located(error.pos[0], `front matter is not valid YAML: ${yamlMessage(error.message)}`)]);
  // What the library only warns about is lost without a word otherwise (an unknown `!tag` is dropped).
  const [warning] = doc.warnings;
  if (warning) return block({}, [located(warning.pos[0], `front matter is not valid YAML here: ${yamlMessage(warning.message)}`)]);
  let value: unknown;
  try {
    value = doc.toJS();
  } catch (error) {
    // An alias bomb, or an alias to nothing: the library says which; the first alias says where.
    let firstAlias: number | undefined;
    visit(doc, {
      Alias(_, node) {
        firstAlias = node.range?.[0];
        return visit.BREAK;
      },
    });
    return block({}, [located(firstAlias ?? 0, `front matter is not valid YAML: ${yamlMessage((error as Error).message)}`)]);
  }
  if (value === undefined || value === null) return block({}, []);
  // A list, a scalar, or a lone timestamp (which YAML reads as a Date) is no mapping.
  if (Object.prototype.toString.call(value) !== "[object Object]" || !isMap(doc.contents)) {
    return block({}, [{ line: fileLine(firstLine, firstLine === 1 ? 1 : 0), column: 1, message: "front matter must be a set of `key: value` lines" }]);
  }
  const keyLines = new Map<string, number>();
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key !== undefined && !keyLines.has(key)) keyLines.set(key, counter.linePos(pair.key && isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0).line - 1 + firstLine);
  }
  return block(value as FrontMatter, impossibleDates(doc, counter, firstLine), keyLines);
}

/** The file line of a top-level key of a block, or the block's first line when it has no such key. */
export function keyLine(block: FrontMatterBlock | undefined, key: string): number {
  if (!block) return 1;
  return block.keyLines.get(key) ?? fileLine(block.firstLine, block.firstLine === 1 ? 1 : 0);
}

/** The first problem of a block as the error that stops the build, at its place in `filePath`. */
export function frontMatterError(block: FrontMatterBlock, filePath: string | undefined): ContentError | undefined {
  const problem = block.problems[0];
  return problem ? new ContentError({ file: displayPath(filePath), ...problem, rule: "front-matter" }) : undefined;
}

/** Reads a block and returns its normalised data; throws its first problem as a ContentError. */
export function parseFrontMatter(source: string, filePath?: string): FrontMatter {
  const block = readFrontMatter(source);
  const error = frontMatterError(block, filePath);
  if (error) throw error;
  return block.data;
}

/** The front matter block at the start of a whole file's text, if it has one. */
export function frontMatterOfText(text: string): FrontMatterBlock | undefined {
  const block = /^\uFEFF?---[^\n]*\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  return block === undefined ? undefined : readFrontMatter(block, 2);
}
