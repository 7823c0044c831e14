#!/usr/bin/env node
/**
 * `community-notes`: the command a site runs (the package's `bin`). One command per job,
 * each with its own `--help`, working in the folder it is started in: with the site's own
 * Eleventy configuration, or the package's default one and `community-notes.yml`.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { exitQuietlyOnClosedPipe, projectRoot } from "./project.ts";

const VERSION = (JSON.parse(readFileSync(path.join(projectRoot, "package.json"), "utf8")) as { version: string }).version;

const HELP = `Usage: community-notes <command> [options]

Commands:
  build                           build the site into _site/ and index it for search
  serve                           preview the site with live reload (drafts shown)
  check                           check every content file; problems with file and line
  new meeting <group> [YYYY-MM-DD]
                                  write a meeting file for a group from the template
  init [dir]                      write a new site (settings, starter content, workflows)

Options:
  -h, --help       show this help (and \`community-notes <command> --help\` for a command's)
  -v, --version    show the version

Run it in the site's folder: the one with community-notes.yml or an Eleventy configuration.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const cwd = process.cwd();
  switch (command) {
    case undefined:
    case "-h":
    case "--help":
    case "help":
      console.log(HELP);
      return command === undefined ? 2 : 0;
    case "-v":
    case "--version":
      console.log(VERSION);
      return 0;
    case "build":
    case "serve": {
      const { buildHelp, runBuild } = await import("./build.ts");
      const help = buildHelp("community-notes build", "community-notes serve");
      return runBuild(command === "serve" ? ["--serve", ...rest] : rest, cwd, `community-notes ${command}`, help);
    }
    case "check": {
      const { runCheck } = await import("./check.ts");
      const { code, out } = await runCheck(rest, cwd, process.env, process.stdout.isTTY === true, "community-notes check");
      (code === 2 ? console.error : console.log)(out);
      return code;
    }
    case "new": {
      const [what, ...args] = rest;
      if (what !== "meeting") {
        console.error(`community-notes new ${what ?? ""}: what is new? The one kind is \`community-notes new meeting <group> [YYYY-MM-DD]\`.`);
        return 2;
      }
      const { runNewMeeting } = await import("./newMeeting.ts");
      const { code, out } = runNewMeeting(args, cwd, new Date(), "community-notes new meeting");
      (code === 0 ? console.log : console.error)(out);
      return code;
    }
    case "init": {
      const { runInit } = await import("./init.ts");
      const { code, out } = runInit(rest, cwd, { packageRoot: projectRoot, version: VERSION });
      (code === 0 ? console.log : console.error)(out);
      return code;
    }
    default:
      console.error(`community-notes: there is no command "${command}". The commands are build, serve, check, new meeting and init (community-notes --help).`);
      return 2;
  }
}

exitQuietlyOnClosedPipe();
const code = await main(process.argv.slice(2));
if (code >= 0) process.exitCode = code;
