/**
 * Shows just enough of a secret for an editor to find it (`ghp_…WxYz`) and never enough to
 * use it. Check output ends up in CI logs and pull-request annotations, which are often
 * public: printing the whole value would publish the secret a second time.
 */

/** Most characters kept at each end. */
const KEEP_PER_END = 4;

/**
 * Keeps at most the first 4 and last 4 characters, and never more than a third of the
 * value in total, so a short secret keeps a character or two and a very short one none.
 * Works on code points, so a masked value never ends in half a surrogate pair.
 */
export function maskSecret(value: string): string {
  const chars = Array.from(value);
  const shown = Math.min(2 * KEEP_PER_END, Math.floor(chars.length / 3));
  const head = Math.ceil(shown / 2);
  const tail = shown - head;
  return `${chars.slice(0, head).join("")}…${tail > 0 ? chars.slice(chars.length - tail).join("") : ""}`;
}
