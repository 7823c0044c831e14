/**
 * Hostile content for `npm run bench -- --hostile`: one small site per shape that once made
 * a step of the build or the check worse than linear (each named after what it holds), and
 * a runner that times `npm run check` and `npm run build` on each, in child processes, so a
 * regression shows as seconds where there should be a fraction of one. Nothing is asserted:
 * the figures are printed, next to those of one small page (what starting up costs).
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { MAX_FRONT_MATTER_BYTES } from "../content/frontMatter.ts";
import { MAX_TRANSCRIPT_LINE_BYTES } from "../talks/parseTranscript.ts";

export interface HostileCase {
  name: string;
  /** Paths relative to the content folder → contents. */
  files: Record<string, string>;
}

const page = (title: string, body: string) => `---\ntitle: ${title}\n---\n${body}`;
const times = <T>(count: number, item: (index: number) => T): T[] => Array.from({ length: count }, (_, index) => item(index));

/** Three-character key names: 46,656 of them, enough for any block under the limit. */
function keyName(index: number): string {
  const digits = "abcdefghijklmnopqrstuvwxyz0123456789";
  return [index / 1296, index / 36, index].map((n) => digits[Math.floor(n) % 36]).join("");
}

/** A front matter block of distinct `key:` lines, as close to `bytes` as the lines allow. */
function manyKeys(bytes: number): string {
  const lines: string[] = ["title: Keys"];
  let size = lines[0]!.length + 1;
  for (let i = 0; size + 5 <= bytes; i++, size += 5) lines.push(`${keyName(i)}:`);
  return lines.join("\n");
}

/** Caption words up to `bytes`, a sentence end now and then, as a talk's one line of captions. */
function captionLine(bytes: number): string {
  const words = times(Math.floor(bytes / 5), (i) => (i % 17 === 16 ? "end." : "word"));
  return words.join(" ").slice(0, bytes);
}

