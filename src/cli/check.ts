/**
 * `npm run check`: every problem in the content that would break the site, leak a secret or
 * publish personal data, with file and line. Exit 1 on errors, 0 with warnings only, 2 on
 * bad usage.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { checkContext } from "../checks/context.ts";
import { formatReport, type OutputFormat } from "../checks/format.ts";
import { formatDiagnostic } from "../diagnostics/diagnostic.ts";
import { compareDiagnostics, runRules, summarise } from "../checks/runner.ts";
import { ALL_RULES, RULE_HELP } from "../checks/rules/index.ts";
import { runCheckBuild } from "../eleventy/checkRun.ts";
import { exitQuietlyOnClosedPipe, projectRoot, usageError } from "./project.ts";
import { notASite, siteProject } from "./siteProject.ts";
import { SETTINGS_FILE } from "../site/settingsFile.ts";
import { redactSecrets } from "../secrets/index.ts";

const FORMATS: OutputFormat[] = ["human", "github", "json"];

/** The help text; `command` is how the check is started (`npm run check --` here, `community-notes check` in a site). */
export function helpText(command = "npm run check --"): string {
  const width = Math.max(...ALL_RULES.map((r) => r.name.length));
  const rules = ALL_RULES.map((rule) => {
    const detail = RULE_HELP[rule.name];
    return `  ${rule.name.padEnd(width)}  ${rule.summary}${detail ? `\n${detail.replace(/^/gm, `  ${" ".repeat(width)}  `)}` : ""}`;
  }).join("\n");
  return `Usage: ${command} [options]

Checks every file in content/, drafts included, for what would break the site, leak a
secret or publish personal data. It reads the site as the build does (the same
configuration, every kind of file Eleventy renders), so whatever would stop
\`npm run build\` is reported too: front matter that does not parse, a layout or include
that does not exist, two files published at one address, a template that does not render.
Each problem is printed as
  path:line:col severity rule message
Exits 1 if there is any error, 0 if there are only warnings (or nothing), 2 on bad usage.

Options:
  --format <human|github|json>  output format. Default: human (grouped by file, coloured
                                on a terminal); github under GitHub Actions (annotations
                                on the pull request's diff); json for other tools.
  --rule <name>                 run only this rule (may be repeated)
  --content <folder>            check another content folder, anywhere (default: content/)
  -h, --help                    show this help

Rules:
${rules}

Reported as the build reports them (the build stops on each):
  layout, build  a layout, include or data file that does not exist or parse
  output         two pages at one address; a page outside the output folder or over a copied file
  templates      a template tag, .njk/.liquid/.html file or engine switch the \`templates\` setting does not list
  runs-code      JavaScript templates and data files (front matter in any language but YAML is a
                 front-matter error)
  link           a link (symlink) out of the repository, to nothing, or to a folder around it
  eleventyignore an .eleventyignore in the content folder
  lost-text      an unclosed comment or raw-text element, or nesting too deep: text the page would lose
  transcript     a transcript line or field that would be left out (warnings for guesses)
  size           a content file over 2 MB (front matter over 64 KB is a front-matter error, a
                 transcript line over 1 MB a transcript one)
  secret, secret-url  the build does not publish a page that holds a secret
  unpublished    (a warning) a file in the content folder that is neither a page nor copied:
                 a stylesheet, script, SVG or other file the site does not publish

Nothing is fetched from the network: external links are not followed. Every line printed
passes one masking pass, so no secret is printed in full, whichever rule quotes it.`;
}

export async function runCheck(
  argv: string[],
  root: string,
  env: Record<string, string | undefined> = process.env,
  isTerminal = false,
  command?: string,
): Promise<{ code: number; out: string }> {
  let values;
  try {
    values = parseArgs({
      args: argv,
      options: {
        format: { type: "string" },
        rule: { type: "string", multiple: true },
        content: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    }).values;
  } catch (error) {
    return { code: 2, out: usageError((error as Error).message, command ?? "npm run check --") };
  }
  if (values.help) return { code: 0, out: helpText(command) };

  const format = (values.format ?? (env.GITHUB_ACTIONS === "true" ? "github" : "human")) as OutputFormat;
  if (!FORMATS.includes(format)) return { code: 2, out: `Unknown format "${values.format}": use ${FORMATS.join(", ")}.` };
  const unknown = (values.rule ?? []).filter((name) => !ALL_RULES.some((r) => r.name === name));
  if (unknown.length) {
    return { code: 2, out: `Unknown rule ${unknown.map((n) => `"${n}"`).join(", ")}: the rules are ${ALL_RULES.map((r) => r.name).join(", ")}.` };
  }
  const rules = values.rule?.length ? ALL_RULES.filter((r) => values.rule?.includes(r.name)) : ALL_RULES;

  const project = siteProject(root, values.content);
  const notSite = notASite(project, values.content, SETTINGS_FILE);
  if (notSite) return { code: 1, out: notSite };
  const { contentDir } = project;
  const run = await runCheckBuild({ configPath: project.configPath, input: contentDir });
  // What the build stops on, then what the rules find in the content it read.
  const found = [...run.diagnostics];
  if (run.community && !run.urls.includes("/")) {
    const folder = path.relative(process.cwd(), contentDir).split(path.sep).join("/") || ".";
    found.push({ file: folder, line: 1, column: 1, rule: "links", severity: "warning", message: "the site has no home page: add index.md to the content folder (every page's header links to it)" });
  }
  let files = 0;
  if (run.community && run.settings && run.markdown) {
    const context = checkContext(run.community, { root, contentDir, site: run.settings, md: run.markdown, publishedUrls: run.urls, lateFiles: run.lateFiles, settingsFile: run.settingsFile });
    found.push(...(await runRules(context, rules)));
    files = context.files.length;
  }
  // The rules read what the build read: a problem both report is printed once.
  const diagnostics = [...new Map(found.map((d) => [formatDiagnostic(d), d])).values()].sort(compareDiagnostics);
  const summary = summarise(diagnostics, files, run.templated);
  const colour = format === "human" && isTerminal && !env.NO_COLOR && env.TERM !== "dumb";
  // One masking pass over the whole report: no rule's message, file name or annotation prints a secret in full.
  return { code: summary.errors > 0 ? 1 : 0, out: await redactSecrets(formatReport(format, diagnostics, summary, colour)) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = projectRoot;
  exitQuietlyOnClosedPipe();
  try {
    const { code, out } = await runCheck(process.argv.slice(2), root, process.env, process.stdout.isTTY === true);
    (code === 2 ? console.error : console.log)(out);
    process.exitCode = code;
  } catch (error) {
    console.error(await redactSecrets(`check: ${(error as Error).message ?? String(error)}`));
    process.exitCode = 1;
  }
}
