/**
 * The site settings file, `community-notes.yml` at the site's root: what a site without an
 * Eleventy configuration of its own (or one that adds the plugin without options) writes its
 * settings in. YAML, so editors can comment it; every problem is reported at its line.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import { resolveSiteSettings, SiteSettingsError, type SiteSettings, type SiteSettingsProblem } from "./settings.ts";

export const SETTINGS_FILE = "community-notes.yml";

/** `nav[2].url` → ["nav", 2, "url"]. */
function pathOf(setting: string): (string | number)[] {
  return [...setting.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) => (match[2] !== undefined ? Number(match[2]) : match[1]!));
}

/** The node a setting is written at (or, for one that is missing, the nearest one above it). */
function nodeAt(root: Node | null, keys: readonly (string | number)[]): { node: Node | null; key: boolean } {
  let node: Node | null = root;
  for (const key of keys) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
      if (!pair) return { node, key: false };
      node = (pair.value as Node | null) ?? (pair.key as Node);
    } else if (isSeq(node) && typeof key === "number" && node.items[key]) {
      node = node.items[key] as Node;
    } else return { node, key: false };
  }
  return { node, key: true };
}

/** A settings file as read: its settings, its path as printed, and each top-level setting's line. */
export interface SettingsFile {
  settings: SiteSettings;
  file: string;
  lines: ReadonlyMap<string, number>;
}

/** Reads and checks a settings file (see `loadSettingsFile`), for its settings alone. */
export function readSettingsFile(file: string, env: Record<string, string | undefined> = {}): SiteSettings {
  return loadSettingsFile(file, env).settings;
}

/**
 * Reads and checks a settings file, with the `SITE_*` variables of `env` on top. Throws a
 * `SiteSettingsError` whose problems carry the file and line: YAML that does not parse, a
 * file that is not a mapping, unknown or wrong settings.
 */
export function loadSettingsFile(file: string, env: Record<string, string | undefined> = {}): SettingsFile {
  const shown = path.relative(process.cwd(), file) || file;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "does not exist" : "cannot be read";
    throw new SiteSettingsError([{ kind: "invalid", setting: "", from: shown, message: `${reason}; it holds the site's settings (name and url at least: community-notes init writes one)`, at: { file: shown, line: 1, column: 1 } }]);
  }
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const place = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return { file: shown, line, column: col };
  };
  if (document.errors.length) {
    throw new SiteSettingsError(
      document.errors.map((error) => ({ kind: "invalid", setting: "", from: shown, message: `is not YAML: ${error.message.split("\n")[0]}`, at: place(error.pos[0]) })),
    );
  }
  const input: unknown = document.toJS() ?? {};
  try {
    const settings = resolveSiteSettings(input, env, { source: shown });
    const keys = new Map<string, number>();
    if (isMap(document.contents)) {
      for (const pair of document.contents.items) {
        if (isScalar(pair.key) && pair.key.range) keys.set(String(pair.key.value), lines.linePos(pair.key.range[0]).line);
      }
    }
    return { settings, file: shown, lines: keys };
  } catch (error) {
    if (!(error instanceof SiteSettingsError)) throw error;
    const located = error.problems.map((problem): SiteSettingsProblem => {
      if (problem.from !== shown) return { ...problem };
      const { node } = nodeAt(document.contents as Node | null, pathOf(problem.setting));
      return { ...problem, at: place(node?.range?.[0] ?? 0) };
    });
    // In the order they are written in the file.
    throw new SiteSettingsError(located.sort((a, b) => (a.at?.line ?? 0) - (b.at?.line ?? 0)));
  }
}

