/**
 * Templates run only where the site's `templates` setting says. Elsewhere a template file, a
 * `templateEngineOverride`, `eleventyComputed`, a templated `permalink` or a template tag in
 * Markdown stops the build at its line, and nothing of it runs (each payload would write a
 * marker file); the listed files run as Eleventy runs them, and the check names them.
 */
import { describe, expect, test } from "vitest";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildSite, configWithSettings } from "./buildSite.ts";
import { runCheck } from "../../src/cli/check.ts";
import { findContentError } from "../../src/diagnostics/diagnostic.ts";
import { tempDir } from "../helpers/tempDir.ts";
import { fixtureProject } from "../helpers/project.ts";

const markers = tempDir("community-notes-templates-ran-");
/** Nunjucks that runs JavaScript, if Nunjucks ever sees it. */
const payload = (name: string) => `{{ range.constructor("process.getBuiltinModule('fs').writeFileSync('${path.join(markers, name)}', 'ran')")() }}`;

/** name → [file, contents, rule, line] */
const REFUSED: [string, string, string, number][] = [
  ["a .njk page", "page.njk", `---\ntitle: Njk\n---\n${payload("njk")}\n`, 1],
  ["a .liquid page", "guides/page.liquid", "---\ntitle: Liquid\n---\n{{ 'x' | upcase }}\n", 1],
  ["an .html page", "old.html", "<p>{{ site.name }}</p>\n", 1],
  ["templateEngineOverride in Markdown", "override.md", `---\ntitle: Override\ntemplateEngineOverride: njk,md\n---\n${payload("override")}\n`, 3],
  ["eleventyComputed in front matter", "computed.md", `---\ntitle: Computed\neleventyComputed:\n  description: "${payload("computed").replace(/"/g, '\\"')}"\n---\nText.\n`, 3],
  ["a templated permalink", "permalink.md", `---\ntitle: Permalink\npermalink: "/x/${payload("permalink").replace(/"/g, '\\"')}/"\n---\nText.\n`, 3],
  ["a template tag in Markdown text", "tag.md", "---\ntitle: Tag\n---\nIntro.\n\nHello {{ site.name }}, welcome.\n", 6],
];

const refusal = async (files: Record<string, string>, site = {}) => {
  const error = await buildSite({ "about.md": "---\ntitle: About\n---\nAbout us.\n", ...files }, { site }).then(
    () => undefined,
    (e: unknown) => e,
  );
  return findContentError(error)?.diagnostic ?? String(error);
};

describe("templates where the settings do not list them", () => {
  test.each(REFUSED)("%s stops the build at its line, and runs nothing", { timeout: 120_000 }, async (_name, file, text, line) => {
    const found = await refusal({ [file]: text });
    expect(found).toMatchObject({ file: expect.stringMatching(new RegExp(`content/${file.replace(/\./g, "\\.")}$`)), line, rule: "templates", severity: "error" });
    expect(readdirSync(markers)).toEqual([]);
  });

  test("a template tag is found at its column, and template tags in code are text", { timeout: 120_000 }, async () => {
    expect(await refusal({ "tag.md": "---\ntitle: Tag\n---\nIntro.\n\n- item\n- an {% if x %} item\n" })).toMatchObject({ line: 7, column: 6 });
    const site = await buildSite({ "code.md": "---\ntitle: Code\n---\nWrite `{{ site.name }}` in a layout:\n\n```njk\n{% if x %}{{ y }}{% endif %}\n```\n" });
    expect(site.html("/code/").querySelector("main code")?.text).toBe("{{ site.name }}");
    expect(site.html("/code/").querySelector("main pre")?.text).toContain("{% if x %}{{ y }}{% endif %}");
  });

  test("eleventyComputed from a folder's data file is refused at the page", { timeout: 120_000 }, async () => {
    const found = await refusal({ "guides/guides.11tydata.json": JSON.stringify({ eleventyComputed: { title: "{{ 'x' | upcase }}" } }), "guides/one.md": "---\ntitle: One\n---\nText.\n" });
    expect(found).toMatchObject({ file: expect.stringMatching(/content\/guides\/one\.md$/), line: 1, rule: "templates" });
    expect((found as { message: string }).message).toMatch(/from a data file of its folder/);
  });
});

