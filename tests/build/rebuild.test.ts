/**
 * `npm start`: Eleventy's incremental rebuilds, with the plugin. An edit to a notes page is
 * built, its meetings reach the listings, and nothing fails on the way (Eleventy's incremental
 * path checks every template's engine, so this catches an engine set up the wrong way).
 * Run as `npm start` runs, in a project of its own, with the content inside it: Eleventy 3.1's
 * watcher misnames a changed file when anything it watches lies outside the working folder.
 */
import { describe, expect, test } from "vitest";
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { copyOfProject } from "../helpers/project.ts";
import { freePort } from "../../src/bench/ports.ts";

describe("incremental rebuilds under npm start", () => {
  test("an edit to a notes page is rebuilt and reaches the meetings list", { timeout: 180_000 }, async () => {
    const dir = copyOfProject();
    const notes = path.join(dir, "content/special-interest/g/notes.md");
    mkdirSync(path.dirname(notes), { recursive: true });
    writeFileSync(notes, "---\ntitle: Notes\n---\n## 2024-01-05\n\nFirst.\n");
    writeFileSync(path.join(dir, "content/about.md"), "---\ntitle: About\n---\nUs.\n");
    const output = path.join(dir, "_site");
    const server = spawn(process.execPath, ["src/cli/run.mjs", "build.ts", "--serve", "--output", output, "--port", String(await freePort())], {
      cwd: dir,
      stdio: ["ignore", "pipe", "pipe"],
      // Its own process group: stopping it stops the search indexer it may have started too.
      detached: true,
    });
    let log = "";
    server.stdout.on("data", (chunk: Buffer) => (log += chunk));
    server.stderr.on("data", (chunk: Buffer) => (log += chunk));
    const until = async (done: () => boolean, step?: () => void) => {
      // Generous: a busy two-core machine may take many seconds for a first build.
      for (let i = 0; i < 150 && !done(); i++) {
        step?.();
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    };
    const read = (file: string) => (existsSync(path.join(output, file)) ? readFileSync(path.join(output, file), "utf8") : "");
    try {
      await until(() => /Watching/.test(log) && read("meetings/index.html").includes("#2024-01-05"));
      expect(read("meetings/index.html"), log).toContain("/special-interest/g/notes/#2024-01-05");
      let attempt = 0;
      // Written again until a rebuild has it: the watcher may still be starting.
      await until(
        () => read("special-interest/g/notes/index.html").includes('id="2024-02-02"'),
        () => writeFileSync(notes, `---\ntitle: Notes\n---\n## 2024-02-02\n\nNew (${attempt++}).\n\n## 2024-01-05\n\nFirst.\n`),
      );
      expect(read("special-interest/g/notes/index.html"), log).toContain('id="2024-02-02"');
      await until(() => read("meetings/index.html").includes("#2024-02-02"));
      expect(read("meetings/index.html"), log).toContain("/special-interest/g/notes/#2024-02-02");
      expect(log).not.toMatch(/error/i);
    } finally {
      const closed = new Promise((resolve) => server.once("close", resolve));
      process.kill(-server.pid!, "SIGTERM");
      await closed;
      // Anything the group still had open is gone once its processes have exited.
      await until(() => {
        try {
          process.kill(-server.pid!, 0);
          return false;
        } catch {
          return true;
        }
      });
    }
  });
});
