/** Lines and columns of offsets in a text: for every located message, the check's and the build's. */

/**
 * Where each line of a text starts, found in one pass, so that any number of offsets are
 * located by binary search: a rule that reports k problems in a file of n characters does
 * O(n + k log n) work, never O(n · k). Build one per file (`new LineIndex(file.text)`) and
 * keep it for every diagnostic of that file.
 */
export class LineIndex {
  /** Offset at which each line starts; `starts[0]` is 0. */
  readonly starts: number[] = [0];

  constructor(
    readonly text: string,
    private readonly firstLine = 1,
  ) {
    for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) this.starts.push(at + 1);
  }

  /** Number of lines (a text ending in "\n" has an empty last line). */
  get lineCount(): number {
    return this.starts.length;
  }

  /** 0-based index of the line holding `offset` (offsets past the end are on the last line). */
  lineIndexAt(offset: number): number {
    const { starts } = this;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** 1-based line and column (in UTF-16 code units) of a character offset. */
  locate(offset: number): { line: number; column: number } {
    const index = this.lineIndexAt(offset);
    return { line: this.firstLine + index, column: offset - this.starts[index]! + 1 };
  }

  /** The text of a 0-based line, without its "\n"; "" past the end. */
  lineText(index: number): string {
    const start = this.starts[index];
    if (start === undefined) return "";
    const next = this.starts[index + 1];
    return this.text.slice(start, next === undefined ? undefined : next - 1);
  }
}

let lastIndex: LineIndex | undefined;

/**
 * 1-based line and column of a character offset in a text. The line table of the last text
 * asked about is kept, so calling this for every diagnostic of one file stays linear; a rule
 * that locates many offsets should still hold its own `LineIndex`.
 */
export function lineColumn(text: string, offset: number, firstLine = 1): { line: number; column: number } {
  if (lastIndex?.text !== text) lastIndex = new LineIndex(text);
  // An offset outside the text is on the first or last line, its column counted from that line's start.
  const inside = Math.min(Math.max(offset, 0), text.length);
  const { line, column } = lastIndex.locate(inside);
  return { line: line - 1 + firstLine, column: column + offset - inside };
}
