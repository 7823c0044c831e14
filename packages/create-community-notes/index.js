#!/usr/bin/env node
// `npm create community-notes my-site`: runs `community-notes init` from the community-notes
// release this package depends on, with the same arguments (`--help` lists them), so the new
// site depends on that exact version.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const manifest = fileURLToPath(import.meta.resolve("community-notes/package.json"));
const { bin } = JSON.parse(readFileSync(manifest, "utf8"));
const main = path.join(path.dirname(manifest), bin["community-notes"]);
const result = spawnSync(process.execPath, [main, "init", ...process.argv.slice(2)], { stdio: "inherit" });
process.exitCode = result.status ?? 1;
