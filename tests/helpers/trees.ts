/** Output trees, compared file by file: what two builds of the same content wrote. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Every file under `folder`, by its path from there (forward slashes), with its bytes. */
export function tree(folder: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(folder, file).split(path.sep).join("/"), readFileSync(file));
  }
  return files;
}

/** The files only one tree has, and those whose bytes differ (after `normalise`, if given). */
export function treeDifferences(a: Map<string, Buffer>, b: Map<string, Buffer>, normalise?: (file: string, text: string) => string): string[] {
  const names = new Set([...a.keys(), ...b.keys()]);
  const same = (file: string, x: Buffer, y: Buffer) => (normalise ? normalise(file, x.toString("utf8")) === normalise(file, y.toString("utf8")) : x.equals(y));
  return [...names].filter((file) => {
    const x = a.get(file);
    const y = b.get(file);
    return !x || !y || !same(file, x, y);
  }).sort();
}
