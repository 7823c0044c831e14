/** Builds a CheckContext from in-memory files, written to a temporary project. */
import { mkdirSync, writeFileSync, cpSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadCheckContext } from "../../src/checks/context.ts";
import { resolveSiteSettings, type SiteInput } from "../../src/site/settings.ts";
import type { CheckContext } from "../../src/checks/types.ts";
import { tempDir } from "../helpers/tempDir.ts";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export const testSite: SiteInput = {
  name: "Test community",
  description: "A test",
  url: "https://example.org",
  pathPrefix: "/",
  repository: "https://github.com/example/notes",
  branch: "main",
  language: "en-GB",
  nav: [],
};

/** `files` maps paths relative to `content/` (or, starting with `/`, to the project) to contents. */
export function contextFrom(files: Record<string, string | Uint8Array>, site: Partial<SiteInput> = {}): CheckContext {
  const root = tempDir("community-notes-check-");
  cpSync(path.join(projectRoot, "_includes"), path.join(root, "_includes"), { recursive: true });
  mkdirSync(path.join(root, "content"), { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    const target = name.startsWith("/") ? path.join(root, name) : path.join(root, "content", name);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return loadCheckContext(root, resolveSiteSettings({ ...testSite, ...site }));
}
