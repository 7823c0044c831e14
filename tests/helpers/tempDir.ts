/**
 * Temporary folders for tests, removed when the tests that use them are done, pass or fail.
 *
 * Made inside a running test (its body, or a helper it calls), a folder is removed once that
 * test has finished, after its afterEach hooks. Made anywhere else (a beforeAll hook, a describe
 * body, module level), it is removed after all of the file's tests, so a folder a beforeAll
 * builds stays readable for every test in the file.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, onTestFinished } from "vitest";

/** Folders made outside a running test, removed after the file's tests. */
const forTheFile = new Set<string>();

// Registered when this module is imported, which happens while Vitest collects the test file
// that (directly or through another helper) imports it, so the hook belongs to that file.
// Vitest isolates test files by default, so each file gets its own copy of this module.
afterAll(() => {
  for (const dir of forTheFile) removeDir(dir);
  forTheFile.clear();
});

function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Makes a new folder `<os tmpdir>/<prefix>XXXXXX` and arranges for its removal (see above). */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  try {
    // Throws when no test is running (Vitest: "can only be called inside a test").
    onTestFinished(() => removeDir(dir));
  } catch {
    forTheFile.add(dir);
  }
  return dir;
}
