/**
 * What `npm run new:meeting` writes: a per-meeting file from a template. Pure: the CLI
 * does the file-system work and prints what this decides.
 */
import { isValidDate } from "../content/dates.ts";

export interface ScaffoldRequest {
  group: string;
  /** yyyy-mm-dd, or undefined for today. */
  date?: string;
  newGroup: boolean;
  existingGroups: string[];
  today: Date;
  /** The groups folder, from the site's root (default `content/special-interest`). */
  groupsPath?: string;
  /** How the command is started, for the example in a message. */
  command?: string;
}

export type ScaffoldPlan =
  | { ok: true; group: string; date: string; path: string; content: string; createsGroup: boolean }
  | { ok: false; message: string };

const GROUP_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function meetingTemplate(date: string, groupTitle: string): string {
  return `---
# Notes of the ${groupTitle} meeting on ${date}.
# title: A title for this meeting (optional: without one, the date is the title)
---
Attendees:

- AB (Organisation)

## Agenda

1. First item

## Notes

### First item

What was said, and what was decided.

## Actions

- AB to do something by a date
`;
}

export function planNewMeeting(request: ScaffoldRequest): ScaffoldPlan {
  const group = request.group.trim();
  if (!group) return { ok: false, message: `name the group, e.g. ${request.command ?? "npm run new:meeting --"} accessibility 2024-05-10` };
  if (!GROUP_SLUG.test(group)) {
    return { ok: false, message: `"${group}" is not a group folder name: use lower-case letters, digits and hyphens (e.g. open-data)` };
  }
  const date = request.date?.trim() || request.today.toISOString().slice(0, 10);
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!parts) return { ok: false, message: `"${date}" is not a date: write it as YYYY-MM-DD, e.g. 2024-05-10` };
  if (!isValidDate(Number(parts[1]), Number(parts[2]), Number(parts[3]))) {
    return { ok: false, message: `${date} is not a real date` };
  }
  const known = request.existingGroups.includes(group);
  if (!known && !request.newGroup) {
    const list = request.existingGroups.length ? request.existingGroups.join(", ") : "(none yet)";
    return {
      ok: false,
      message: `there is no group "${group}". Existing groups: ${list}. To start a new group, add --new-group.`,
    };
  }
  return {
    ok: true,
    group,
    date,
    path: `${request.groupsPath ?? "content/special-interest"}/${group}/meetings/${date}.md`,
    content: meetingTemplate(date, group.replace(/-/g, " ")),
    createsGroup: !known,
  };
}
