// Which organisation was in the room. Editors write attendees as "MW (CDDO)",
// sometimes "Jim GCHQ", and speakers in the notes as "Priya (NCSC) explained …".
// Brackets also hold other things ("(she/her)", "(remote)", "(chair)"), so a
// bracketed part only counts when it looks like an organisation name: it starts
// with a capital letter and is not a pronoun set, a role or a date word. A wrong
// organisation is worse than a missing one (the site counts them), so every rule
// here prefers to say nothing when in doubt.

import { collapseWhitespace } from "./tokens.ts";

const PRONOUNS = new Set(
  "he him his she her hers they them their theirs ze zir zirs hir hirs xe xem xyr xir ey em eir fae faer it its any all pronouns one".split(" "),
);

// Whole bracketed parts (or comma-separated segments of one) that describe a
// person's part in the meeting, not where they work.
const ROLE_WORDS = new Set([
  "chair",
  "co-chair",
  "host",
  "co-host",
  "guest",
  "speaker",
  "presenter",
  "facilitator",
  "organiser",
  "organizer",
  "note taker",
  "note-taker",
  "notes",
  "minutes",
  "observer",
  "remote",
  "online",
  "in person",
  "in the room",
  "late",
  "left early",
  "joined late",
  "apologies",
  "tbc",
  "optional",
]);

const DATE_WORDS = new Set(
  "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday".split(
    " ",
  ),
);

const MAX_ORGANISATION_LENGTH = 80;
const MAX_ORGANISATION_WORDS = 8;

/** "She/her", "they / them", "any pronouns": every word a pronoun. */
function isPronounSet(text: string): boolean {
  const words = text.toLowerCase().split(/[\s/,]+/u).filter(Boolean);
  return words.length > 0 && words.every((word) => PRONOUNS.has(word));
}

/** True when `text` could be an organisation's name rather than a note about the person. */
export function looksLikeOrganisation(text: string): boolean {
  if (text.length === 0 || text.length > MAX_ORGANISATION_LENGTH) return false;
  if (!/^\p{Lu}/u.test(text)) return false;
  // Sentences and times are asides, not names: "(See below!)", "(10:30)", "(Why?)".
  if (/[?!:]/u.test(text)) return false;
  if (text.split(" ").length > MAX_ORGANISATION_WORDS) return false;
  const lower = text.toLowerCase();
  return !isPronounSet(text) && !ROLE_WORDS.has(lower) && !DATE_WORDS.has(lower);
}

interface Bracketed {
  /** Text between the outer brackets, inner brackets included. */
  inner: string;
  /** Index just after the closing bracket. */
  end: number;
}

/**
 * Top-level bracketed parts from `from` on, nested brackets kept balanced:
 * "Jim (GCHQ (Cheltenham)) (he/him)" gives "GCHQ (Cheltenham)" and "he/him".
 * An unclosed bracket ends the scan; nothing after it is trusted.
 */
function bracketedParts(text: string, from = 0, limit = Infinity): Bracketed[] {
  const parts: Bracketed[] = [];
  let depth = 0;
  let start = -1;
  for (let i = from; i < text.length && parts.length < limit; i++) {
    const char = text[i];
    if (char === "(") {
      if (depth === 0) start = i + 1;
      depth++;
    } else if (char === ")" && depth > 0) {
      depth--;
      if (depth === 0) parts.push({ inner: text.slice(start, i), end: i + 1 });
    }
  }
  return parts;
}

/** Removes bracketed asides at any depth in one pass: "GCHQ (Cheltenham)" → "GCHQ". */
function withoutBrackets(text: string): string {
  let depth = 0;
  let out = "";
  for (const char of text) {
    if (char === "(") depth++;
    else if (char === ")" && depth > 0) depth--;
    else if (depth === 0) out += char;
  }
  return collapseWhitespace(out);
}

/**
 * The organisation inside one bracketed part, or null. Segments are split on
 * commas and semicolons; pronoun and role segments are skipped ("she/her, GDS",
 * "CDDO, chair"), and the first segment starting in lower case ends the name
 * ("DWP, joined late") while capitalised ones stay ("Levelling Up, Housing and Communities").
 */
function organisationInBrackets(inner: string): string | null {
  const kept: string[] = [];
  for (const raw of withoutBrackets(inner).split(/[,;]/u)) {
    const segment = collapseWhitespace(raw);
    if (segment === "") continue;
    const lower = segment.toLowerCase();
    if (isPronounSet(segment) || ROLE_WORDS.has(lower)) continue;
    if (!/^\p{Lu}/u.test(segment)) break;
    kept.push(segment);
  }
  const name = kept.join(", ");
  return looksLikeOrganisation(name) ? name : null;
}

// "Jim GCHQ", "MW CDDO": a final all-capitals word of 2-8 letters, after a name.
const TRAILING_ACRONYM = /^\p{Lu}{2,8}$/u;

/**
 * The organisation of an attendee list item: the first bracketed part that looks
 * like one ("AS (CDDO)", "Alex (she/her) (GDS)"); failing that, a final acronym
 * after at least one other word ("Jim GCHQ"). Plain names give null.
 */
export function organisationOfAttendee(item: string): string | null {
  for (const part of bracketedParts(item)) {
    const name = organisationInBrackets(part.inner);
    if (name) return name;
  }
  const words = withoutBrackets(item).split(" ");
  const last = (words[words.length - 1] ?? "").replace(/[.,;:]+$/u, "");
  return words.length >= 2 && TRAILING_ACRONYM.test(last) ? last : null;
}

// A speaker at the start of a paragraph or list item: one or two capitalised
// words (initials or a first name) and then a bracket. Bounded repeats with
// disjoint character classes keep this linear on long paragraphs.
const SPEAKER = /^\p{Lu}[\p{L}\p{M}'’.-]{0,40}(?:[ \u00a0]\p{Lu}[\p{L}\p{M}'’.-]{0,40})?[ \u00a0]*\(/u;

/** "Jim (GCHQ) explained …", "JS (Met Office): a Java service" → the organisation; else null. */
export function organisationOfSpeaker(text: string): string | null {
  const match = SPEAKER.exec(text);
  if (!match) return null;
  const first = bracketedParts(text, match[0].length - 1, 1)[0];
  return first ? organisationInBrackets(first.inner) : null;
}

/** Unique organisations in first-seen order; "DfE" and "DFE" count as one, first spelling kept. */
export class OrganisationList {
  readonly #seen = new Set<string>();
  readonly names: string[] = [];

  add(name: string | null): void {
    if (!name) return;
    const key = name.toLowerCase();
    if (this.#seen.has(key)) return;
    this.#seen.add(key);
    this.names.push(name);
  }
}
