// Titles for pages that give none: their opening # Heading, else their file name (meeting files: see the community model).
import { describe, expect, it } from "vitest";
import { defaultTitle, giveDefaultTitle, openingHeading, titleFromSlug, type TitledData } from "../../src/content/titles.ts";

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

describe("openingHeading: a body's opening # Heading as a title", () => {
  it("reads the text, without inline markup", () => {
    expect(openingHeading("# Terms of reference\n\nText.")).toBe("Terms of reference");
    expect(openingHeading("\n\n# The [new](/x/) **plan** for `v2` ##\n")).toBe("The new plan for v2");
    for (const body of ["Text first.\n\n# Later", "## Not level one\n", "#NoSpace\n", "    # indented code\n", ""]) expect(openingHeading(body), body).toBeUndefined();
  });

  it("is the title of a page that gives none, before its file name", () => {
    const data = { page: { fileSlug: "untitled" } } as TitledData;
    giveDefaultTitle(data, "# Our plan\n\nText.");
    expect(data.title).toBe("Our plan");
    expect(data.givenTitle).toBe("Our plan");
    const other = { page: { fileSlug: "untitled" } } as TitledData;
    giveDefaultTitle(other, "Text.");
    expect(other.title).toBe("Untitled");
  });
});
