/**
 * `npm run check` end to end: every class of bad input, placed into one copy of the fixture
 * site (tests/fixtures/e2e-site, in a project of its own with the fixture settings), is reported by one check at its path:line (within two lines), with its rule and
 * severity, with no stack trace and never the full secret; and whatever stops the build
 * (`npm run build` on the same content) is reported at the same file and line.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { spawnSync } from "node:child_process";
import { writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { runCheck, helpText } from "../../src/cli/check.ts";
import { fixtureProject, projectRoot } from "../helpers/project.ts";
import { configWithSettings } from "../helpers/fixtureSite.ts";
import { tempDir } from "../helpers/tempDir.ts";
import { fakeJwt } from "../helpers/fakeSecrets.ts";

// Built by concatenation so this file itself holds no literal secret.
const githubToken = "ghp_" + "A1b2C3d4E5f6G7h8I9j0".repeat(2).slice(0, 36);
const rawToken = "GHSAT0AAAAAAC" + "QZ3kP9xL2mN8vB4tR7wY1uE6".slice(0, 20);
const jwt = fakeJwt(3);
const nestedRaw = encodeURIComponent(`https://raw.githubusercontent.com/o/r/main/x.csv?token=${rawToken}`);

/** A copy of the fixture site in a project of its own: the check is run there, with `--content`. */
function fixtureCopy(): { root: string; content: string } {
  const root = fixtureProject();
  return { root, content: path.join(root, "content") };
}

/** How the check (and the build, run from the project's folder) names a file of the project. */
const shownIn = (root: string, file: string) => path.relative(root, file).split(path.sep).join("/");

/**
 * `npm run check` as it runs in a project: from the project's folder (Eleventy names the
 * files it stops on from the working folder, the rules from the project's).
 */
async function checkIn(root: string, args: string[], env?: Record<string, string | undefined>): Promise<{ code: number; out: string }> {
  const cwd = process.cwd();
  process.chdir(root);
  try {
    return await runCheck(args, root, env);
  } finally {
    process.chdir(cwd);
  }
}

const page = (body: string, frontMatter = "title: Bad page") => `---\n${frontMatter}\n---\n${body}`;

