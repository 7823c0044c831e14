/**
 * Front matter: YAML that parses, and values of the type each content kind needs. The
 * values are checked as written (the block's raw values, as the YAML reader gave them), not
 * after normalisation, so a mistake the normaliser would quietly paper over (`draft: "yes"`,
 * `tags: 3`) is still reported. Unknown keys are fine: other tools add their own. Whether a
 * layout exists is Eleventy's to say: the check runs the build's own layout resolution.
 */
import { datedName } from "../../content/paths.ts";
import { z } from "zod";
import { isValidDate } from "../../content/dates.ts";
import { parseDateString } from "../../content/contentDate.ts";
import { keyLine } from "../../content/frontMatter.ts";
import type { Diagnostic } from "../../diagnostics/diagnostic.ts";
import type { CheckFile, ContentKind, Rule } from "../types.ts";
import { LISTINGS } from "../../collections/index.ts";

const RULE = "front-matter";

// Each field carries the words used in "expected …", so messages read the same everywhere.
interface Field {
  schema: z.ZodType;
  expected: string;
}

const DATE_EXPECTED = "a real date written YYYY-MM-DD, optionally with a time (YYYY-MM-DD HH:MM[:SS] [±HH:MM])";
/** A YAML date, or a date string the build can read (`parseDateString` is what the build uses). */
const dateSchema = z.union([z.date(), z.string().refine((text) => parseDateString(text) !== undefined)]);
const textList = z.array(z.string());
// Docusaurus writes tags and authors as objects (`{ label }`, `{ name }`); the normaliser reads those.
const labelled = (key: string) => z.looseObject({ [key]: z.string() });

const COMMON: Record<string, Field> = {
  title: { schema: z.union([z.string(), z.number(), z.date()]), expected: "text" },
  description: { schema: z.string(), expected: "text" },
  // Jekyll writes `tags: a b` or `tags: a, b`; the normaliser splits both.
  tags: { schema: z.union([z.string(), z.array(z.union([z.string(), labelled("label")]))]), expected: 'a list of text items (or one "a, b" string)' },
  draft: { schema: z.boolean(), expected: "true or false" },
  published: { schema: z.boolean(), expected: "true or false" },
  date: { schema: dateSchema, expected: DATE_EXPECTED },
  modified: { schema: dateSchema, expected: DATE_EXPECTED },
  categories: { schema: z.union([z.string(), z.array(z.string())]), expected: 'a list of categories (or one "a, b" string)' },
  // `false` (or no value) means "no layout" to Eleventy; whether a named layout exists is the layout rule's.
  layout: { schema: z.union([z.string(), z.literal(false)]), expected: "the name of a layout in _includes/, or false" },
  permalink: { schema: z.union([z.string(), z.literal(false)]), expected: "a URL path such as /about/, or false" },
  sidebar_position: { schema: z.number(), expected: "a number" },
  listing: { schema: z.enum(LISTINGS), expected: `the name of a listing to show below the page: ${LISTINGS.join(", ")}` },
  redirect_from: { schema: z.union([z.string(), z.array(z.string())]), expected: "an old address such as /old-page/, or a list of them" },
  // A name, `{ name, url }` (the GOV.UK Eleventy plugin, Docusaurus), or a list of either.
  authors: { schema: z.union([z.string(), labelled("name"), z.array(z.union([z.string(), labelled("name")]))]), expected: "a name, { name, url }, or a list of them" },
  author: { schema: z.union([z.string(), labelled("name"), z.array(z.union([z.string(), labelled("name")]))]), expected: "a name, { name, url }, or a list of them" },
};

const GROUP: Record<string, Field> = {
  ...COMMON,
  // The build reads the status case-insensitively, so "Archived" works and is accepted.
  status: { schema: z.string().regex(/^\s*(?:active|archived)\s*$/i), expected: "active or archived" },
  next: { schema: dateSchema, expected: DATE_EXPECTED },
  channel: { schema: z.url({ protocol: /^(?:https?|mailto)$/ }), expected: "a URL such as https://… or mailto:…" },
};

const MEETING: Record<string, Field> = {
  ...COMMON,
  attendees: { schema: textList, expected: 'a list of attendees such as "AB (Organisation)"' },
};

const FIELDS: Record<ContentKind, Record<string, Field>> = {
  page: COMMON,
  post: COMMON,
  guide: COMMON,
  talk: COMMON,
  "meeting-log": COMMON,
  "group-index": GROUP,
  "meeting-file": MEETING,
};

const DATE_KEYS = new Set(["date", "next"]);

