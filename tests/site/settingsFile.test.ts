/** The settings file, community-notes.yml: read, checked, and every problem at its line. */
import { describe, expect, test } from "vitest";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { readSettingsFile } from "../../src/site/settingsFile.ts";
import { SiteSettingsError } from "../../src/site/settings.ts";
import { tempDir } from "../helpers/tempDir.ts";

function problemsOf(text: string, env: Record<string, string> = {}) {
  const file = path.join(tempDir("settings-file-"), "community-notes.yml");
  writeFileSync(file, text);
  try {
    readSettingsFile(file, env);
  } catch (error) {
    if (!(error instanceof SiteSettingsError)) throw error;
    return error.problems.map((problem) => ({ line: problem.at?.line, message: `${problem.setting} ${problem.message}`.trim() }));
  }
  throw new Error("the settings were accepted");
}

describe("readSettingsFile", () => {
  test("reads the settings, with the SITE_* variables on top", () => {
    const file = path.join(tempDir("settings-file-"), "community-notes.yml");
    writeFileSync(file, "# Our settings\nname: Notes\nurl: https://notes.example\nnav:\n  - { label: Blog, url: /blog/ }\n");
    const site = readSettingsFile(file, { SITE_URL: "https://org.github.io" });
    expect(site).toMatchObject({ name: "Notes", url: "https://org.github.io", nav: [{ label: "Blog", url: "/blog/" }] });
  });

  test("an unknown or wrong setting is reported at its line, naming it and what it expects", () => {
    const problems = problemsOf("name: Notes\nurl: https://notes.example\ngroupFolder: groups\nnav:\n  - label: Blog\n    url: blog\n");
    expect(problems).toEqual([
      { line: 3, message: expect.stringMatching(/^groupFolder did you mean groupsFolder\?/) },
      { line: 6, message: expect.stringMatching(/^nav\[0\]\.url "blog" is not a path from the site's root nor an absolute URL; write it as \/blog/) },
    ]);
  });

  test("YAML that does not parse is reported at its line", () => {
    const [problem] = problemsOf("name: Notes\nurl: [https://notes.example\n");
    expect(problem?.line).toBeGreaterThanOrEqual(2);
    expect(problem?.message).toMatch(/^is not YAML: /);
  });

  test("a missing file says what it is for", () => {
    expect(() => readSettingsFile(path.join(tempDir("settings-file-"), "community-notes.yml"))).toThrow(/does not exist; it holds the site's settings/);
  });
});