/** name → [file under the content folder, contents, rule, expected line, severity] */
const CASES: [string, string, string | Uint8Array, string, number, "error" | "warning"][] = [
  ["unparsable YAML", "bad-yaml.md", "---\ntitle: Bad\ntags: [a, b\n---\nText\n", "front-matter", 3, "error"],
  ["impossible date", "blog/2024-01-05-bad.md", page("Text\n", "title: Bad\ndate: 2023-02-31"), "front-matter", 3, "error"],
  ["tags not a list of strings", "bad-tags.md", page("Text\n", "title: Bad\ntags:\n  - a\n  - { x: 1 }"), "front-matter", 3, "error"],
  ["draft not a boolean", "bad-draft.md", page("Text\n", "title: Bad\ndraft: maybe"), "front-matter", 3, "error"],
  ["unknown layout", "bad-layout.md", page("Text\n", "title: Bad\nlayout: fancy"), "layout", 3, "error"],
  // Templates the site's settings do not list are refused before they are read (tests/build/templates.test.ts).
  ["a .njk page the settings do not list", "bad-include.njk", page('<p>Hello</p>\n{% include "partials/no-such-partial.njk" %}\n', "title: Bad include"), "templates", 1, "error"],
  ["a .liquid page the settings do not list", "bad-liquid.liquid", page("<p>Hello</p>\n<p>{{ title | no_such_filter }}</p>\n", "title: Bad liquid"), "templates", 1, "error"],
  ["a template tag in Markdown", "tag.md", page("Intro.\n\nHello {{ site.name }}.\n"), "templates", 6, "error"],
  ["two files at one address", "conflict.md", page("Text\n", "title: Conflict\npermalink: /about/"), "output", 3, "error"],
  ["a permalink out of the output folder", "escape.md", page("Text\n", 'title: Escape\npermalink: "../../escaped.html"'), "output", 3, "error"],
  ["a page over the site's stylesheet", "restyle.md", page("body { display: none }\n", 'title: Restyle\nlayout: false\npermalink: /assets/css/site.css'), "output", 4, "error"],
  ["meeting heading that is not a date", "special-interest/accessibility/extra.md", page("## 31 Feb 2023\n\nNotes.\n"), "meetings", 4, "error"],
  ["same meeting date twice in a group", "special-interest/accessibility/workshop.md", page("Intro.\n\n## 2024-03-08\n\nAgain.\n"), "meetings", 6, "error"],
  ["meetings out of order", "special-interest/new-group/notes.md", page("## 2023-01-06\n\nA.\n\n## 2023-05-05\n\nB.\n"), "meetings", 8, "warning"],
  ["link to a missing page", "bad-link.md", page("Intro.\n\nSee [the plan](/guides/no-such-guide/).\n"), "links", 6, "error"],
  ["link to a missing anchor", "bad-anchor.md", page("Intro.\n\nSee [that meeting](/special-interest/supply-chain-security/notes/#2023-12-09).\n"), "links", 6, "error"],
  ["missing image", "bad-image.md", page("Intro.\n\n![Diagram](/assets/img/missing.png)\n"), "links", 6, "error"],
  ["a token in the text", "token.md", page(`Intro.\n\nOur token is ${githubToken} for now.\n`), "secret", 6, "error"],
  ["a token in a URL", "token-url.md", page(`Intro.\n\nhttps://raw.githubusercontent.com/org/repo/main/x.csv?token=${rawToken}\n`), "secret-url", 6, "error"],
  // Other rules quote these values: the one masking pass over the report hides them all.
  ["a token as a date", "token-date.md", page("Text\n", `title: Bad\ndate: ${githubToken}`), "front-matter", 3, "error"],
  ["a token as a layout", "token-layout.md", page("Text\n", `title: Bad\nlayout: ${githubToken}`), "layout", 3, "error"],
  ["a token as a YAML tag", "token-tag.md", page("Text\n", `title: Bad\nextra: !${githubToken} x`), "front-matter", 3, "error"],
  ["a token in a link", "token-link.md", page(`Intro.\n\nSee [the file](/files/x.csv?token=${githubToken}).\n`), "links", 6, "error"],
  ["a token in a diagram", "token-mermaid.md", page(`Intro.\n\n\`\`\`mermaid\nflowchart LR\n  A --> ${githubToken} --> (\n\`\`\`\n`), "mermaid", 6, "error"],
  ["a credential in a nested, encoded URL", "nested-url.md", page(`Intro.\n\nhttp://proxy.example/get?src=${nestedRaw}\n`), "secret-url", 6, "error"],
  ["a JWT", "jwt.md", page(`Intro.\n\nBearer ${jwt}\n`), "secret", 6, "error"],
  ["an e-mail address", "email.md", page("Intro.\n\nWrite to jane.doe@department.gov.uk today.\n"), "personal-data", 6, "warning"],
  ["a phone number", "phone.md", page("Intro.\n\nCall 07700 900123 after lunch.\n"), "personal-data", 6, "warning"],
  ["a script tag", "script.md", page("Intro.\n\n<script>alert(1)</script>\n"), "unsafe-html", 6, "error"],
  ["an event handler", "handler.md", page('Intro.\n\n<img src="/assets/css/site.css" onerror="alert(1)">\n'), "unsafe-html", 6, "error"],
  ["a javascript: link", "js-link.md", page("Intro.\n\n[click](javascript:alert(1))\n"), "unsafe-html", 6, "error"],
  ["a <base> element", "base.md", page('Intro.\n\n<base href="https://elsewhere.example/">\n'), "unsafe-html", 6, "error"],
  ["a data: image", "data-image.md", page("Intro.\n\n![dot](data:image/png;base64,iVBORw0KGgo=)\n"), "unsafe-html", 6, "error"],
  ["a transcript with an impossible date", "talks/bad-date.txt", "Title: A talk\nPublication date: 2024-02-30\nCaptions:\n\tHello.\n", "transcript", 2, "error"],
  ["a transcript with a javascript: video URL", "talks/bad-url.txt", "Title: A talk\nPublication date: 2024-02-01\nYouTube URL: javascript:alert(1)\nCaptions:\n\tHello.\n", "transcript", 3, "error"],
  ["a transcript with a second Captions block", "talks/twice.txt", "Title: A talk\nPublication date: 2024-02-01\nCaptions:\n\tHello.\nCaptions:\n\tAgain.\n", "transcript", 5, "error"],
  ["a transcript line that is no field", "talks/stray.txt", "Stray words\nTitle: A talk\nPublication date: 2024-02-01\nCaptions:\n\tHello.\n", "transcript", 1, "error"],
  ["not UTF-8", "latin1.md", Buffer.from(page("Caf\xe9 notes.\n"), "latin1"), "text", 4, "error"],
  ["NUL bytes", "nul.md", Buffer.from(page("Binary\u0000junk\n")), "text", 4, "error"],
  ["mojibake", "mojibake.md", page("Intro.\n\nWe didnâ€™t agree.\n"), "text", 6, "error"],
  ["an unclosed comment in a notes page", "special-interest/accessibility/todo.md", page("Intro.\n\n<!-- TODO write up\n\n## 2024-06-07\n\nNotes.\n"), "lost-text", 6, "error"],
  ["an unclosed textarea", "textarea.md", page("Intro.\n\n<textarea>\n\nThe rest.\n"), "lost-text", 6, "error"],
  ["nesting past the limit", "deep.md", page(`Intro.\n\n${">".repeat(101)} deep\n`), "lost-text", 6, "error"],
  ["a page over the size limit", "huge.md", page(`${"Words and more words. ".repeat(100_000)}\n`), "size", 1, "error"],
  ["CR-only line endings", "cr-only.md", "---\rtitle: Old Mac\r---\rText.\r", "text", 1, "error"],
  ["NBSP after heading marks", "nbsp.md", page("Intro.\n\n##\u00A0Not a heading\n"), "text", 6, "error"],
  ["a diagram mermaid cannot parse", "mermaid.md", page("Intro.\n\n```mermaid\nflowchart LR\n  A --> --> B((\n```\n"), "mermaid", 6, "error"],
];

