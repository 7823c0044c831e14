/**
 * Where a text's code spans are, found in one pass (for rules and rewrites that must leave
 * code alone without parsing the Markdown again).
 */

/** A half-open character range [start, end). */
export type Range = [number, number];

const BACKTICK = 96;

/** Offsets where a blank line begins: a "\n", then only spaces and tabs, then "\n". */
function blankLineStarts(text: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) {
    let next = at + 1;
    while (text.charCodeAt(next) === 32 || text.charCodeAt(next) === 9) next++;
    if (text.charCodeAt(next) === 10) starts.push(at);
  }
  return starts;
}

/**
 * Code spans: a run of backticks, then text, then a run of exactly as many, never across a
 * blank line. A run that no later run of its length closes tries its tail (two backticks,
 * `x`, one backtick: the span is the last backtick of the two, `x` and the closing one), as
 * the expression this replaces did: /(`+)(?!`)(?:(?!\n[ \t]*\n)[\s\S])*?(?<!`)\1(?!`)/g.
 * That expression tried every shorter run at every backtick (minutes on 200 KB of
 * backticks); this is one pass over the runs, each looking only at lengths that occur later.
 */
export function codeSpanRanges(text: string): Range[] {
  // Every maximal run of backticks, and the blank-line section it is in.
  const runs: { start: number; length: number; section: number }[] = [];
  const blanks = blankLineStarts(text);
  let section = 0;
  for (let at = text.indexOf("`"); at !== -1; ) {
    let end = at + 1;
    while (text.charCodeAt(end) === BACKTICK) end++;
    while (section < blanks.length && blanks[section]! < at) section++;
    runs.push({ start: at, length: end - at, section });
    at = text.indexOf("`", end);
  }
  const ranges: Range[] = [];
  // Runs later in the current section, by length, each list in file order; `next` skips those passed.
  let byLength = new Map<number, { runs: number[]; next: number }>();
  let sectionStart = 0;
  for (let i = 0; i < runs.length; ) {
    const run = runs[i]!;
    if (i === sectionStart) {
      byLength = new Map();
      let j = i;
      for (; j < runs.length && runs[j]!.section === run.section; j++) {
        const list = byLength.get(runs[j]!.length) ?? { runs: [], next: 0 };
        list.runs.push(j);
        byLength.set(runs[j]!.length, list);
      }
      sectionStart = j;
    }
    // The longest tail of this run (the whole run first) that a later run of the same length closes.
    let closer = -1;
    let length = run.length + 1;
    while (closer === -1 && --length >= 1) {
      const list = byLength.get(length);
      if (!list) continue;
      while (list.next < list.runs.length && list.runs[list.next]! <= i) list.next++;
      if (list.next < list.runs.length) closer = list.runs[list.next]!;
    }
    if (closer === -1) {
      i++;
      continue;
    }
    const close = runs[closer]!;
    ranges.push([run.start + run.length - length, close.start + close.length]);
    // Scanning goes on after the closing run: the runs between are inside the span.
    i = closer + 1;
  }
  return ranges;
}