// One schema per kind, built once. `nullish`: a key with no value (`tags:`) is as if unwritten.
const SCHEMAS = new Map<ContentKind, z.ZodType>(
  (Object.keys(FIELDS) as ContentKind[]).map((kind) => {
    const shape = Object.fromEntries(Object.entries(FIELDS[kind]).map(([key, field]) => [key, field.schema.nullish()]));
    return [kind, z.looseObject(shape)];
  }),
);

/** 1-based file line of a top-level front matter key, or of the block's first line if it is not found. */
export function frontMatterKeyLine(file: CheckFile, key: string): number {
  return keyLine(file.frontMatter, key);
}

/** What was found, in words an editor recognises. */
export function describeValue(value: unknown, key = ""): string {
  if (value === undefined) return "missing";
  if (value === null) return "empty";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "an invalid date" : `${value.toISOString().slice(0, 10)} (a date)`;
  if (typeof value === "string") {
    const quoted = JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
    if (DATE_KEYS.has(key) && /^\d{4}-\d{1,2}-\d{1,2}/.test(value)) return `${quoted}, which is not a real date`;
    return `${quoted} (text)`;
  }
  if (typeof value === "number") return `${value} (a number)`;
  if (typeof value === "boolean") return `${value} (true/false)`;
  if (Array.isArray(value)) {
    // The item that broke the list: not text, nor a Docusaurus `{ label }` / `{ name }` object.
    const named = (item: object) => ["label", "name"].some((key) => typeof (item as Record<string, unknown>)[key] === "string");
    const odd = value.find((item) => typeof item !== "string" && !(item && typeof item === "object" && named(item)));
    return odd === undefined ? "a list" : `a list containing ${describeValue(odd)}`;
  }
  return "a set of key: value pairs";
}

function at(file: CheckFile, line: number, message: string, rule = RULE): Diagnostic {
  return { file: file.path, line, column: 1, rule, severity: "error", message };
}

function checkValues(file: CheckFile, raw: Record<string, unknown>): Diagnostic[] {
  const block = file.frontMatter;
  if (!block) return [];
  const lineOf = (key: string) => keyLine(block, key);
  const fields = FIELDS[file.kind];
  const result = SCHEMAS.get(file.kind)?.safeParse(raw);
  const out: Diagnostic[] = [];
  const reported = new Set<string>();
  for (const issue of result?.success === false ? result.error.issues : []) {
    const key = String(issue.path[0] ?? "");
    const field = fields[key];
    if (!field || reported.has(key)) continue;
    reported.add(key);
    out.push(at(file, lineOf(key), `\`${key}\` is ${describeValue(raw[key], key)}; expected ${field.expected}`));
  }
  return out;
}

// `2023-12-08-slug.md` (posts) or `2023-12-08[-slug].md` (meetings): a date the file name promises.
const FILE_NAME_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/;

function fileNameDate(file: CheckFile): { text: string; valid: boolean } | null {
  // A post in a dated folder of its own (`blog/2021-08-26-welcome/index.md`) is named by its folder.
  const m = FILE_NAME_DATE.exec(datedName(file.relativePath));
  return m ? { text: m[0], valid: isValidDate(Number(m[1]), Number(m[2]), Number(m[3])) } : null;
}

/** Posts need a date; posts and meetings named by date must name a real one. */
function checkFileDates(file: CheckFile, raw: Record<string, unknown>): Diagnostic[] {
  if (file.kind !== "post" && file.kind !== "meeting-file") return [];
  const named = fileNameDate(file);
  if (named && !named.valid) {
    const pattern = file.kind === "post" ? "YYYY-MM-DD-slug.md" : "YYYY-MM-DD[-slug].md";
    return [at(file, 1, `the file name starts with ${named.text}, which is not a real date; name the file ${pattern}`)];
  }
  const hasDate = raw.date !== undefined && raw.date !== null;
  if (file.kind === "post" && !hasDate && !named) {
    return [at(file, 1, "a blog post needs a date: add `date: YYYY-MM-DD` to its front matter or name the file YYYY-MM-DD-slug.md")];
  }
  return [];
}

export const frontMatterRule: Rule = {
  name: RULE,
  summary: "front matter is valid YAML with values of the right type (dates, tags, draft, layout…)",
  check(context) {
    const out: Diagnostic[] = [];
    for (const file of context.files) {
      if (!file.readable || file.kind === "talk") continue;
      const block = file.frontMatter;
      // What stops the build (YAML that does not parse, an impossible date) is reported as the build reports it.
      out.push(...(block?.problems ?? []).map((problem) => ({ ...at(file, problem.line, problem.message), column: problem.column })));
      const raw = block?.raw ?? {};
      out.push(...checkValues(file, raw), ...checkFileDates(file, raw));
    }
    return out;
  },
};
