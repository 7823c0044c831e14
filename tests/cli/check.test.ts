/**
 * `npm run check` end to end, as the "done when" reads: each class of bad input,
 * placed alone into a copy of the demo site, makes the check exit non-zero with a path:line
 * pointing at it (within two lines), no stack trace, and never the full secret.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { cpSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { runCheck, helpText } from "../../src/cli/check.ts";
import { resolveSiteSettings } from "../../src/site/settings.ts";
import { projectRoot } from "../build/buildSite.ts";
import { testSite } from "../checks/helpers.ts";
import { tempDir } from "../helpers/tempDir.ts";

const site = resolveSiteSettings(testSite);
// Built by concatenation so this file itself holds no literal secret.
const githubToken = "ghp_" + "A1b2C3d4E5f6G7h8I9j0".repeat(2).slice(0, 36);
const rawToken = "GHSAT0AAAAAAC" + "QZ3kP9xL2mN8vB4tR7wY1uE6".slice(0, 20);

function demoCopy(): string {
  const root = tempDir("check-demo-");
  cpSync(path.join(projectRoot, "content"), path.join(root, "content"), { recursive: true });
  cpSync(path.join(projectRoot, "_includes"), path.join(root, "_includes"), { recursive: true });
  cpSync(path.join(projectRoot, "assets"), path.join(root, "assets"), { recursive: true });
  return root;
}

const page = (body: string, frontMatter = "title: Bad page") => `---\n${frontMatter}\n---\n${body}`;

/** name → [file under content/, contents, rule, expected line, severity] */
const CASES: [string, string, string | Uint8Array, string, number, "error" | "warning"][] = [
  ["unparsable YAML", "bad.md", "---\ntitle: Bad\ntags: [a, b\n---\nText\n", "front-matter", 3, "error"],
  ["impossible date", "blog/2024-01-05-bad.md", page("Text\n", "title: Bad\ndate: 2023-02-31"), "front-matter", 3, "error"],
  ["tags not a list of strings", "bad.md", page("Text\n", "title: Bad\ntags:\n  - a\n  - { x: 1 }"), "front-matter", 3, "error"],
  ["draft not a boolean", "bad.md", page("Text\n", "title: Bad\ndraft: maybe"), "front-matter", 3, "error"],
  ["unknown layout", "bad.md", page("Text\n", "title: Bad\nlayout: fancy"), "layout", 3, "error"],
  ["meeting heading that is not a date", "special-interest/accessibility/extra.md", page("## 31 Feb 2023\n\nNotes.\n"), "meetings", 4, "error"],
  ["same meeting date twice in a group", "special-interest/accessibility/workshop.md", page("Intro.\n\n## 2024-03-08\n\nAgain.\n"), "meetings", 6, "error"],
  ["meetings out of order", "special-interest/new-group/notes.md", page("## 2023-01-06\n\nA.\n\n## 2023-05-05\n\nB.\n"), "meetings", 8, "warning"],
  ["link to a missing page", "bad.md", page("Intro.\n\nSee [the plan](/guides/no-such-guide/).\n"), "links", 6, "error"],
  ["link to a missing anchor", "bad.md", page("Intro.\n\nSee [that meeting](/special-interest/supply-chain-security/notes/#2023-12-09).\n"), "links", 6, "error"],
  ["missing image", "bad.md", page("Intro.\n\n![Diagram](/assets/img/missing.png)\n"), "links", 6, "error"],
  ["a token in the text", "bad.md", page(`Intro.\n\nOur token is ${githubToken} for now.\n`), "secret", 6, "error"],
  ["a token in a URL", "bad.md", page(`Intro.\n\nhttps://raw.githubusercontent.com/org/repo/main/x.csv?token=${rawToken}\n`), "secret-url", 6, "error"],
  ["an e-mail address", "bad.md", page("Intro.\n\nWrite to jane.doe@department.gov.uk today.\n"), "personal-data", 6, "warning"],
  ["a phone number", "bad.md", page("Intro.\n\nCall 07700 900123 after lunch.\n"), "personal-data", 6, "warning"],
  ["a script tag", "bad.md", page("Intro.\n\n<script>alert(1)</script>\n"), "unsafe-html", 6, "error"],
  ["an event handler", "bad.md", page('Intro.\n\n<img src="/assets/css/site.css" onerror="alert(1)">\n'), "unsafe-html", 6, "error"],
  ["a javascript: link", "bad.md", page("Intro.\n\n[click](javascript:alert(1))\n"), "unsafe-html", 6, "error"],
  ["not UTF-8", "bad.md", Buffer.from(page("Caf\xe9 notes.\n"), "latin1"), "text", 4, "error"],
  ["NUL bytes", "bad.md", Buffer.from(page("Binary\u0000junk\n")), "text", 4, "error"],
  ["mojibake", "bad.md", page("Intro.\n\nWe didnâ€™t agree.\n"), "text", 6, "error"],
  ["NBSP after heading marks", "bad.md", page("Intro.\n\n##\u00A0Not a heading\n"), "text", 6, "error"],
  ["a diagram mermaid cannot parse", "bad.md", page("Intro.\n\n```mermaid\nflowchart LR\n  A --> --> B((\n```\n"), "mermaid", 6, "error"],
];

