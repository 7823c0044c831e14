/**
 * Everything the commands print about content goes through here: one masking pass
 * (`redactSecrets`) over each message, whichever rule or library wrote it, so no secret is
 * printed in full — not in a YAML or mermaid error that quotes a value, not in a GitHub
 * annotation, not in the JSON format. Messages come out in the order they were given.
 */
import { redactSecrets } from "../secrets/index.ts";

let printing: Promise<void> = Promise.resolve();

/** Prints `text` (to stderr for "err"), masked, after everything printed before it. */
export function printSafely(stream: "out" | "err", text: string): void {
  printing = printing.then(async () => {
    const safe = await redactSecrets(text);
    (stream === "err" ? console.error : console.log)(safe);
  });
}

/** Settles once everything given to printSafely so far is printed. */
export function printed(): Promise<void> {
  return printing;
}
