/**
 * A synthetic community for the benchmark: `pages` notes pages spread over 20 groups, each
 * page a log of two dated meetings with attendees, topics, lists and a code block. The same
 * input always gives the same files, so runs are comparable.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export const GROUPS = 20;
const ORGS = ["CDDO", "GDS", "HMRC", "DWP", "MoJ", "ONS", "Met Office", "DfE", "Home Office", "NHS England"];
const WORDS = "signing releases dependency review licence policy accessibility audit open data publishing terraform module registry python packaging container images reproducible builds inner source".split(" ");
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function words(seed: number, count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(WORDS[(seed * 7 + i * 13) % WORDS.length] ?? "notes");
  return out.join(" ");
}

/** The two meeting dates of a group's n-th page: distinct for every page of the group. */
function meetingDate(index: number): Date {
  return new Date(Date.UTC(2000, 0, 7) + index * 7 * 86_400_000);
}

function meeting(date: Date, seed: number): string {
  const heading = `${String(date.getUTCDate()).padStart(2, "0")} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  const attendees = [0, 1, 2, 3].map((i) => `- ${String.fromCharCode(65 + ((seed + i) % 26))}${String.fromCharCode(66 + ((seed * 3 + i) % 25))} (${ORGS[(seed + i) % ORGS.length]})`);
  return `## ${heading}

Attendees:
${attendees.join("\n")}

### ${words(seed, 3)}

We discussed ${words(seed + 1, 12)}. The group agreed to ${words(seed + 2, 8)}.

- ${words(seed + 3, 6)}
- ${words(seed + 4, 5)}
- ${words(seed + 5, 7)}

### ${words(seed + 6, 2)}

\`\`\`yaml
name: ${words(seed, 1)}
on: [push]
jobs:
  build:
    runs-on: ubuntu-latest
\`\`\`

Actions:
- ${words(seed + 7, 6)}
`;
}

export function notesPage(group: number, page: number): string {
  const newer = meetingDate(page * 2 + 1);
  const older = meetingDate(page * 2);
  return `---
title: Group ${group} notes, part ${page + 1}
layout: page.njk
---
Notes from group ${group}, newest first.

${meeting(newer, group * 1000 + page * 2 + 1)}
${meeting(older, group * 1000 + page * 2)}`;
}

/** Writes `pages` notes pages under `<contentDir>/special-interest/group-NN/`. */
export function generateCommunity(contentDir: string, pages: number): string[] {
  const written: string[] = [];
  for (let i = 0; i < pages; i++) {
    const group = i % GROUPS;
    const page = Math.floor(i / GROUPS);
    const file = path.join(contentDir, "special-interest", `group-${String(group).padStart(2, "0")}`, `notes-${String(page).padStart(4, "0")}.md`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, notesPage(group, page));
    written.push(file);
  }
  return written;
}
