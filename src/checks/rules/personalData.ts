/**
 * Personal contact details — e-mail addresses and phone numbers — published without
 * anyone deciding they should be. Meeting notes collect them easily ("Jane (07700 900123)
 * will send the slides"), and once a page is public the number is too. A warning, not an
 * error: sometimes publishing is right, and the editor says so in one of two ways:
 *
 * - `contacts: public` in a page's front matter allows every contact on that page;
 * - `allowedContacts` in `_data/site.ts` allows a value anywhere. Entries are compared
 *   normalised: e-mail lower-cased, `*@domain` allows a whole domain, phone numbers by
 *   their digits, with `+44 20 7946 0000`, `+44 (0)20 7946 0000` and `020 7946 0000`
 *   being the same number.
 *
 * Addresses at reserved example domains (RFC 2606 / 6761: example.com, .net, .org and
 * their subdomains; the .example, .test, .invalid, .localhost and .local TLDs) are not
 * reported: nobody can receive mail there, so they are placeholders by construction and a
 * warning would only teach editors to ignore the rule. Every other address is reported,
 * role addresses (`noreply@`, `info@`) included: a shared inbox is allowed once, in
 * `allowedContacts`, and that is a deliberate decision.
 *
 * Meeting notes are full of numbers, so phone numbers are recognised by shape, never by
 * "enough digits": UK national numbers (`0` + 9–10 digits, at most three groups, as
 * `07700 900123`, `020 7946 0000`, `(020) 7946 0000`, `01632 960000`) and international
 * numbers starting with `+` (9–15 digits). Digits inside code, URLs and link targets are
 * ignored; dates, times, versions and IP addresses never have these shapes.
 */
import type { Diagnostic } from "../../diagnostics/diagnostic.ts";
import { markdownTokens } from "../tokens.ts";
import { codeSpanRanges } from "../../markdown/codeSpans.ts";
import { LineIndex, type CheckFile, type Rule } from "../types.ts";

const RULE = "personal-data";

export type ContactKind = "email" | "phone";

export interface Contact {
  kind: ContactKind;
  value: string;
  /** Offset of the value in the text it was found in. */
  offset: number;
}

type Range = readonly [start: number, end: number];

// ---- e-mail ------------------------------------------------------------------------

const EMAIL =
  /(?<![A-Za-z0-9._%+\-@])([A-Za-z0-9](?:[A-Za-z0-9._%+\-]*[A-Za-z0-9_%+\-])?)@((?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,24})(?![A-Za-z0-9-]|\.[A-Za-z0-9])/g;

// `logo@2x.png` is a file name, not an address.
const FILE_EXTENSIONS = new Set(
  "png jpg jpeg gif svg webp avif ico css js mjs cjs ts json yml yaml html htm txt pdf md zip".split(" "),
);

/** RFC 2606 / 6761 names: no mailbox can exist there. */
export function isReservedDomain(domain: string): boolean {
  const d = domain.toLowerCase();
  return (
    /(?:^|\.)example\.(?:com|net|org)$/.test(d) || /\.(?:example|test|invalid|localhost|local)$/.test(d)
  );
}

export function findEmails(text: string): Contact[] {
  const found: Contact[] = [];
  for (const match of text.matchAll(EMAIL)) {
    const [value, local, domain] = match as unknown as [string, string, string];
    const tld = domain.slice(domain.lastIndexOf(".") + 1).toLowerCase();
    // `git@github.com:org/repo.git` is an SSH remote, whichever host it names.
    if (local === "git" || FILE_EXTENSIONS.has(tld) || isReservedDomain(domain)) continue;
    found.push({ kind: "email", value, offset: match.index });
  }
  return found;
}

// ---- phone -------------------------------------------------------------------------

const SP = "[ \\u00A0]";
// `+44 20 7946 0000`, `+44 (0)20 7946 0000`, `+1 (202) 555-0100`, `+33 1.23.45.67.89`.
// Separators are mandatory between digit runs, so the pattern cannot backtrack badly.
const INTERNATIONAL = new RegExp(
  String.raw`(?<![\w+])\+\d+(?:(?:${SP}|[.\-]|${SP}?\(\d{1,5}\)${SP}?)\d+)*(?![\w@])`,
  "g",
);
// `07700 900123`, `020 7946 0000`, `(020) 7946 0000`, `020-7946-0000`, `02079460000`.
// Not after a digit and a separator: that is a longer run of numbers, not a phone.
const NATIONAL = new RegExp(
  String.raw`(?<![\w+&#/=.,@-]|\d${SP}|\d-)(?:\(0\d+\)${SP}?\d+|0\d+)(?:(?:${SP}|-)\d+)*(?![\w@])`,
  "g",
);

