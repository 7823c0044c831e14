/**
 * Files the build cannot read faithfully (not UTF-8, or with NUL bytes) are refused instead
 * of publishing replacement characters, at the first bad byte. Cheap: callers look at the
 * bytes only when the decoded text already shows a sign of trouble.
 */

/** The first NUL or invalid UTF-8 sequence (per the WHATWG decoder's rules), or null. */
export function firstBadByte(bytes: Uint8Array): { offset: number; nul: boolean } | null {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b === 0) return { offset: i, nul: true };
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (need === 0) return { offset: i, nul: false };
    // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return { offset: i, nul: false };
    }
    i += need + 1;
  }
  return null;
}

/** Where and why a file's bytes are not UTF-8 text, or undefined when they are. */
export function unreadableAt(bytes: Uint8Array): { line: number; column: number; message: string } | undefined {
  const bad = firstBadByte(bytes);
  if (!bad) return undefined;
  const offset = bad.offset;
  let lineStart = 0;
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const column = new TextDecoder("utf-8").decode(bytes.subarray(lineStart, offset)).length + 1;
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16) return { line: 1, column: 1, message: "the file is saved as UTF-16; save it as UTF-8" };
  const message = bad.nul
    ? "the file contains a NUL byte (is it binary, or saved as UTF-16?); content files must be UTF-8 text"
    : `the file is not valid UTF-8 (byte 0x${(bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, "0")} here; was it saved as Windows-1252 or Latin-1?); save it as UTF-8`;
  return { line, column, message };
}

/**
 * A line break that is a carriage return alone (classic Mac OS line endings, or a stray one
 * from a copy and paste): Eleventy does not see front matter in such a file, so its page
 * would be its front matter as text, or empty. Undefined when every CR is part of a CRLF.
 */
export function loneCarriageReturn(text: string): { line: number; column: number; message: string } | undefined {
  for (let at = text.indexOf("\r"); at !== -1; at = text.indexOf("\r", at + 1)) {
    if (text.charCodeAt(at + 1) === 10) continue;
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf("\n"); i !== -1 && i < at; i = text.indexOf("\n", i + 1)) {
      line++;
      lineStart = i + 1;
    }
    const crOnly = !text.includes("\n");
    const message = crOnly
      ? "the file's lines end in a carriage return alone (old Mac line endings), so its front matter and lines are not seen; save it with LF (or CRLF) line endings"
      : "a carriage return alone breaks this line (the rest of the file uses LF or CRLF); save the file with one kind of line ending";
    return { line, column: at - lineStart + 1, message };
  }
  return undefined;
}
