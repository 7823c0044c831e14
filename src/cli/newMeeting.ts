/**
 * `npm run new:meeting -- <group> [YYYY-MM-DD] [--new-group]`: writes a per-meeting file
 * from the template, never over an existing one, and prints the path it wrote.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { planNewMeeting } from "../meetings/scaffold.ts";
import { exitQuietlyOnClosedPipe, projectRoot, usageError } from "./project.ts";
import { siteProject } from "./siteProject.ts";
import { readSettingsFile, SETTINGS_FILE } from "../site/settingsFile.ts";
import { DEFAULT_GROUPS_FOLDER } from "../content/classify.ts";

/** The help text; `command` is how the scaffold is started. */
export function newMeetingHelp(command = "npm run new:meeting --"): string {
  return `Usage: ${command} <group> [YYYY-MM-DD] [options]

Creates <groups folder>/<group>/meetings/<date>.md in the content folder from the meeting
template (Attendees, Agenda, Notes, Actions). The date defaults to today. The groups
folder is the site's groupsFolder setting (community-notes.yml), else special-interest.

Options:
  --new-group             create the group's folder if it does not exist yet
  --content <folder>      the content folder (default content/)
  --groups-folder <path>  the groups folder inside it (default: the setting)
  -h, --help              show this help`;
}

/** The groups folder the site's settings file names, if it has one that says. */
function groupsFolderSetting(root: string): string | undefined {
  const file = path.join(root, SETTINGS_FILE);
  if (!existsSync(file)) return undefined;
  try {
    return readSettingsFile(file).groupsFolder;
  } catch {
    // The build and the check report a settings file that does not parse; the scaffold uses the default.
    return undefined;
  }
}

export function runNewMeeting(argv: string[], root: string, today = new Date(), command?: string): { code: number; out: string } {
  const help = newMeetingHelp(command);
  const name = command ? command.replace(/ --$/, "") : "new:meeting";
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        "new-group": { type: "boolean", default: false },
        content: { type: "string" },
        "groups-folder": { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    return { code: 2, out: usageError((error as Error).message, command ?? "npm run new:meeting --") };
  }
  if (parsed.values.help) return { code: 0, out: help };
  const [group = "", date, ...extra] = parsed.positionals;
  if (!group || extra.length) return { code: 2, out: help };

  const { contentDir } = siteProject(root, parsed.values.content);
  const groupsFolder = path.join(contentDir, parsed.values["groups-folder"] ?? groupsFolderSetting(root) ?? DEFAULT_GROUPS_FOLDER);
  const groupsPath = path.relative(root, groupsFolder).split(path.sep).join("/");
  const existingGroups = existsSync(groupsFolder)
    ? readdirSync(groupsFolder, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && !entry.name.startsWith("."))
        .map((entry) => entry.name)
        .sort()
    : [];
  const plan = planNewMeeting({ group, date, newGroup: parsed.values["new-group"], existingGroups, today, groupsPath, command });
  if (!plan.ok) return { code: 1, out: `${name}: ${plan.message}` };

  const target = path.join(root, plan.path);
  if (existsSync(target)) {
    return { code: 1, out: `${name}: ${plan.path} already exists; it was left as it is. Edit it, or choose another date.` };
  }
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, plan.content, { flag: "wx" });
  const note = plan.createsGroup ? ` (new group "${plan.group}": add ${groupsPath}/${plan.group}/index.md to describe it)` : "";
  return { code: 0, out: `${plan.path}${note}` };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  exitQuietlyOnClosedPipe();
  const root = projectRoot;
  const { code, out } = runNewMeeting(process.argv.slice(2), root);
  (code === 0 ? console.log : console.error)(out);
  process.exitCode = code;
}