function digitsOf(value: string): string {
  return value.replace(/\(0\)/g, "").replace(/\D/g, "");
}

function isInternationalPhone(value: string): boolean {
  const digits = digitsOf(value);
  // A date glued to a `+` is not a phone number, whatever its length.
  return digits.length >= 9 && digits.length <= 15 && !/\d{4}-\d{2}-\d{2}/.test(value);
}

function isNationalPhone(value: string): boolean {
  const digits = digitsOf(value);
  if (digits.length < 10 || digits.length > 11 || !/^0[1235789]/.test(digits)) return false;
  const groups = value.split(/[^\d]+/).filter(Boolean);
  if (groups.length === 1) return true;
  // UK numbers are written as an area code of 3–5 digits and one or two groups of 3+.
  const [first, ...rest] = groups;
  return groups.length <= 3 && first!.length >= 3 && first!.length <= 5 && rest.every((g) => g.length >= 3);
}

/** Whether the characters right after a match continue it as something else (`.5`, `/2`). */
function continues(text: string, end: number): boolean {
  return /^[./:][0-9A-Za-z]/.test(text.slice(end, end + 2));
}

/**
 * Character ranges, sorted and merged once, asked "does [start, end) overlap any of you?" by
 * binary search: a page with many URLs and many numbers costs O((r + m) log r), not O(r · m).
 */
export class RangeSet {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(ranges: readonly Range[]) {
    const sorted = ranges.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
    for (const [s, e] of sorted) {
      const last = this.ends.length - 1;
      // Overlapping ranges merge; merged ones are disjoint, so their ends are sorted too.
      if (last >= 0 && s < this.ends[last]!) this.ends[last] = Math.max(this.ends[last]!, e);
      else {
        this.starts.push(s);
        this.ends.push(e);
      }
    }
  }

  /** True when the non-empty range [start, end) shares a character with one of the ranges. */
  overlaps(start: number, end: number): boolean {
    // The last range starting before `end` is the only one that can reach past `start`.
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.starts[mid]! < end) low = mid + 1;
      else high = mid;
    }
    return low > 0 && this.ends[low - 1]! > start;
  }
}

/** Phone numbers in `text`, skipping any that overlap `excluded` (code, URLs). */
export function findPhones(text: string, excludedRanges: readonly Range[] = []): Contact[] {
  const found: Contact[] = [];
  const excluded = new RangeSet(excludedRanges);
  const international: Range[] = [];
  for (const match of text.matchAll(INTERNATIONAL)) {
    const end = match.index + match[0].length;
    if (!isInternationalPhone(match[0]) || continues(text, end) || excluded.overlaps(match.index, end)) continue;
    found.push({ kind: "phone", value: match[0], offset: match.index });
    international.push([match.index, end]);
  }
  const taken = new RangeSet(international);
  for (const match of text.matchAll(NATIONAL)) {
    const end = match.index + match[0].length;
    if (!isNationalPhone(match[0]) || continues(text, end) || excluded.overlaps(match.index, end)) continue;
    if (taken.overlaps(match.index, end)) continue;
    found.push({ kind: "phone", value: match[0], offset: match.index });
  }
  return found.sort((a, b) => a.offset - b.offset);
}

// ---- where digits do not count -----------------------------------------------------

const URL_LIKE = [
  /\b(?:https?|ftps?|wss?):\/\/[^\s<>"'`]+/g,
  /\bwww\.[^\s<>"'`]+/g,
  // Markdown link targets and HTML attributes, except tel: and mailto: — those are contacts.
  /\]\(\s*<?(?!tel:|mailto:)[^)\s]*/gi,
  /\b(?:href|src)\s*=\s*(?:"(?!tel:|mailto:)[^"]*"|'(?!tel:|mailto:)[^']*')/gi,
  // Reference-style link definitions: `[label]: /path/123`.
  /^ {0,3}\[[^\]\n]+\]:[ \t]*(?!tel:|mailto:)\S+/gim,
];