/** `path:line:col severity rule` of every diagnostic line in a report. */
function hitsIn(out: string): { file: string; line: number; severity: string; rule: string }[] {
  return out
    .split("\n")
    .map((l) => /^(\S+):(\d+):(\d+) (error|warning) (\S+) /.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ file: m[1]!, line: Number(m[2]), severity: m[4]!, rule: m[5]! }));
}

describe("npm run check on the fixture site", () => {
  test("the fixture site passes with zero errors", { timeout: 120_000 }, async () => {
    const { code, out } = await checkIn(fixtureProject(), []);
    expect(out).toContain("No problems found");
    expect(code).toBe(0);
  });
});

describe("npm run check on a copy of the fixture site with every kind of problem", () => {
  let root = "";
  let content = "";
  let result: { code: number; out: string };
  beforeAll(async () => {
    ({ root, content } = fixtureCopy());
    for (const [, file, contents] of CASES) {
      mkdirSync(path.dirname(path.join(content, file)), { recursive: true });
      writeFileSync(path.join(content, file), contents);
    }
    result = await checkIn(root, ["--format", "human", "--content", content]);
  }, 180_000);

  test.each(CASES)("%s is reported at its file and line, with its rule and severity", (_name, file, _contents, rule, line, severity) => {
    const where = shownIn(root, path.join(content, file));
    const hit = hitsIn(result.out).find((h) => h.file === where && h.rule === rule);
    expect(hit, result.out).toBeDefined();
    expect(Math.abs(hit!.line - line), result.out).toBeLessThanOrEqual(2);
    expect(hit!.severity).toBe(severity);
  });

  test("fails, prints no stack trace and no secret in full", () => {
    expect(result.code).toBe(1);
    expect(result.out).not.toMatch(/\n\s+at .+:\d+:\d+/);
    for (const secret of [githubToken, rawToken, jwt, nestedRaw]) expect(result.out).not.toContain(secret);
  });

  test("still checks the rest of the content after a file the build stops on", () => {
    // Each file Eleventy stops on is left out and the content checked again, so every problem shows.
    const files = new Set(hitsIn(result.out).map((h) => h.file));
    expect(files.size).toBeGreaterThanOrEqual(CASES.length - 1);
  });
});

