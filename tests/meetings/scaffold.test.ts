import { describe, expect, test } from "vitest";
import { meetingTemplate, planNewMeeting } from "../../src/meetings/scaffold.ts";
import { parseMeetingFile } from "../../src/meetings/index.ts";
import { md, sourceFrom } from "../helpers/model.ts";

const base = { newGroup: false, existingGroups: ["accessibility", "open-data"], today: new Date("2024-05-10T15:00:00Z") };

describe("planNewMeeting", () => {
  test("defaults to today and writes into the group's meetings folder", () => {
    const plan = planNewMeeting({ ...base, group: "open-data" });
    expect(plan).toMatchObject({ ok: true, date: "2024-05-10", path: "content/special-interest/open-data/meetings/2024-05-10.md", createsGroup: false });
  });

  test("takes an explicit date", () => {
    const plan = planNewMeeting({ ...base, group: "accessibility", date: "2023-12-08" });
    expect(plan.ok && plan.path).toBe("content/special-interest/accessibility/meetings/2023-12-08.md");
  });

  test.each([["08/12/2023"], ["2023-12-8"], ["tomorrow"], ["2023-02-30"], ["2023-13-01"]])("rejects the date %s", (date) => {
    const plan = planNewMeeting({ ...base, group: "accessibility", date });
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.message).toContain(date);
  });

  test("an unknown group lists the existing ones and asks for --new-group", () => {
    const plan = planNewMeeting({ ...base, group: "data-science" });
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.message).toContain("accessibility, open-data");
    expect(!plan.ok && plan.message).toContain("--new-group");
    expect(planNewMeeting({ ...base, group: "data-science", newGroup: true })).toMatchObject({ ok: true, createsGroup: true });
  });

  test("rejects group names that are not folder slugs", () => {
    for (const group of ["Data Science", "../etc", "a/b", ""]) {
      expect(planNewMeeting({ ...base, group, newGroup: true }).ok).toBe(false);
    }
  });
});

describe("the meeting template", () => {
  test("has Attendees, Agenda, Notes and Actions and parses as a meeting of its date", () => {
    const text = meetingTemplate("2024-05-10", "open data");
    for (const part of ["Attendees:", "## Agenda", "## Notes", "## Actions"]) expect(text).toContain(part);
    const { data, body: content } = sourceFrom("special-interest/open-data/meetings/2024-05-10.md", text);
    const meeting = parseMeetingFile(md, content, {
      sourcePath: "content/special-interest/open-data/meetings/2024-05-10.md",
      url: "/special-interest/open-data/meetings/2024-05-10/",
      group: "open-data",
      fileName: "2024-05-10.md",
      frontMatter: data,
    });
    expect(meeting?.date).toBe("2024-05-10");
    expect(meeting?.attendees).toEqual(["AB (Organisation)"]);
  });
});
