/**
 * A copy of this project in a temporary folder (its tool code, layouts, settings and demo
 * content; node_modules linked), for tests that run the commands as a site of its own would:
 * from its own folder, with everything it builds and watches inside that folder.
 */
import { cpSync, symlinkSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { tempDir } from "./tempDir.ts";

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const PROJECT_FILES = [".eleventy.ts", "package.json", "tsconfig.json", "src", "_includes", "_data", "assets"];

/** The copy's folder; `content` (a folder of this project) is copied too unless false. */
export function copyOfProject(options: { content?: boolean } = {}): string {
  const copy = path.join(tempDir("community-notes-project-"), "project");
  for (const part of [...PROJECT_FILES, ...(options.content === false ? [] : ["content"])]) {
    cpSync(path.join(projectRoot, part), path.join(copy, part), { recursive: true });
  }
  symlinkSync(path.join(projectRoot, "node_modules"), path.join(copy, "node_modules"), "dir");
  return copy;
}
