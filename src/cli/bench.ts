/**
 * `npm run bench -- --pages N`: builds a synthetic community of N notes pages with the
 * complete production build and with plain Eleventy (no configuration) on the same
 * Markdown, alternating, and prints medians, their ratio, peak memory, page weight, the
 * time of `npm run check` and of an incremental rebuild after one edit.
 */
import { spawn } from "node:child_process";
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { generateCommunity } from "../bench/generate.ts";
import { median, ratio, formatTable } from "../bench/stats.ts";
import { notesPageBytes } from "../bench/weight.ts";
import { freePort } from "../bench/ports.ts";
import { runHostileBench } from "../bench/hostile.ts";
import { projectRoot } from "./project.ts";

const root = projectRoot;
const eleventyCli = path.join(root, "node_modules/@11ty/eleventy/cmd.cjs");

const HELP = `Usage: npm run bench -- [--pages N] [--runs R] [--no-serve] [--keep]
       npm run bench -- --hostile [--case TEXT] [--timeout S] [--keep]

Generates a synthetic community (20 groups of log pages, two dated meetings each) in a
temporary folder, then alternately runs the complete production build and plain Eleventy
(no configuration) on the same Markdown, R times each, and prints medians and figures.

  --pages N    notes pages to generate (default 2000)
  --runs R     runs of each build (default 3)
  --no-serve   skip the incremental rebuild measurement
  --keep       keep the temporary folder

With --hostile, times npm run check and npm run build instead on small sites of hostile
content (200 KB of backticks, 100,000 e-mail addresses, 100,000 headings, a 1 MB caption
line, front matter over and at its limit, …), one site per case, and prints the seconds of
each next to those of one small page. Every step should stay near the small page's time.

  --case TEXT  only the cases whose name contains TEXT (may be repeated)
  --timeout S  stop a run after S seconds (default 120)`;

interface RunResult {
  seconds: number;
  maxRssMiB: number;
  output: string;
}

function run(args: string[], cwd: string, env: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const rssFile = path.join(tmpdir(), `bench-rss-${process.pid}-${Date.now()}-${Math.random()}`);
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, args, {
      cwd,
      env: { ...process.env, ...env, BENCH_RSS_FILE: rssFile },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("close", (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) return reject(new Error(`${args.join(" ")} exited ${code}:\n${output.slice(-2000)}`));
      let maxRssMiB = Number.NaN;
      try {
        maxRssMiB = Number(readFileSync(rssFile, "utf8")) / 1024;
        rmSync(rssFile, { force: true });
      } catch {
        /* the hook did not run */
      }
      resolve({ seconds, maxRssMiB, output });
    });
  });
}


/**
 * Starts a dev server (`args`, run from `cwd`), then edits `file` `edits` times, one edit
 * after each rebuild has settled, and returns each rebuild's time: from the edit to the
 * "Wrote" line (wall) and as Eleventy reports it.
 */
function incrementalRebuilds(args: string[], cwd: string, file: string, edits: number): Promise<{ wallMs: number[]; eleventyMs: number[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    const wallMs: number[] = [];
    const eleventyMs: number[] = [];
    let log = "";
    let editedAt = 0n;
    let ready = false;
    const timeout = setTimeout(() => {
      child.kill();
      reject(new Error(`the dev server did not rebuild in time:\n${log.slice(-1500)}`));
    }, 300_000);
    // Give the watcher (and, for ours, the preview search index) a moment to settle, then edit.
    const editSoon = () =>
      setTimeout(() => {
        log = "";
        editedAt = process.hrtime.bigint();
        appendFileSync(file, `\nOne more line added by the benchmark (${wallMs.length + 1}).\n`);
      }, 2000);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      if (!ready && /Watching|Server at/.test(log)) {
        ready = true;
        editSoon();
        return;
      }
      const wrote = /Wrote \d+ files?.*?in ([\d.]+) seconds/.exec(log);
      if (editedAt && wrote) {
        wallMs.push(Number(process.hrtime.bigint() - editedAt) / 1e6);
        eleventyMs.push(Number(wrote[1]) * 1000);
        editedAt = 0n;
        if (wallMs.length < edits) return void editSoon();
        clearTimeout(timeout);
        child.kill();
        resolve({ wallMs, eleventyMs });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
  });
}

