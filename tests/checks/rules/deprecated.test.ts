import { describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { deprecatedRule, type Deprecation } from "../../../src/checks/rules/deprecated.ts";
import { loadSettingsFile } from "../../../src/site/settingsFile.ts";
import { contextFrom } from "../helpers.ts";
import { tempDir } from "../../helpers/tempDir.ts";

const TABLE: Deprecation[] = [
  { kind: "front matter", name: "summary_text", since: "1.4.0", removedIn: "2.0.0", instead: "write `description`" },
  // A deprecated setting is still a setting (the schema takes it until it goes): any known one serves here.
  { kind: "setting", name: "productName", since: "1.4.0", removedIn: "2.0.0", instead: "write `nav`" },
];

describe("the deprecated rule", () => {
  it("warns at each deprecated front matter key's line, saying what to write instead", () => {
    const context = contextFrom({ "about.md": "---\ntitle: About\nsummary_text: Us.\n---\nText.\n", "other.md": "---\ntitle: Other\n---\nText.\n" });
    expect(deprecatedRule(TABLE).check(context)).toEqual([
      { file: expect.stringMatching(/about\.md$/), line: 3, column: 1, rule: "deprecated", severity: "warning", message: "`summary_text` is deprecated since 1.4.0 and stops working in 2.0.0: write `description`" },
    ]);
  });

  it("warns at a deprecated setting's line in the settings file", () => {
    const file = path.join(tempDir("deprecated-"), "community-notes.yml");
    writeFileSync(file, "name: Notes\nurl: https://notes.example\nproductName: Standards\n");
    const context = { ...contextFrom({ "index.md": "---\ntitle: Home\n---\nHi.\n" }), settingsFile: { file: "community-notes.yml", keys: loadSettingsFile(file).lines } };
    expect(deprecatedRule(TABLE).check(context)).toEqual([
      { file: "community-notes.yml", line: 3, column: 1, rule: "deprecated", severity: "warning", message: "`productName` is deprecated since 1.4.0 and stops working in 2.0.0: write `nav`" },
    ]);
  });

  it("reads every setting's line from the settings file, with its settings", () => {
    const file = path.join(tempDir("deprecated-"), "community-notes.yml");
    writeFileSync(file, "# settings\nname: Notes\n\nurl: https://notes.example\n");
    const loaded = loadSettingsFile(file);
    expect([...loaded.lines]).toEqual([["name", 2], ["url", 4]]);
    expect(loaded.settings.name).toBe("Notes");
  });

});
