import type { ParsedMeeting } from "./types.ts";

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Newest first, then by group, then by line. Returns a new array; ties keep
 * their input order (Array#sort is stable). Plain code-unit comparison rather
 * than localeCompare, so the order never depends on the build machine's locale.
 */
export function sortMeetings<M extends ParsedMeeting>(meetings: readonly M[]): M[] {
  return [...meetings].sort((a, b) => compare(b.date, a.date) || compare(a.group, b.group) || a.line - b.line);
}
