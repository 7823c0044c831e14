/**
 * The site a command works on: the folder it runs in (its root), the site's own Eleventy
 * configuration there (`eleventy.config.*` or `.eleventy.*`, as Eleventy looks for them) or,
 * without one, the package's default (`defaultConfig.ts`: content in `content/`, layouts in
 * `_includes/`, settings in `community-notes.yml`), and its content folder.
 */
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The names Eleventy reads a configuration from, in its order. */
const CONFIG_NAMES = ["eleventy.config.js", "eleventy.config.mjs", "eleventy.config.cjs", "eleventy.config.ts", "eleventy.config.mts", "eleventy.config.cts", ".eleventy.js", ".eleventy.mjs", ".eleventy.cjs", ".eleventy.ts"];

/** The package's configuration for a site that has none of its own (compiled beside this file). */
export const DEFAULT_CONFIG = fileURLToPath(new URL(`./defaultConfig${path.extname(fileURLToPath(import.meta.url))}`, import.meta.url));

export interface SiteProject {
  root: string;
  /** The Eleventy configuration the commands use. */
  configPath: string;
  /** Whether that is the site's own (false: the package's default). */
  ownConfig: boolean;
  /** The content folder: what `--input`/`--content` name, else `content/` if there is one, else the root. */
  contentDir: string;
}

const isFolder = (folder: string) => statSync(folder, { throwIfNoEntry: false })?.isDirectory() === true;

export function siteProject(root: string, requestedContent?: string): SiteProject {
  const own = CONFIG_NAMES.map((name) => path.join(root, name)).find((file) => existsSync(file));
  const content = requestedContent ? path.resolve(requestedContent) : isFolder(path.join(root, "content")) ? path.join(root, "content") : root;
  return { root, configPath: own ?? DEFAULT_CONFIG, ownConfig: own !== undefined, contentDir: content };
}

/**
 * Why the commands cannot run in `root`, in one line, or undefined when they can: no
 * configuration and no settings file (not a site), or the defaults with no content folder.
 */
export function notASite(project: SiteProject, requestedContent: string | undefined, settingsFile: string): string | undefined {
  const where = path.relative(process.cwd(), project.root) || "this folder";
  if (!project.ownConfig && !existsSync(path.join(project.root, settingsFile))) {
    return `There is no site here: ${where} has neither an Eleventy configuration nor ${settingsFile}. Run the command in the site's folder, or start one with community-notes init.`;
  }
  if (!project.ownConfig && !requestedContent && !isFolder(path.join(project.root, "content"))) {
    return `There is no content folder: ${where === "this folder" ? "this site" : where} has no content/ for its pages. Make one (community-notes init writes a starter), or name another with --input.`;
  }
  return undefined;
}
