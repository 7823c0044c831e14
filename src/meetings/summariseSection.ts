// Reads the body of one meeting (the tokens between its date heading and the
// next section, or a whole per-meeting file) in a single linear pass: who came,
// which organisations, what was discussed and a short excerpt.

import type { Token } from "markdown-it";
import { EXCERPT_LENGTH, ExcerptBuilder } from "./excerpt.ts";
import { OrganisationList, organisationOfAttendee, organisationOfSpeaker } from "./organisations.ts";
import { closingIndex, headingLevel, inlineText, listItemTexts } from "./tokens.ts";

export interface SectionSummary {
  attendees: string[];
  /** From attendees and speaker lines, in document order. */
  organisations: string[];
  /** Non-structural headings whose tag is in `topicTags`, at the top level. */
  topics: string[];
  /** Items of the first list under an "Agenda" heading or label. */
  agendaItems: string[];
  excerpt: string;
}

export interface SectionOptions {
  /** Heading tags that name topics: ["h3"] on log pages, ["h2", "h3"] in per-meeting files. */
  topicTags: readonly string[];
}

// Labels that introduce the attendee list, as a paragraph ("Attendees:",
// "**Attendees:**", "**Attendees**:") or a heading ("### Attendees").
const ATTENDEE_LABELS = new Set(["attendees", "attendance", "participants", "present", "who came"]);
const AGENDA_LABELS = new Set(["agenda"]);
// Headings that organise notes rather than name a topic; also dropped from agenda items.
const STRUCTURAL = new Set([
  "notes",
  "minutes",
  "actions",
  "action items",
  "action points",
  "decisions",
  "apologies",
  "aob",
  "any other business",
]);

/** "Attendees:" → "attendees": lower case, trailing colon and spaces dropped. */
function labelKey(text: string): string {
  return text.toLowerCase().replace(/[\s:]+$/u, "");
}

// A paragraph that starts with a label: "Attendees" alone (the list follows) or
// "Attendees: MW (CDDO), JS" (the list is inline, maybe one per line). Without a
// colon the label must be the whole paragraph, so "Present the plan" is not one.
const LABEL_PARAGRAPH = /^(attendees|attendance|participants|present|who came|agenda)[ \t]*(:|\n|$)/iu;

// Enough of a paragraph's start to find a label or a speaker, however long it is.
const PARAGRAPH_HEAD = 200;
// Cheap tests on the raw Markdown, so most paragraphs never have their text
// assembled twice: a label starts with its word (maybe after "**"); a speaker
// line starts with a capital (maybe after "**" or "[") and has a bracket early on.
const MAYBE_LABEL = /^[*_\s]*(?:attendees|attendance|participants|present|who came|agenda)/iu;
const MAYBE_SPEAKER = /^[*_[\s]*\p{Lu}/u;

function maybeSpeaker(raw: string): boolean {
  if (!MAYBE_SPEAKER.test(raw)) return false;
  const bracket = raw.indexOf("(");
  return bracket !== -1 && bracket < PARAGRAPH_HEAD;
}

/** Splits an inline attendee list at commas, semicolons and line breaks outside brackets. */
export function splitAttendees(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = "";
  for (const char of text) {
    if (char === "(") depth++;
    else if (char === ")" && depth > 0) depth--;
    if (depth === 0 && (char === "," || char === ";" || char === "\n")) {
      items.push(current);
      current = "";
    } else {
      current += char;
    }
  }
  items.push(current);
  return items.map((item) => item.trim().replace(/\.$/u, "").trim()).filter((item) => item !== "");
}

type Expecting = "attendees" | "agenda" | null;

export function summariseSection(
  tokens: readonly Token[],
  start: number,
  end: number,
  options: SectionOptions,
): SectionSummary {
  const attendees: string[] = [];
  const organisations = new OrganisationList();
  const topics: string[] = [];
  const agendaItems: string[] = [];
  const excerpt = new ExcerptBuilder();

  const addAttendees = (items: readonly string[]): void => {
    for (const item of items) {
      attendees.push(item);
      organisations.add(organisationOfAttendee(item));
    }
  };

  // What the next list (or paragraph, after a heading) holds.
  let expecting: Expecting = null;
  let expectingFromHeading = false;
  // The excerpt skips the Attendees and Agenda sections; 0 when not skipping.
  let quietUntilLevel = 0;

  let i = start;
  while (i < end) {
    const token = tokens[i];
    if (!token) break;

    if (token.type === "heading_open") {
      const level = headingLevel(token);
      const text = inlineText(tokens[i + 1]);
      const key = labelKey(text);
      if (quietUntilLevel !== 0 && level <= quietUntilLevel) quietUntilLevel = 0;
      expecting = ATTENDEE_LABELS.has(key) ? "attendees" : AGENDA_LABELS.has(key) ? "agenda" : null;
      expectingFromHeading = expecting !== null;
      if (expecting !== null) quietUntilLevel = level;
      else if (token.level === 0 && options.topicTags.includes(token.tag) && !STRUCTURAL.has(key) && text !== "") {
        topics.push(text);
      }
      i = closingIndex(tokens, i, end) + 1;
      continue;
    }

    if ((token.type === "bullet_list_open" || token.type === "ordered_list_open") && expecting !== null) {
      const close = closingIndex(tokens, i, end);
      const items = listItemTexts(tokens, i, close);
      if (expecting === "attendees") addAttendees(items);
      else agendaItems.push(...items.filter((item) => !STRUCTURAL.has(labelKey(item))));
      expecting = null;
      i = close + 1;
      continue;
    }

    if (token.type === "paragraph_open") {
      const inline = tokens[i + 1];
      const next = closingIndex(tokens, i, end) + 1;
      if (expecting === "attendees" && expectingFromHeading) {
        // "### Attendees" followed by "MW (CDDO), JS (Met Office)".
        addAttendees(splitAttendees(inlineText(inline, true)));
        expecting = null;
        i = next;
        continue;
      }
      const raw = inline?.content ?? "";
      const label = MAYBE_LABEL.test(raw) ? LABEL_PARAGRAPH.exec(inlineText(inline, true, PARAGRAPH_HEAD)) : null;
      if (label) {
        const kind: Expecting = ATTENDEE_LABELS.has(labelKey(label[1] ?? "")) ? "attendees" : "agenda";
        // The head is a prefix of the whole text, so the label's length carries over.
        const rest = label[2] === "" ? "" : inlineText(inline, true).slice(label[0].length).trim();
        if (rest === "") {
          expecting = kind;
          expectingFromHeading = false;
        } else {
          if (kind === "attendees") addAttendees(splitAttendees(rest));
          else agendaItems.push(...splitAttendees(rest));
          expecting = null;
        }
        i = next;
        continue;
      }
      expecting = null;
      if (maybeSpeaker(raw)) organisations.add(organisationOfSpeaker(inlineText(inline, false, PARAGRAPH_HEAD)));
      if (quietUntilLevel === 0 && !excerpt.full) excerpt.add(inlineText(inline, false, EXCERPT_LENGTH * 2));
      i = next;
      continue;
    }

    // Anything else that opens or is a block (a fence, a quote, a table) comes
    // between a label and its list, so the label was not for a list after all.
    // Lists and items that are not attendees are walked into, for their paragraphs.
    if (token.nesting !== -1 && token.type !== "bullet_list_open" && token.type !== "ordered_list_open" && token.type !== "list_item_open") {
      expecting = null;
    }
    i++;
  }

  return { attendees, organisations: organisations.names, topics, agendaItems, excerpt: excerpt.toString() };
}
