// Titles for pages that give none: after their file name (meeting files: see the community model).
import { describe, expect, it } from "vitest";
import { defaultTitle, giveDefaultTitle, titleFromSlug, type TitledData } from "../../src/content/titles.ts";

describe("titleFromSlug", () => {
  it.each([
    ["supply-chain-security", "Supply chain security"],
    ["inner_source", "Inner source"],
    ["ai", "Ai"],
    ["open--data", "Open data"],
    ["", ""],
  ])("%j → %j", (slug, title) => {
    expect(titleFromSlug(slug)).toBe(title);
  });
});

describe("defaultTitle", () => {
  it("names a page after its file slug", () => {
    expect(defaultTitle({ fileSlug: "running-a-meeting" })).toBe("Running a meeting");
    expect(defaultTitle({ fileSlug: "welcome" })).toBe("Welcome");
    expect(defaultTitle({ fileSlug: "2023-02-31" })).toBe("2023 02 31");
    expect(defaultTitle({ fileSlug: "" })).toBe("Home");
  });
});

describe("giveDefaultTitle", () => {
  const page = { fileSlug: "running-a-meeting" };
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
});