describe("what stops the build is what the check reports", () => {
  // One build per problem: the build stops at the first.
  const STOPPERS = CASES.filter(([name]) =>
    ["unparsable YAML", "impossible date", "unknown layout", "a .njk page the settings do not list", "a template tag in Markdown", "two files at one address", "not UTF-8", "a transcript with an impossible date", "a token in the text", "a token as a date"].includes(name),
  );

  test.each(STOPPERS)("%s: the build fails at the file and line the check names", { timeout: 180_000 }, async (_name, file, contents) => {
    const { root, content } = fixtureCopy();
    mkdirSync(path.dirname(path.join(content, file)), { recursive: true });
    writeFileSync(path.join(content, file), contents);
    const output = path.join(root, "_site");
    // `npm run build` with the project's configuration, from the project's folder.
    const build = spawnSync(process.execPath, [path.join(projectRoot, "src/cli/run.mjs"), "build.ts", "--quiet", "--config", path.join(root, ".eleventy.ts"), "--input", content, "--output", output], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, GITHUB_ACTIONS: "" },
      timeout: 150_000,
    });
    expect(build.status, build.stderr).toBe(1);
    expect(build.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(`${build.stdout}${build.stderr}`).not.toContain(githubToken);
    const built = hitsIn(build.stderr)[0];
    const checked = hitsIn((await checkIn(root, ["--content", content])).out);
    expect(built, build.stderr).toBeDefined();
    expect(checked.some((h) => h.file === built!.file && h.line === built!.line && h.rule === built!.rule), `${build.stderr}\n${JSON.stringify(checked)}`).toBe(true);
  });
});