describe("templates the settings list", () => {
  test("run as Eleventy sites run them: Markdown through Nunjucks (or the engine its front matter names), .njk through Nunjucks", { timeout: 120_000 }, async () => {
    const site = await buildSite(
      {
        "index.md": '---\ntitle: Home\nlayout: page.njk\n---\nWelcome to {{ site.name | upper }}.\n\n{% include "partials/banner.njk" %}\n',
        "partials/banner.njk": '<p class="banner">{{ "news" | upper }} from the banner</p>\n',
        "liquid.md": "---\ntitle: Liquid\ntemplateEngineOverride: liquid,md\n---\nShouting {{ 'quietly' | upcase }}.\n",
        "blog/index.njk": "---\ntitle: Blog index\npermalink: /blog-list/{{ 'x' | upper }}/\n---\n<p>{{ site.name }} has {{ collections.post | length }} posts</p>\n",
        "about.md": "---\ntitle: About\n---\nAbout us, and `{{ code }}`.\n",
      },
      { site: { templates: ["index.md", "liquid.md", "partials/*.njk", "blog/*.njk"] } },
    );
    expect(site.html("/").querySelector("main")?.text).toContain("Welcome to OPEN SOURCE COMMUNITY OF PRACTICE.");
    // An include from the input folder, as Eleventy's Nunjucks finds it.
    expect(site.html("/").querySelector("main .banner")?.text).toBe("NEWS from the banner");
    expect(site.html("/liquid/").querySelector("main")?.text).toContain("Shouting QUIETLY.");
    // The partial, with no front matter, is not a page of its own.
    expect(site.exists("/partials/banner/")).toBe(false);
    expect(site.html("/blog-list/X/").querySelector("main")?.text).toMatch(/Open Source Community of Practice has \d+ posts/);
  });

  test("an include of a content file the settings do not list is refused, however it is named", { timeout: 120_000 }, async () => {
    const files = { "index.md": '---\ntitle: Home\n---\n{% include "notes.md" %}\n', "notes.md": `---\ntitle: Notes\n---\n${payload("included")}\n` };
    const error = await buildSite(files, { site: { templates: ["index.md"] } }).then(() => undefined, (e: unknown) => e);
    let text = "";
    for (let cause: unknown = error; cause; cause = (cause as { cause?: unknown; originalError?: unknown }).cause ?? (cause as { originalError?: unknown }).originalError) text += ` ${(cause as Error).message}`;
    expect(text).toMatch(/"notes\.md": .*content\/notes\.md is a content file that the site's `templates` setting does not list/);
    expect(readdirSync(markers)).toEqual([]);
  });

  test("a listed .html file that is a whole document is published as it is, with no layout around it", { timeout: 120_000 }, async () => {
    const page = "<!doctype html>\n<html lang=\"en\">\n<head><title>Poster</title><style>body { color: navy; }</style></head>\n<body><h1>Poster</h1></body>\n</html>\n";
    const site = await buildSite({ "poster.html": page, "fragment.html": "<p>Just a fragment</p>\n" }, { site: { templates: ["*.html"] } });
    expect(site.file("/poster/")).toBe(page);
    expect(site.html("/fragment/").querySelector("main p")?.text).toBe("Just a fragment");
  });

  test("the check names each file that runs templates, and refuses the rest", { timeout: 120_000 }, async () => {
    const root = fixtureProject();
    const content = path.join(root, "content");
    for (const [, file, text] of REFUSED) {
      mkdirSync(path.dirname(path.join(content, file)), { recursive: true });
      writeFileSync(path.join(content, file), text);
    }
    const { code, out } = await runCheck(["--content", content], root);
    expect(code).toBe(1);
    for (const [, file, , line] of REFUSED) expect(out).toMatch(new RegExp(`${file.replace(/\./g, "\\.")}:${line}:\\d+ error templates `));
    expect(out).not.toContain("files run templates");
    expect(readdirSync(markers)).toEqual([]);
  });

  test("the check lists the files that run templates, in every format", { timeout: 120_000 }, async () => {
    // A project of its own: the project's configuration with a `templates` setting, as `.eleventy.ts`.
    const root = tempDir("community-notes-templates-listed-");
    configWithSettings(root, { templates: ["index.md", "blog/*.njk"] }, ".eleventy.ts");
    mkdirSync(path.join(root, "content/blog"), { recursive: true });
    writeFileSync(path.join(root, "content/index.md"), "---\ntitle: Home\n---\nWelcome to {{ site.name }}.\n");
    writeFileSync(path.join(root, "content/blog/archive.njk"), "---\ntitle: Archive\n---\n<p>{{ site.name }}</p>\n");
    writeFileSync(path.join(root, "content/about.md"), "---\ntitle: About\n---\nAbout us.\n");
    // A listed template that does not render is reported at its line, as the build would.
    writeFileSync(path.join(root, "content/blog/broken.njk"), "---\ntitle: Broken\n---\n<p>Hello</p>\n<p>{{ title | no_such_filter }}</p>\n");
    const human = await runCheck([], root);
    const shown = (file: string) => path.relative(process.cwd(), path.join(root, "content", file)).split(path.sep).join("/");
    expect(human.code, human.out).toBe(1);
    expect(human.out).toMatch(new RegExp(`^${shown("blog/broken.njk").replace(/\./g, "\\.")}:5:\\d+ error template `, "m"));
    expect(human.out).toContain(
      `These 3 files run templates (the site's \`templates\` setting lists them); review changes to them as code:\n  ${shown("blog/archive.njk")}\n  ${shown("blog/broken.njk")}\n  ${shown("index.md")}\n`,
    );
    const json = JSON.parse((await runCheck(["--format", "json"], root)).out) as { templated: string[] };
    expect(json.templated).toEqual([shown("blog/archive.njk"), shown("blog/broken.njk"), shown("index.md")]);
  });
});