describe("npm run check on the demo site", () => {
  test("the demo site passes with zero errors", async () => {
    const { code, out } = await runCheck([], projectRoot, site);
    expect(out).toContain("No problems found");
    expect(code).toBe(0);
  });

  describe.each(CASES)("%s", (_name, file, contents, rule, line, severity) => {
    let result: { code: number; out: string };
    beforeAll(async () => {
      const root = demoCopy();
      mkdirSync(path.dirname(path.join(root, "content", file)), { recursive: true });
      writeFileSync(path.join(root, "content", file), contents);
      result = await runCheck(["--format", "human"], root, site);
    });

    test(`is reported at content/${file}:${line} as ${severity} ${rule}`, () => {
      const hits = result.out
        .split("\n")
        .map((l) => /^(\S+):(\d+):(\d+) (error|warning) (\S+) /.exec(l))
        .filter((m): m is RegExpExecArray => m !== null && m[1] === `content/${file}` && m[5] === rule);
      expect(hits.length, result.out).toBeGreaterThan(0);
      expect(Math.abs(Number(hits[0]?.[2]) - line), result.out).toBeLessThanOrEqual(2);
      expect(hits[0]?.[4]).toBe(severity);
      expect(result.code).toBe(severity === "error" ? 1 : 0);
    });

    test("prints no stack trace and no secret in full", () => {
      expect(result.out).not.toMatch(/\n\s+at .+:\d+:\d+/);
      expect(result.out).not.toContain(githubToken);
      expect(result.out).not.toContain(rawToken);
    });
  });
});

describe("check options", () => {
  test("--format json and github", async () => {
    const root = demoCopy();
    writeFileSync(path.join(root, "content/bad.md"), page("<script>x</script>\n"));
    const json = JSON.parse((await runCheck(["--format", "json"], root, site)).out) as { errors: number; diagnostics: { file: string }[] };
    expect(json.errors).toBe(1);
    expect(json.diagnostics[0]?.file).toBe("content/bad.md");
    const github = await runCheck([], root, site, { GITHUB_ACTIONS: "true" });
    expect(github.out).toContain("::error file=content/bad.md,line=4,col=");
  });

  test("--help explains every rule; bad options exit 2", async () => {
    const help = helpText();
    for (const rule of ["front-matter", "meetings", "links", "secret", "secret-url", "personal-data", "unsafe-html", "text", "mermaid"]) {
      expect(help).toContain(`  ${rule} `);
    }
    expect((await runCheck(["--format", "xml"], projectRoot, site)).code).toBe(2);
    expect((await runCheck(["--rule", "nope"], projectRoot, site)).code).toBe(2);
    expect((await runCheck(["--bogus"], projectRoot, site)).code).toBe(2);
  });
});