/** Character ranges of the file whose digits are code or addresses, not phone numbers. */
export function excludedRanges(file: CheckFile): Range[] {
  const ranges: Range[] = [];
  const { text } = file;
  for (const pattern of URL_LIKE) {
    for (const match of text.matchAll(pattern)) ranges.push([match.index, match.index + match[0].length]);
  }
  ranges.push(...codeSpanRanges(text));
  const { starts } = new LineIndex(text);
  // Fences only: the site turns indented code blocks off, so indented text is published as text.
  for (const token of markdownTokens(file)) {
    if ((token.type !== "fence" && token.type !== "code_block") || !token.map) continue;
    // token.map is [first, end) in 0-based body lines; starts[] is indexed by 0-based file line.
    const first = token.map[0] + file.bodyLine - 1;
    const end = token.map[1] + file.bodyLine - 1;
    ranges.push([starts[first] ?? text.length, starts[end] ?? text.length]);
  }
  return ranges;
}

// ---- allowing and reporting --------------------------------------------------------

/** The form values are compared in: lower-case e-mail; phone digits, UK numbers national. */
export function normaliseContact(value: string): string {
  const trimmed = value.trim();
  if (trimmed.includes("@")) return trimmed.toLowerCase();
  const digits = digitsOf(trimmed);
  if (/^\+\s*44/.test(trimmed)) return `0${digits.slice(2)}`;
  if (/^0044/.test(digits)) return `0${digits.slice(4)}`;
  return trimmed.startsWith("+") ? `+${digits}` : digits;
}

export interface AllowList {
  values: Set<string>;
  /** Domains allowed whole with `*@domain`. */
  domains: Set<string>;
}

export function allowListFrom(entries: readonly string[] = []): AllowList {
  const values = new Set<string>();
  const domains = new Set<string>();
  for (const entry of entries) {
    const wildcard = /^\*@(.+)$/.exec(entry.trim());
    if (wildcard) domains.add(wildcard[1]!.toLowerCase());
    else values.add(normaliseContact(entry));
  }
  return { values, domains };
}

export function isAllowed(contact: Contact, allow: AllowList): boolean {
  if (allow.values.has(normaliseContact(contact.value))) return true;
  return contact.kind === "email" && allow.domains.has(contact.value.slice(contact.value.indexOf("@") + 1).toLowerCase());
}

/** `j…@dept.gov.uk`, `07… …123`: enough to find the value, not enough to copy it. */
export function maskContact(contact: Contact): string {
  if (contact.kind === "email") {
    const at = contact.value.indexOf("@");
    return `${contact.value.slice(0, 1)}…${contact.value.slice(at)}`;
  }
  const compact = contact.value.replace(/\(0\)/g, "").replace(/[^\d+]/g, "");
  return `${compact.slice(0, compact.startsWith("+") ? 3 : 2)}… …${compact.slice(-3)}`;
}

function message(contact: Contact, file: CheckFile): string {
  const what = contact.kind === "email" ? "e-mail address" : "phone number";
  const howToAllow =
    file.kind === "talk"
      ? "add it to `allowedContacts` in _data/site.ts"
      : "add it to `allowedContacts` in _data/site.ts, or set `contacts: public` in this page's front matter";
  return `${what} ${maskContact(contact)}: publish personal contact details only with the person's consent; if this one may be public, ${howToAllow}`;
}

export function checkPersonalData(file: CheckFile, allow: AllowList): Diagnostic[] {
  if (!file.readable || file.data.contacts === "public") return [];
  const { text } = file;
  const contacts = findEmails(text);
  // Cheap test first: most pages have no `+digit` or `0digit` run, and need no exclusions.
  if (/(?:\+|\b0)\d/.test(text)) contacts.push(...findPhones(text, excludedRanges(file)));
  const reported = contacts.filter((contact) => !isAllowed(contact, allow)).sort((a, b) => a.offset - b.offset);
  if (reported.length === 0) return [];
  const lines = new LineIndex(text);
  return reported
    .map((contact) => ({
      file: file.path,
      ...lines.locate(contact.offset),
      rule: RULE,
      severity: "warning",
      message: message(contact, file),
    }));
}

export const personalDataRule: Rule = {
  name: RULE,
  summary: "e-mail addresses and phone numbers not marked as public",
  check(context) {
    const allow = allowListFrom(context.site.allowedContacts);
    return context.files.flatMap((file) => checkPersonalData(file, allow));
  },
};
