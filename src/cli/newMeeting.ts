/**
 * `npm run new:meeting -- <group> [YYYY-MM-DD] [--new-group]`: writes a per-meeting file
 * from the template, never over an existing one, and prints the path it wrote.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { planNewMeeting } from "../meetings/scaffold.ts";
import { projectRoot } from "./project.ts";

const HELP = `Usage: npm run new:meeting -- <group> [YYYY-MM-DD] [--new-group]

Creates content/special-interest/<group>/meetings/<date>.md from the meeting template
(Attendees, Agenda, Notes, Actions). The date defaults to today.

Options:
  --new-group   create the group's folder if it does not exist yet
  -h, --help    show this help`;

export function runNewMeeting(argv: string[], root: string, today = new Date()): { code: number; out: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { "new-group": { type: "boolean", default: false }, help: { type: "boolean", short: "h", default: false } },
    });
  } catch (error) {
    return { code: 2, out: `${(error as Error).message}\n\n${HELP}` };
  }
  if (parsed.values.help) return { code: 0, out: HELP };
  const [group = "", date, ...extra] = parsed.positionals;
  if (!group || extra.length) return { code: 2, out: HELP };

  const groupsFolder = path.join(root, "content/special-interest");
  const existingGroups = existsSync(groupsFolder)
    ? readdirSync(groupsFolder, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && !entry.name.startsWith("."))
        .map((entry) => entry.name)
        .sort()
    : [];
  const plan = planNewMeeting({ group, date, newGroup: parsed.values["new-group"], existingGroups, today });
  if (!plan.ok) return { code: 1, out: `new:meeting: ${plan.message}` };

  const target = path.join(root, plan.path);
  if (existsSync(target)) {
    return { code: 1, out: `new:meeting: ${plan.path} already exists; it was left as it is. Edit it, or choose another date.` };
  }
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, plan.content, { flag: "wx" });
  const note = plan.createsGroup ? ` (new group "${plan.group}": add content/special-interest/${plan.group}/index.md to describe it)` : "";
  return { code: 0, out: `${plan.path}${note}` };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = projectRoot;
  const { code, out } = runNewMeeting(process.argv.slice(2), root);
  (code === 0 ? console.log : console.error)(out);
  process.exitCode = code;
}