export function hostileCases(): HostileCase[] {
  return [
    { name: "one small page (start-up cost)", files: { "small.md": page("Small", "# Hello\n\nOne page.\n") } },
    // The number makes the personal-data rule look for code spans.
    { name: "200 KB of backticks", files: { "backticks.md": page("Backticks", `${"`".repeat(200_000)}\n\nCall 020 7946 0000.\n`) } },
    // Written short, so that each stays under the size limit for one content file.
    { name: "100,000 e-mail addresses", files: { "emails.md": page("E-mail", `${times(100_000, (i) => `p${i}@dept.gov.uk`).join("\n")}\n`) } },
    { name: "100,000 headings", files: { "headings.md": page("Headings", times(100_000, (i) => `## Heading ${i}\n`).join("")) } },
    { name: "100,000 headings with one text", files: { "same.md": page("Same", times(100_000, () => "## Notes\n").join("\n")) } },
    {
      name: "a 1 MB transcript caption line",
      files: { "talks/long-talk.txt": `Title: A long talk\nPublication date: 2024-01-01\nCaptions:\n\t${captionLine(MAX_TRANSCRIPT_LINE_BYTES - 1024)}\n` },
    },
    // Over the limit: the build stops at the block, which is the point.
    { name: "1 MB front matter block", files: { "big.md": `---\ntitle: Big\nitems:\n${times(50_000, (i) => `  - item number ${i}`).join("\n")}\n---\nBody.\n` } },
    { name: "64 KB of front matter keys (the limit)", files: { "keys.md": `---\n${manyKeys(MAX_FRONT_MATTER_BYTES - 64)}\n---\nBody.\n` } },
    {
      name: "50,000 reference links on one line",
      files: { "refs.md": page("Refs", `${times(50_000, (i) => `[a][r${i}]`).join(" ")}\n\n${times(50_000, (i) => `[r${i}]: /x${i}/`).join("\n")}\n`) },
    },
    { name: "an HTML block of 70,000 unclosed tags", files: { "unclosed-tags.md": page("Tags", `<div>${"<a ".repeat(70_000)}\n`) } },
    { name: "a URL ending in 100,000 dots", files: { "dots.md": page("Dots", `See https://example.org/a${".".repeat(100_000)}x\n`) } },
    { name: "20,000 event handlers on one line", files: { "handlers.md": page("Handlers", `<div>${times(20_000, (i) => `<b onclick="f(${i})">`).join("")}\n`) } },
  ];
}

export function writeCase(contentDir: string, hostile: HostileCase): void {
  for (const [relative, text] of Object.entries(hostile.files)) {
    const file = path.join(contentDir, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

export interface Timed {
  seconds: number;
  /** Exit code; null when stopped at the time limit. */
  code: number | null;
  maxRssMiB: number;
}

/** Runs `node args` to the end or to `limitSeconds`, whatever it exits with. */
function timed(args: string[], cwd: string, limitSeconds: number, rssFile: string): Promise<Timed> {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, BENCH_RSS_FILE: rssFile }, stdio: "ignore" });
    const timer = setTimeout(() => child.kill("SIGKILL"), limitSeconds * 1000);
    child.on("close", (code) => {
      clearTimeout(timer);
      let maxRssMiB = Number.NaN;
      try {
        maxRssMiB = Number(readFileSync(rssFile, "utf8")) / 1024;
        rmSync(rssFile, { force: true });
      } catch {
        /* stopped before its exit hook ran */
      }
      resolve({ seconds: Number(process.hrtime.bigint() - started) / 1e9, code, maxRssMiB });
    });
  });
}

export function describeTimed(result: Timed, limitSeconds: number): string {
  if (result.code === null) return `> ${limitSeconds} s (stopped)`;
  const memory = Number.isFinite(result.maxRssMiB) ? `, ${result.maxRssMiB.toFixed(0)} MiB` : "";
  return `${result.seconds.toFixed(2)} s (exit ${result.code}${memory})`;
}

export interface HostileOptions {
  /** The project whose `src/cli/run.mjs` is run (the check and build of this code). */
  root: string;
  /** Seconds after which a run is stopped. */
  limitSeconds: number;
  /** Only the cases whose name contains one of these (all when empty). */
  only: string[];
  keep: boolean;
  log: (line: string) => void;
}

/** Times the check and the build on each case; returns the rows of the table it prints. */
export async function runHostileBench(options: HostileOptions): Promise<[string, string][]> {
  const work = mkdtempSync(path.join(tmpdir(), "community-notes-hostile-"));
  const hook = path.join(work, "rss-hook.mjs");
  writeFileSync(hook, 'import { writeFileSync } from "node:fs";\nprocess.on("exit", () => { if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)); });\n');
  const runner = path.join(options.root, "src/cli/run.mjs");
  const rows: [string, string][] = [];
  const cases = hostileCases().filter((c) => options.only.length === 0 || options.only.some((part) => c.name.includes(part)));
  for (const [index, hostile] of cases.entries()) {
    const dir = path.join(work, `case-${index}`);
    const content = path.join(dir, "content");
    writeCase(content, hostile);
    const rss = path.join(work, `rss-${index}`);
    // The check reports (exit 1 on errors) and the build may stop on purpose: only the time counts.
    const check = await timed(["--import", hook, runner, "check.ts", "--content", content], options.root, options.limitSeconds, rss);
    const build = await timed(["--import", hook, runner, "build.ts", "--quiet", "--input", content, "--output", path.join(dir, "_site")], options.root, options.limitSeconds, rss);
    options.log(`${hostile.name}: check ${describeTimed(check, options.limitSeconds)}, build ${describeTimed(build, options.limitSeconds)}`);
    rows.push([`${hostile.name}: check`, describeTimed(check, options.limitSeconds)], [`${hostile.name}: build`, describeTimed(build, options.limitSeconds)]);
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
  }
  if (options.keep) options.log(`Cases kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });
  return rows;
}