describe("a data file that does not parse", () => {
  test("is reported at its file, as the build reports it", { timeout: 180_000 }, async () => {
    const { root, content } = fixtureCopy();
    writeFileSync(path.join(content, "guides/guides.11tydata.json"), '{ "layout": ');
    const where = shownIn(root, path.join(content, "guides/guides.11tydata.json"));
    const { code, out } = await checkIn(root, ["--content", content]);
    expect(code).toBe(1);
    expect(hitsIn(out).map((h) => [h.file, h.rule]), out).toContainEqual([where, "build"]);
    expect(out).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});

describe("check options", () => {
  test("--format json and github", { timeout: 120_000 }, async () => {
    const root = fixtureProject({ content: false });
    const content = path.join(root, "content");
    writeFileSync(path.join(content, "bad.md"), page("<script>x</script>\n"));
    writeFileSync(path.join(content, "index.md"), page("Home.\n"));
    const where = shownIn(root, path.join(content, "bad.md"));
    const json = JSON.parse((await checkIn(root, ["--format", "json", "--content", content])).out) as { errors: number; diagnostics: { file: string }[] };
    expect(json.errors).toBe(1);
    expect(json.diagnostics[0]?.file).toBe(where);
    const github = await checkIn(root, ["--content", content], { GITHUB_ACTIONS: "true" });
    expect(github.out).toContain(`::error file=${where},line=4,col=`);
  });

  test("no format prints a secret in full, whichever rule quotes it", { timeout: 120_000 }, async () => {
    const root = fixtureProject({ content: false });
    const content = path.join(root, "content");
    writeFileSync(path.join(content, "bad.md"), page(`See [x](/x/?token=${githubToken}) and ${jwt}.\n`, `title: Bad\ndate: ${githubToken}\nlayout: ${githubToken}`));
    for (const [args, env] of [[["--format", "json"], {}], [["--format", "human"], {}], [[], { GITHUB_ACTIONS: "true" }]] as const) {
      const { code, out } = await checkIn(root, [...args, "--content", content], env);
      expect(code).toBe(1);
      expect(out).toContain("ghp_…");
      for (const secret of [githubToken, jwt]) expect(out).not.toContain(secret);
    }
  });

  test("--help explains every rule; bad options exit 2", async () => {
    const help = helpText();
    for (const rule of ["front-matter", "meetings", "links", "secret", "secret-url", "personal-data", "unsafe-html", "text", "mermaid"]) {
      expect(help).toContain(`  ${rule} `);
    }
    expect((await runCheck(["--format", "xml"], projectRoot)).code).toBe(2);
    expect((await runCheck(["--rule", "nope"], projectRoot)).code).toBe(2);
    expect((await runCheck(["--bogus"], projectRoot)).code).toBe(2);
  });
});

describe("a site whose pages name layouts nobody has", () => {
  test("every such page is reported in one run, and the rest of the site is still checked", { timeout: 180_000 }, async () => {
    const root = tempDir("check-layouts-");
    const content = path.join(root, "content");
    mkdirSync(content, { recursive: true });
    for (let i = 1; i <= 14; i += 1) writeFileSync(path.join(content, `page-${i}.md`), `---\ntitle: Page ${i}\nlayout: main\n---\nText.\n`);
    writeFileSync(path.join(content, "links.md"), "---\ntitle: Links\n---\nSee [nowhere](/nowhere/).\n");
    configWithSettings(root, {}, ".eleventy.ts");
    const { code, out } = await runCheck(["--content", content, "--format", "human"], root);
    expect(code).toBe(1);
    for (let i = 1; i <= 14; i += 1) expect(out).toContain(`content/page-${i}.md`);
    expect(out.match(/layout `main` does not exist; use one of page, post, default/g)).toHaveLength(14);
    expect(out).toMatch(/links\.md[\s\S]*link to \/nowhere\/ goes nowhere/);
    expect(out).toMatch(/in 15 files checked/);
  });
});

describe("a site with more pages that stop the build than the check runs again for", () => {
  test("says it stopped, and which file it stopped at, rather than leaving the rest out without a word", { timeout: 300_000 }, async () => {
    const root = tempDir("check-reruns-");
    const content = path.join(root, "content");
    mkdirSync(content, { recursive: true });
    for (let i = 1; i <= 12; i += 1) writeFileSync(path.join(content, `broken-${String(i).padStart(2, "0")}.njk`), `---\ntitle: Broken ${i}\n---\n{{ nothing.here() }}\n`);
    configWithSettings(root, { templates: ["*.njk"] }, ".eleventy.ts");
    const { code, out } = await runCheck(["--content", content, "--format", "human"], root);
    expect(code).toBe(1);
    expect(out).toMatch(/the check stopped after leaving out 10 files that each stop the build \(the last: [^)]*broken-\d\d\.njk\); fix those and run it again to check the rest/);
  });
});

describe("a site without a home page", () => {
  test("is warned about, since every page's header links there", { timeout: 180_000 }, async () => {
    const root = tempDir("check-home-");
    const content = path.join(root, "content");
    mkdirSync(content, { recursive: true });
    writeFileSync(path.join(content, "about.md"), "---\ntitle: About\n---\nUs.\n");
    configWithSettings(root, {}, ".eleventy.ts");
    const without = await runCheck(["--content", content, "--format", "human"], root);
    expect(without.code).toBe(0);
    expect(without.out).toMatch(/warning links the site has no home page: add index\.md/);
    writeFileSync(path.join(content, "index.md"), "---\ntitle: Home\n---\nWelcome.\n");
    expect((await runCheck(["--content", content, "--format", "human"], root)).out).not.toMatch(/no home page/);
  });
});
