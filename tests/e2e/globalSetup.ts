/**
 * Global setup of the browser tests: when Chromium is available, a production build of the
 * fixture site (tests/fixtures/e2e-site, with the fixture settings in a configuration of its
 * own, never the demo's content/ or _data/site.ts) by `npm run build` itself (`--input`,
 * `--config`; search index included) into a temporary folder, served on 127.0.0.1 — once at
 * the root and once more built and served under a path prefix, as a GitHub Pages project site is.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { configWithSettings, FIXTURE_SITE } from "../helpers/fixtureSite.ts";
import { findChromium } from "./browser.ts";
import { serveStatic, type StaticServer } from "./server.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const PATH_PREFIX = "/community-notes/";

function build(config: string, output: string, pathPrefix?: string): Promise<void> {
  const args = ["--import", "tsx", "src/cli/build.ts", "--input", FIXTURE_SITE, "--config", config, "--output", output, "--quiet"];
  if (pathPrefix) args.push("--path-prefix", pathPrefix);
  // The site's own settings, not whatever the shell running the tests has exported.
  const env = { ...process.env };
  for (const name of ["SITE_URL", "SITE_PATH_PREFIX", "SITE_NAME", "SITE_LANGUAGE"]) delete env[name];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    let log = "";
    child.stdout.on("data", (chunk: Buffer) => (log += chunk));
    child.stderr.on("data", (chunk: Buffer) => (log += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve();
      else reject(new Error(`The fixture site did not build for the browser tests (exit code ${code}):\n${log}`));
    });
  });
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  const chromiumPath = findChromium();
  if (!chromiumPath) {
    project.provide("e2eSite", null);
    return;
  }

  const dir = mkdtempSync(path.join(tmpdir(), "community-notes-e2e-"));
  const output = path.join(dir, "site");
  const prefixedOutput = path.join(dir, "prefixed");
  const servers: StaticServer[] = [];
  const teardown = async () => {
    await Promise.all(servers.map((server) => server.close()));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const config = configWithSettings(dir);
    await Promise.all([build(config, output), build(config, prefixedOutput, PATH_PREFIX)]);
    const server = await serveStatic(output);
    servers.push(server);
    const prefixed = await serveStatic(prefixedOutput, PATH_PREFIX);
    servers.push(prefixed);
    project.provide("e2eSite", {
      baseUrl: server.origin,
      prefixedUrl: `${prefixed.origin}${PATH_PREFIX}`,
      pathPrefix: PATH_PREFIX,
      output,
      chromiumPath,
    });
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
