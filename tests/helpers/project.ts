/**
 * Projects of their own in a temporary folder, for tests that run the commands as a site
 * would, never on the demo's content or settings:
 * - `copyOfProject`: this project's tool code, layouts and assets (node_modules linked) with
 *   the fixture settings as its `_data/site.ts`, and no content, for tests that run the
 *   commands from the project's own folder, with everything they build and watch inside it;
 * - `fixtureProject`: a folder holding an `.eleventy.ts` that gives the plugin the fixture
 *   settings and a copy of the fixture site as its `content/`, for `runCheck(args, root)`.
 */
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { tempDir } from "./tempDir.ts";
import { configWithSettings, FIXTURE_SETTINGS, FIXTURE_SITE, projectRoot } from "./fixtureSite.ts";
import type { SiteInput } from "../../src/site/settings.ts";

export { projectRoot };

const PROJECT_FILES = [".eleventy.ts", "package.json", "tsconfig.json", "src", "_includes", "_data", "assets"];

/** The copy's folder: no `content/` (the test writes its own), the fixture settings in `_data/site.ts`. */
export function copyOfProject(): string {
  const copy = path.join(tempDir("community-notes-project-"), "project");
  for (const part of PROJECT_FILES) cpSync(path.join(projectRoot, part), path.join(copy, part), { recursive: true });
  writeFileSync(
    path.join(copy, "_data/site.ts"),
    `import { defineSite } from "../src/site/settings.ts";\n\nexport default defineSite(${JSON.stringify(FIXTURE_SETTINGS, null, 2)});\n`,
  );
  symlinkSync(path.join(projectRoot, "node_modules"), path.join(copy, "node_modules"), "dir");
  return copy;
}

/**
 * A project root for `runCheck(args, root)` and `npm run build -- --config`: `.eleventy.ts`
 * (the project's layouts and the plugin, with the fixture settings and `site` on top),
 * `assets/` (linked, as the project has it) and `content/`, a copy of the fixture site
 * (tests/fixtures/e2e-site), or an empty folder with `content: false`. Returns the root.
 */
export function fixtureProject(options: { site?: Partial<SiteInput>; content?: boolean } = {}): string {
  const root = tempDir("community-notes-fixture-project-");
  configWithSettings(root, options.site, ".eleventy.ts");
  symlinkSync(path.join(projectRoot, "assets"), path.join(root, "assets"), "dir");
  if (options.content === false) mkdirSync(path.join(root, "content"));
  else cpSync(FIXTURE_SITE, path.join(root, "content"), { recursive: true });
  return root;
}
