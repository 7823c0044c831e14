/**
 * Content is data: a content file that would run code (JavaScript front matter, JavaScript
 * templates and data files) stops the build at its path, and the check reports every one of
 * them; neither runs any of it. Each payload writes a marker file if it ever runs.
 */
import { describe, expect, test } from "vitest";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildSite } from "./buildSite.ts";
import { runCheck } from "../../src/cli/check.ts";
import { findContentError } from "../../src/diagnostics/diagnostic.ts";
import { tempDir } from "../helpers/tempDir.ts";
import { fixtureProject } from "../helpers/project.ts";

const markers = tempDir("community-notes-ran-");
const marker = (name: string) => path.join(markers, name);
const cjs = (name: string) => `require("node:fs").writeFileSync(${JSON.stringify(marker(name))}, "ran");`;
const esm = (name: string) => `import { writeFileSync } from "node:fs"; writeFileSync(${JSON.stringify(marker(name))}, "ran");`;

/** name → [file, contents, rule] */
const CASES: [string, string, string, string][] = [
  ["---js front matter", "blog/2024-01-02-js.md", `---js\n${cjs("js-front-matter")}\nmodule.exports = { title: "x" };\n---\nText.\n`, "front-matter"],
  ["---javascript front matter", "javascript.md", `---javascript\n{ title: (${cjs("javascript-front-matter").replace(/;$/, "")}, "x") }\n---\nText.\n`, "front-matter"],
  ["---node front matter", "node.md", `---node\n${cjs("node-front-matter")}\n---\nText.\n`, "front-matter"],
  ["---json front matter", "json.md", `---json\n{ "title": "JSON" }\n---\nText.\n`, "front-matter"],
  ["a .11ty.js template", "page.11ty.js", `${cjs("template-cjs")}\nmodule.exports = () => "x";\n`, "runs-code"],
  ["a .11ty.mjs template", "guides/page.11ty.mjs", `${esm("template-mjs")}\nexport default () => "x";\n`, "runs-code"],
  ["a page's .11tydata.js", "about.11tydata.js", `${cjs("page-data")}\nmodule.exports = { title: "x" };\n`, "runs-code"],
  ["a folder's .11tydata.mjs", "guides/guides.11tydata.mjs", `${esm("folder-data")}\nexport default { title: "x" };\n`, "runs-code"],
];
const PAGES = { "about.md": "---\ntitle: About\n---\nAbout us.\n", "guides/start.md": "---\ntitle: Start\n---\nStart here.\n" };

describe("content that would run code", () => {
  test.each(CASES)("%s stops the build at the file, and runs nothing", { timeout: 120_000 }, async (_name, file, text, rule) => {
    const error = await buildSite({ ...PAGES, [file]: text }).then(
      () => undefined,
      (e: unknown) => e,
    );
    const found = findContentError(error)?.diagnostic;
    expect(found, String(error)).toMatchObject({ file: expect.stringMatching(new RegExp(`content/${file.replace(/\./g, "\\.")}$`)), line: 1, rule, severity: "error" });
    expect(readdirSync(markers)).toEqual([]);
  });

  test("the check reports every one, at its file, and runs none of them", { timeout: 120_000 }, async () => {
    const root = fixtureProject();
    const content = path.join(root, "content");
    for (const [, file, text] of CASES) {
      mkdirSync(path.dirname(path.join(content, file)), { recursive: true });
      writeFileSync(path.join(content, file), text);
    }
    const { code, out } = await runCheck(["--content", content], root);
    expect(code).toBe(1);
    expect(out).not.toMatch(/\n\s+at /);
    for (const [, file, , rule] of CASES) expect(out).toMatch(new RegExp(`${file.replace(/\./g, "\\.")}:1:1 error ${rule} `));
    // The rest of the content is still checked (all but the guides, whose folder data is refused).
    expect(Number(/in (\d+) files? checked/.exec(out)?.[1])).toBeGreaterThan(10);
    expect(readdirSync(markers)).toEqual([]);
  });
});
