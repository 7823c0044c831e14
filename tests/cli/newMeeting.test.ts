import { describe, expect, test } from "vitest";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runNewMeeting } from "../../src/cli/newMeeting.ts";
import { tempDir } from "../helpers/tempDir.ts";

function project(): string {
  const root = tempDir("new-meeting-");
  mkdirSync(path.join(root, "content/special-interest/accessibility"), { recursive: true });
  return root;
}
const today = new Date("2024-05-10T09:00:00Z");

describe("npm run new:meeting", () => {
  test("writes the file and prints its path", () => {
    const root = project();
    const result = runNewMeeting(["accessibility"], root, today);
    expect(result).toEqual({ code: 0, out: "content/special-interest/accessibility/meetings/2024-05-10.md" });
    expect(readFileSync(path.join(root, result.out), "utf8")).toContain("## Agenda");
  });

  test("refuses to overwrite an existing meeting and leaves it untouched", () => {
    const root = project();
    const target = path.join(root, "content/special-interest/accessibility/meetings/2024-05-10.md");
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, "my notes\n");
    const result = runNewMeeting(["accessibility", "2024-05-10"], root, today);
    expect(result.code).toBe(1);
    expect(result.out).toContain("already exists");
    expect(readFileSync(target, "utf8")).toBe("my notes\n");
  });

  test("an unknown group is refused until --new-group is given", () => {
    const root = project();
    const refused = runNewMeeting(["open-data", "2024-05-10"], root, today);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain("Existing groups: accessibility");
    expect(existsSync(path.join(root, "content/special-interest/open-data"))).toBe(false);
    const created = runNewMeeting(["open-data", "2024-05-10", "--new-group"], root, today);
    expect(created.code).toBe(0);
    expect(existsSync(path.join(root, "content/special-interest/open-data/meetings/2024-05-10.md"))).toBe(true);
  });

  test("a bad date exits non-zero without writing", () => {
    const root = project();
    const result = runNewMeeting(["accessibility", "31-12-2024"], root, today);
    expect(result.code).toBe(1);
    expect(existsSync(path.join(root, "content/special-interest/accessibility/meetings"))).toBe(false);
  });

  test("--help explains the command; missing arguments show it with exit 2", () => {
    expect(runNewMeeting(["--help"], project(), today)).toMatchObject({ code: 0 });
    expect(runNewMeeting([], project(), today).code).toBe(2);
    expect(runNewMeeting(["--bogus"], project(), today).code).toBe(2);
  });
});