async function main(): Promise<number> {
  let values;
  try {
    values = parseArgs({
      options: {
        pages: { type: "string", default: "2000" },
        runs: { type: "string", default: "3" },
        "no-serve": { type: "boolean", default: false },
        keep: { type: "boolean", default: false },
        hostile: { type: "boolean", default: false },
        case: { type: "string", multiple: true },
        timeout: { type: "string", default: "120" },
        help: { type: "boolean", short: "h", default: false },
      },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (values.hostile) {
    const limitSeconds = Number(values.timeout);
    if (!(limitSeconds > 0)) {
      console.error("--timeout must be a number of seconds > 0");
      return 2;
    }
    const rows = await runHostileBench({ root, limitSeconds, only: values.case ?? [], keep: values.keep, log: (line) => console.log(line) });
    console.log(formatTable(rows));
    return 0;
  }
  const pages = Number(values.pages);
  const runs = Number(values.runs);
  if (!Number.isInteger(pages) || pages < 20 || !Number.isInteger(runs) || runs < 1) {
    console.error("--pages must be a whole number ≥ 20 and --runs ≥ 1");
    return 2;
  }

  const work = mkdtempSync(path.join(tmpdir(), "community-notes-bench-"));
  // The synthetic community is a project of its own, laid out as a real one (the tool's
  // files beside its content): the dev server's watcher only maps a changed file to its page
  // when layouts and content share a root.
  const project = path.join(work, "ours");
  for (const part of [".eleventy.ts", "package.json", "tsconfig.json", "src", "_includes", "_data", "assets"]) {
    cpSync(path.join(root, part), path.join(project, part), { recursive: true });
  }
  symlinkSync(path.join(root, "node_modules"), path.join(project, "node_modules"), "dir");
  const hook = path.join(work, "rss-hook.mjs");
  writeFileSync(hook, 'import { writeFileSync } from "node:fs";\nprocess.on("exit", () => { if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)); });\n');
  const ours = path.join(work, "ours/content");
  const plain = path.join(work, "plain");
  const files = generateCommunity(ours, pages);
  generateCommunity(path.join(plain, "content"), pages);
  // Plain Eleventy gets the same Markdown and the smallest layout that makes it a page.
  mkdirSync(path.join(plain, "content/_includes"), { recursive: true });
  writeFileSync(path.join(plain, "content/_includes/page.njk"), "<!doctype html><title>{{ title }}</title>{{ content | safe }}\n");
  console.log(`Generated ${pages} notes pages (${pages * 2} meetings) in ${work}`);

  // What `npm run build`, `npm run check` and `npm start` run, in the synthetic project.
  const ourCommand = (tool: string) => [path.join(project, "src/cli/run.mjs"), tool];
  const oursTimes: RunResult[] = [];
  const plainTimes: RunResult[] = [];
  for (let i = 0; i < runs; i++) {
    const a = await run(["--import", hook, ...ourCommand("build.ts"), "--quiet", "--output", "_site"], project);
    oursTimes.push(a);
    const b = await run(["--import", hook, eleventyCli, "--quiet", "--input=content", `--output=${path.join(work, "plain/_site")}`], plain);
    plainTimes.push(b);
    console.log(`run ${i + 1}: complete build ${a.seconds.toFixed(2)} s, plain Eleventy ${b.seconds.toFixed(2)} s`);
  }
  const check = await run(["--import", hook, ...ourCommand("check.ts")], project).catch((error: Error) => ({
    seconds: Number.NaN,
    maxRssMiB: Number.NaN,
    output: error.message,
  }));
  const weight = notesPageBytes(path.join(work, "ours/_site"));
  // Under --serve: ours (`npm start`) and plain Eleventy's own incremental mode, the same
  // notes page edited 3 times in each.
  let rebuild: { wallMs: number[]; eleventyMs: number[] } | undefined;
  let plainRebuild: typeof rebuild;
  if (!values["no-serve"]) {
    const edited = files[0] ?? "";
    const ourServer = [...ourCommand("build.ts"), "--serve", "--quiet", "--output", path.join(project, "_serve"), "--port", String(await freePort())];
    rebuild = await incrementalRebuilds(ourServer, project, edited, 3);
    const plainServer = [eleventyCli, "--serve", "--incremental", "--quiet", "--input=content", `--output=${path.join(plain, "_serve")}`, `--port=${await freePort()}`];
    plainRebuild = await incrementalRebuilds(plainServer, plain, path.join(plain, "content", path.relative(ours, edited)), 3);
  }

  const oursMedian = median(oursTimes.map((r) => r.seconds));
  // The build's own summary line: "Search index: 2020 pages, 1.5 MB (bundle 2.1 MB), 712 ms".
  const indexSeconds = median(oursTimes.map((r) => Number(/Search index: .*?(\d+) ms/.exec(r.output)?.[1]) / 1000));
  const plainMedian = median(plainTimes.map((r) => r.seconds));
  console.log(
    formatTable([
      ["notes pages", String(pages)],
      ["complete build, median", `${oursMedian.toFixed(2)} s`],
      ["plain Eleventy, median", `${plainMedian.toFixed(2)} s`],
      ["ratio (complete / plain)", `${ratio(oursMedian, plainMedian).toFixed(2)}×`],
      ["of which the search index (Pagefind), median", `${indexSeconds.toFixed(2)} s`],
      ["peak memory, complete build", `${Math.max(...oursTimes.map((r) => r.maxRssMiB)).toFixed(0)} MiB`],
      ["peak memory, plain Eleventy", `${Math.max(...plainTimes.map((r) => r.maxRssMiB)).toFixed(0)} MiB`],
      ["HTML per notes page (average)", `${(weight.averageHtml / 1024).toFixed(1)} KB`],
      ["CSS (one file, cached)", `${(weight.css / 1024).toFixed(1)} KB`],
      ["HTML+CSS per notes page", `${((weight.averageHtml + weight.css) / 1024).toFixed(1)} KB`],
      ["JavaScript on a notes page (largest)", `${weight.javascript} B`],
      ["npm run check", `${check.seconds.toFixed(2)} s`],
      ...(rebuild && plainRebuild
        ? ([
            ["rebuild after one edit, median (edit to written)", `${median(rebuild.wallMs).toFixed(0)} ms`],
            ["plain Eleventy --incremental, same edit, median", `${median(plainRebuild.wallMs).toFixed(0)} ms`],
            ["rebuild, as Eleventy reports it (ours / plain)", `${median(rebuild.eleventyMs).toFixed(0)} / ${median(plainRebuild.eleventyMs).toFixed(0)} ms`],
          ] as [string, string][])
        : []),
    ]),
  );
  if (!values.keep) rmSync(work, { recursive: true, force: true });
  return 0;
}

process.exitCode = await main().catch((error: Error) => {
  console.error(`bench: ${error.message}`);
  return 1;
});
