// Titles for pages that give none: per-meeting files after their group and date, others after their name.
import { describe, expect, it } from "vitest";
import { defaultTitle, giveDefaultTitle, type TitledData } from "../../src/content/titles.ts";
import type { Group } from "../../src/groups/groups.ts";

const groups = [{ slug: "inner-source", title: "InnerSource" }] as Group[];

describe("defaultTitle", () => {
  it("names a per-meeting file after its group's title and the date", () => {
    const page = { inputPath: "./content/special-interest/inner-source/meetings/2023-08-16.md", fileSlug: "2023-08-16" };
    expect(defaultTitle(page, groups)).toBe("InnerSource: 16 August 2023");
    expect(defaultTitle({ ...page, inputPath: "./content/special-interest/inner-source/meetings/2023-08-16-clinic.md" }, groups)).toBe(
      "InnerSource: 16 August 2023",
    );
  });

  it("falls back to the folder name when the group is not known", () => {
    const page = { inputPath: "./content/special-interest/supply-chain-security/meetings/2023-08-16.md", fileSlug: "2023-08-16" };
    expect(defaultTitle(page)).toBe("Supply chain security: 16 August 2023");
    expect(defaultTitle(page, groups)).toBe("Supply chain security: 16 August 2023");
  });

  it("finds the group wherever the input folder is, whatever its name", () => {
    expect(defaultTitle({ inputPath: "/tmp/site-notes/special-interest/inner-source/meetings/2023-08-16.md", fileSlug: "2023-08-16" }, groups)).toBe(
      "InnerSource: 16 August 2023",
    );
    expect(defaultTitle({ inputPath: "notes\\special-interest\\open-data\\meetings\\2024-02-02.md", fileSlug: "2024-02-02" })).toBe(
      "Open data: 2 February 2024",
    );
  });

  it("writes the date in the site's language", () => {
    const page = { inputPath: "./content/special-interest/inner-source/meetings/2023-08-16.md", fileSlug: "2023-08-16" };
    expect(defaultTitle(page, groups, "en-US")).toBe("InnerSource: August 16, 2023");
  });

  it("names anything else after its file slug", () => {
    expect(defaultTitle({ inputPath: "./content/guides/running-a-meeting.md", fileSlug: "running-a-meeting" }, groups)).toBe("Running a meeting");
    expect(defaultTitle({ inputPath: "./content/blog/2023-12-08-welcome.md", fileSlug: "welcome" }, groups)).toBe("Welcome");
    expect(defaultTitle({ inputPath: "./content/special-interest/inner-source/notes.md", fileSlug: "notes" }, groups)).toBe("Notes");
    // A date-named file that is not under a group's meetings/ folder is not a meeting.
    expect(defaultTitle({ inputPath: "./content/meetings/2023-08-16.md", fileSlug: "2023-08-16" }, groups)).not.toContain(":");
    expect(defaultTitle({ inputPath: "./content/index.md", fileSlug: "" })).toBe("Home");
  });

  it("does not read an impossible date as a meeting date", () => {
    const page = { inputPath: "./content/special-interest/inner-source/meetings/2023-02-31.md", fileSlug: "2023-02-31" };
    expect(defaultTitle(page, groups)).not.toContain("InnerSource");
  });
});

describe("giveDefaultTitle", () => {
  const page = { inputPath: "./content/guides/running-a-meeting.md", fileSlug: "running-a-meeting" };
  it("fills in a missing or blank title and keeps a given one", () => {
    const missing: TitledData = { page };
    giveDefaultTitle(missing);
    expect(missing.title).toBe("Running a meeting");
    const blank: TitledData = { page, title: "  " };
    giveDefaultTitle(blank);
    expect(blank.title).toBe("Running a meeting");
    const given: TitledData = { page, title: "Chairing" };
    giveDefaultTitle(given);
    expect(given.title).toBe("Chairing");
  });
  it("uses the site's language for a meeting file's date", () => {
    const data: TitledData = { page: { inputPath: "./content/special-interest/open-data/meetings/2024-02-02.md", fileSlug: "2024-02-02" }, site: { language: "en-US" } };
    giveDefaultTitle(data);
    expect(data.title).toBe("Open data: February 2, 2024");
  });
});
