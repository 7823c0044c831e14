/**
 * `npm run bench -- --pages N`: builds a synthetic community of N notes pages with the
 * complete production build and with plain Eleventy (no configuration) on the same
 * Markdown, alternating, and prints medians, their ratio, peak memory, page weight, the
 * time of `npm run check` and of an incremental rebuild after one edit.
 */
import { spawn } from "node:child_process";
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { generateCommunity } from "../bench/generate.ts";
import { median, ratio, formatTable } from "../bench/stats.ts";
import { notesPageBytes } from "../bench/weight.ts";
import { projectRoot } from "./project.ts";

const root = projectRoot;
const eleventyCli = path.join(root, "node_modules/@11ty/eleventy/cmd.cjs");
// By URL: the child processes run from the synthetic project, where `tsx` would not resolve.
const TSX = import.meta.resolve("tsx");

const HELP = `Usage: npm run bench -- [--pages N] [--runs R] [--no-serve] [--keep]

Generates a synthetic community (20 groups of log pages, two dated meetings each) in a
temporary folder, then alternately runs the complete production build and plain Eleventy
(no configuration) on the same Markdown, R times each, and prints medians and figures.

  --pages N    notes pages to generate (default 2000)
  --runs R     runs of each build (default 3)
  --no-serve   skip the incremental rebuild measurement
  --keep       keep the temporary folder`;

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

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 8089));
    });
  });
}

/** Starts the dev server on the synthetic site, edits one file, and times the rebuild. */
function incrementalRebuild(input: string, output: string, hook: string, file: string): Promise<{ wallMs: number; eleventyMs: number }> {
  return freePort().then(
    (port) =>
      new Promise((resolve, reject) => {
        const child = spawn(
          process.execPath,
          ["--import", TSX, "--import", hook, path.join(input, "..", "src/cli/build.ts"), "--serve", "--quiet", "--output", output, "--port", String(port)],
          { cwd: path.dirname(input), stdio: ["ignore", "pipe", "pipe"] },
        );
        let log = "";
        let editedAt = 0n;
        const timeout = setTimeout(() => {
          child.kill();
          reject(new Error(`the dev server did not rebuild in time:\n${log.slice(-1500)}`));
        }, 180_000);
        const onData = (chunk: Buffer) => {
          log += chunk.toString();
          if (!editedAt && /Watching|Server at/.test(log)) {
            // Give the watcher a moment to settle, then edit one notes page.
            setTimeout(() => {
              editedAt = process.hrtime.bigint();
              appendFileSync(file, "\nOne more line added by the benchmark.\n");
            }, 1500);
            log = "";
          } else if (editedAt && /Wrote \d+ files?.*?in ([\d.]+) seconds/.test(log)) {
            const wallMs = Number(process.hrtime.bigint() - editedAt) / 1e6;
            const eleventyMs = Number(/Wrote \d+ files?.*?in ([\d.]+) seconds/.exec(log)?.[1]) * 1000;
            clearTimeout(timeout);
            child.kill();
            resolve({ wallMs, eleventyMs });
          }
        };
        child.stdout.on("data", onData);
        child.stderr.on("data", onData);
      }),
  );
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

  const oursTimes: RunResult[] = [];
  const plainTimes: RunResult[] = [];
  for (let i = 0; i < runs; i++) {
    const a = await run(["--import", TSX, "--import", hook, path.join(project, "src/cli/build.ts"), "--quiet", "--output", "_site"], project);
    oursTimes.push(a);
    const b = await run(["--import", hook, eleventyCli, "--quiet", "--input=content", `--output=${path.join(work, "plain/_site")}`], plain);
    plainTimes.push(b);
    console.log(`run ${i + 1}: complete build ${a.seconds.toFixed(2)} s, plain Eleventy ${b.seconds.toFixed(2)} s`);
  }
  const check = await run(["--import", TSX, "--import", hook, path.join(project, "src/cli/check.ts")], project).catch((error: Error) => ({
    seconds: Number.NaN,
    maxRssMiB: Number.NaN,
    output: error.message,
  }));
  const weight = notesPageBytes(path.join(work, "ours/_site"));
  const rebuild = values["no-serve"] ? undefined : await incrementalRebuild(ours, path.join(work, "ours/_serve"), hook, files[0] ?? "");

  const oursMedian = median(oursTimes.map((r) => r.seconds));
  const plainMedian = median(plainTimes.map((r) => r.seconds));
  console.log(
    formatTable([
      ["notes pages", String(pages)],
      ["complete build, median", `${oursMedian.toFixed(2)} s`],
      ["plain Eleventy, median", `${plainMedian.toFixed(2)} s`],
      ["ratio (complete / plain)", `${ratio(oursMedian, plainMedian).toFixed(2)}×`],
      ["peak memory, complete build", `${Math.max(...oursTimes.map((r) => r.maxRssMiB)).toFixed(0)} MiB`],
      ["peak memory, plain Eleventy", `${Math.max(...plainTimes.map((r) => r.maxRssMiB)).toFixed(0)} MiB`],
      ["HTML per notes page (average)", `${(weight.averageHtml / 1024).toFixed(1)} KB`],
      ["CSS (one file, cached)", `${(weight.css / 1024).toFixed(1)} KB`],
      ["HTML+CSS per notes page", `${((weight.averageHtml + weight.css) / 1024).toFixed(1)} KB`],
      ["JavaScript on a notes page (largest)", `${weight.javascript} B`],
      ["npm run check", `${check.seconds.toFixed(2)} s`],
      ...(rebuild
        ? ([
            ["rebuild after one edit (Eleventy)", `${rebuild.eleventyMs.toFixed(0)} ms`],
            ["rebuild after one edit (wall, incl. watcher)", `${rebuild.wallMs.toFixed(0)} ms`],
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
