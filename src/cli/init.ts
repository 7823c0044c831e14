/**
 * `community-notes init [dir]`: writes a new site from the starter (`starter/` in the
 * package): settings, a page, a group with one meeting, a post, the GitHub workflows,
 * Dependabot, CODEOWNERS, .gitignore and a README for editors, and a package.json that
 * depends on this exact version. Refuses a folder with files in it unless told, and never
 * overwrites a file.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { usageError } from "./project.ts";

export function initHelp(command = "community-notes init"): string {
  return `Usage: ${command} [dir] [options]

Writes a new community-notes site into dir (default: this folder): community-notes.yml
(the settings), content/ with a page, a group with its first meeting and a post,
.github/ (pull-request checks, GitHub Pages publishing, Dependabot, CODEOWNERS),
.gitignore, a README for editors, and package.json. Then runs npm install, so that
npm ci && npm start serve the starter and npm test checks and builds it.

Options:
  --name <text>   the community's name (default: from the folder's name)
  --force         write into a folder that already has files (no file is overwritten)
  --no-install    do not run npm install
  -h, --help      show this help`;
}

/** The files of the starter, by path in the new site; `MEETING_DATE` in a name is today. */
function starterFiles(starter: string): { from: string; to: string }[] {
  const out: { from: string; to: string }[] = [];
  for (const entry of readdirSync(starter, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const from = path.join(entry.parentPath, entry.name);
    const relative = path.relative(starter, from).split(path.sep).join("/");
    // Stored without their leading dot, so the package's own tools leave them alone.
    const to = relative.replace(/^github\//, ".github/").replace(/^gitignore$/, ".gitignore");
    out.push({ from, to });
  }
  return out.sort((a, b) => a.to.localeCompare(b.to));
}

function titleFromFolder(folder: string): string {
  const words = path.basename(path.resolve(folder)).replace(/[-_]+/g, " ").trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : "Our community";
}

/** The package.json of a new site: its commands, and this exact version of community-notes. */
export function sitePackageJson(folderName: string, version: string): string {
  const name = folderName.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^[-._]+|[-._]+$/g, "") || "community-site";
  return `${JSON.stringify(
    {
      name,
      private: true,
      type: "module",
      scripts: {
        start: "community-notes serve",
        build: "community-notes build",
        check: "community-notes check",
        test: "community-notes check && community-notes build --quiet",
        "new:meeting": "community-notes new meeting",
      },
      engines: { node: ">=20.11" },
      dependencies: { "community-notes": version },
    },
    null,
    2,
  )}\n`;
}

export interface InitOptions {
  /** The package's folder (its `starter/`), and its version. */
  packageRoot: string;
  version: string;
  today?: Date;
  command?: string;
  /** Runs `npm install` in the new site; returns its exit code. */
  install?: (dir: string) => number;
}

const npmInstall = (dir: string) => spawnSync(process.platform === "win32" ? "npm.cmd" : "npm", ["install", "--no-audit", "--no-fund"], { cwd: dir, stdio: "inherit" }).status ?? 1;

export function runInit(argv: string[], cwd: string, options: InitOptions): { code: number; out: string } {
  const help = initHelp(options.command);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        name: { type: "string" },
        force: { type: "boolean", default: false },
        "no-install": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    return { code: 2, out: usageError((error as Error).message, options.command ?? "community-notes init") };
  }
  if (parsed.values.help) return { code: 0, out: help };
  if (parsed.positionals.length > 1) return { code: 2, out: `init takes one folder, not ${parsed.positionals.length}\n\n${help}` };
  const dir = path.resolve(cwd, parsed.positionals[0] ?? ".");
  const shown = path.relative(cwd, dir) || ".";
  if (existsSync(dir) && readdirSync(dir).some((name) => name !== ".git") && !parsed.values.force) {
    return { code: 1, out: `init: ${shown} already has files in it. Run init in an empty or new folder, or add --force to add the starter's files next to them (none is overwritten).` };
  }
  const name = (parsed.values.name ?? titleFromFolder(dir)).trim();
  if (!name) return { code: 2, out: "init: --name needs the community's name" };
  const date = (options.today ?? new Date()).toISOString().slice(0, 10);
  // The name goes into YAML as a double-quoted string.
  const yamlName = JSON.stringify(name).slice(1, -1);

  const written: string[] = [];
  const kept: string[] = [];
  const write = (to: string, text: string) => {
    const target = path.join(dir, to);
    if (existsSync(target)) {
      kept.push(to);
      return;
    }
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text, { flag: "wx" });
    written.push(to);
  };
  for (const { from, to } of starterFiles(path.join(options.packageRoot, "starter"))) {
    write(to.replaceAll("MEETING_DATE", date), readFileSync(from, "utf8").replaceAll("{{name}}", yamlName));
  }
  write("package.json", sitePackageJson(path.basename(dir), options.version));

  const lines = [`Wrote ${written.length} files in ${shown}:`, ...written.map((file) => `  ${file}`)];
  if (kept.length) lines.push(`Left as they were (already there): ${kept.join(", ")}`);
  if (!parsed.values["no-install"]) {
    console.log(lines.join("\n"));
    lines.length = 0;
    const status = (options.install ?? npmInstall)(dir);
    if (status !== 0) return { code: 1, out: `init: npm install failed in ${shown}; run it there yourself once the problem above is fixed.` };
  }
  const cd = shown === "." ? "" : `cd ${shown} && `;
  lines.push(
    "",
    "Next:",
    `  ${cd}${parsed.values["no-install"] ? "npm install && " : ""}npm start   preview the site at http://localhost:8080`,
    "  edit community-notes.yml   the site's name, address and menu",
    "  push to GitHub, then Settings → Pages → Source: GitHub Actions",
  );
  return { code: 0, out: lines.join("\n") };
}
