import { describe, expect, it } from "vitest";
import { looksLikeOrganisation, organisationOfAttendee, organisationOfSpeaker } from "../../src/meetings/index.ts";

describe("organisationOfAttendee", () => {
  it.each([
    ["AS (CDDO)", "CDDO"],
    ["Jim (GCHQ)", "GCHQ"],
    ["JS (Met Office)", "Met Office"],
    ["Dev (Companies House)", "Companies House"],
    ["Jim GCHQ", "GCHQ"],
    ["MW CDDO", "CDDO"],
    ["Jim GCHQ.", "GCHQ"],
    ["Jim (GCHQ (Cheltenham))", "GCHQ"],
    ["Jo (DWP, joined late)", "DWP"],
    ["Jo (DWP, remote)", "DWP"],
    ["Jo (chair, DWP)", "DWP"],
    ["Kim (she/her) (Met Office)", "Met Office"],
    ["Kim (Met Office) (she/her)", "Met Office"],
    ["Kim (She/Her, GDS)", "GDS"],
    ["Robin (Levelling Up, Housing and Communities)", "Levelling Up, Housing and Communities"],
    ["Kim (she/her) GDS", "GDS"],
  ])("%j → %j", (item, expected) => {
    expect(organisationOfAttendee(item)).toBe(expected);
  });

  it.each([
    "Sam",
    "Hannah Smith",
    "MW",
    "Kim (she/her)",
    "Kim (She/Her)",
    "Lee (they/them)",
    "Lee (They)",
    "Lee (any pronouns)",
    "Jo (remote)",
    "Jo (Chair)",
    "Jo (joined late)",
    "Jo (March)",
    "Jo (GCHQ",
    "Jo ()",
    "Jo (10:30)",
    "Jo (See the thread for why!)",
    "Jim Gchq",
    "Jim GCHQTOOLONG",
    "GCHQ",
    "",
  ])("%j has no organisation", (item) => {
    expect(organisationOfAttendee(item)).toBeNull();
  });
});

describe("organisationOfSpeaker", () => {
  it.each([
    ["Jim (GCHQ) explained the threat model.", "GCHQ"],
    ["JS (Met Office): a Java service.", "Met Office"],
    ["Priya (NCSC) explained the guidance", "NCSC"],
    ["Mary Ann (Home Office) said", "Home Office"],
    ["Jo (DWP, joined late) said they would like it", "DWP"],
    ["Seán (HSE) asked", "HSE"],
  ])("%j → %j", (text, expected) => {
    expect(organisationOfSpeaker(text)).toBe(expected);
  });

  it.each([
    "We asked Jim (GCHQ) later.",
    "Kim (she/her) explained",
    "Decision (provisional): publish it.",
    "Update (March): nothing new.",
    "PD DWP: tags can be moved.",
    "the team (GCHQ) explained",
    "Three Word Name (GCHQ) said",
    "",
  ])("%j has no speaker organisation", (text) => {
    expect(organisationOfSpeaker(text)).toBeNull();
  });

  // The rules are bounded scans (see organisations.ts); timing them is the benchmark's job.
  it("copes with long lines of brackets and name-like words, finding no organisation", { timeout: 30_000 }, () => {
    const nasty = `${"Ab ".repeat(20_000)}${"(".repeat(20_000)}`;
    expect(organisationOfSpeaker(nasty)).toBeNull();
    expect(organisationOfAttendee(nasty)).toBeNull();
  });
});

describe("looksLikeOrganisation", () => {
  it("needs a capital letter and no pronoun set", () => {
    expect(looksLikeOrganisation("CDDO")).toBe(true);
    expect(looksLikeOrganisation("cddo")).toBe(false);
    expect(looksLikeOrganisation("He/Him")).toBe(false);
    expect(looksLikeOrganisation("")).toBe(false);
  });
});
