import { describe, expect, it } from "vitest";
import {
  allowListFrom,
  findEmails,
  findPhones,
  isReservedDomain,
  normaliseContact,
  personalDataRule,
  RangeSet,
} from "../../../src/checks/rules/personalData.ts";
import type { Diagnostic } from "../../../src/diagnostics/diagnostic.ts";
import type { SiteInput } from "../../../src/site/settings.ts";
import { contextFrom } from "../helpers.ts";

async function check(files: Record<string, string>, siteOverrides: Partial<SiteInput> = {}): Promise<Diagnostic[]> {
  return personalDataRule.check(contextFrom(files, siteOverrides));
}

const NOTES = [
  "---", // 1
  "title: Accessibility notes",
  "author: jane.doe@dept.gov.uk", // 3
  "---",
  "## 2024-03-08", // 5
  "",
  "Attendees: Jane (07700 900123), Sam (+44 7700 900456)", // 7: two phones
  "",
  "Switchboard: (020) 7946 0000, or 01632 960000 after 10:00.", // 9: two phones
  "",
  "US office: +1 202-555-0100; Paris: +33 1 23 45 67 89", // 11: two phones
  "",
  "[Call Sam](tel:+447700900789) or write to [Sam](mailto:Sam.Smith@Agency.gov.uk).", // 13: phone, e-mail
  "",
].join("\n");

describe("personalDataRule", () => {
  it("warns about e-mail addresses and phone numbers at their line, masked, saying how to allow them", async () => {
    const diagnostics = await check({ "special-interest/a11y/notes.md": NOTES });
    expect(diagnostics.map((d) => [d.file, d.line, d.severity, d.rule])).toEqual(
      [3, 7, 7, 9, 9, 11, 11, 13, 13].map((line) => ["content/special-interest/a11y/notes.md", line, "warning", "personal-data"]),
    );
    const messages = diagnostics.map((d) => d.message);
    expect(messages[0]).toBe(
      "e-mail address j…@dept.gov.uk: publish personal contact details only with the person's consent; if this one may be public, add it to `allowedContacts` in _data/site.ts, or set `contacts: public` in this page's front matter",
    );
    expect(messages[1]).toMatch(/^phone number 07… …123: /);
    expect(messages[2]).toMatch(/^phone number \+44… …456: /);
    expect(messages[3]).toMatch(/^phone number 02… …000: /);
    expect(messages[8]).toMatch(/^e-mail address S…@Agency\.gov\.uk: /);
    expect(diagnostics[1]!.column).toBe(NOTES.split("\n")[6]!.indexOf("07700") + 1);
    for (const value of ["jane.doe@dept.gov.uk", "07700 900123", "7700 900456", "7946 0000", "960000", "555-0100", "900789"]) {
      expect(messages.join("\n")).not.toContain(value);
    }
  });

  it("checks talk transcripts, and tells their editors only about allowedContacts", async () => {
    const diagnostics = await check({ "talks/demo.txt": "Title: Demo\n\nRing me on 07700 900123 afterwards.\n" });
    expect(diagnostics.map((d) => [d.file, d.line, d.column])).toEqual([["content/talks/demo.txt", 3, 12]]);
    expect(diagnostics[0]!.message).not.toContain("front matter");
  });

  it("allows every contact on a page with `contacts: public`", async () => {
    const page = NOTES.replace("title: Accessibility notes", "title: Contact us\ncontacts: public");
    expect(await check({ "about.md": page })).toEqual([]);
  });

  it("allows contacts listed in allowedContacts, compared normalised", async () => {
    const diagnostics = await check(
      { "about.md": NOTES },
      {
        allowedContacts: [
          "Jane.Doe@DEPT.gov.uk",
          "+44 7700 900123", // written as 07700 900123 on the page
          "07700900456", // written as +44 7700 900456
          "020 7946 0000",
          "01632-960000",
          "+1 (202) 555 0100",
          "+33 123456789",
          "+44 (0)7700 900789",
          "*@agency.gov.uk",
        ],
      },
    );
    expect(diagnostics).toEqual([]);
  });

  it("ignores dates, times, versions, addresses, IDs in URLs, code and placeholder domains", async () => {
    const text = [
      "---",
      "title: 2024-03-08",
      "date: 2024-03-08T10:00:00+00:00",
      "---",
      "## 2024-03-08",
      "Met 08/03/2024 and 8 March 2024 from 10:00 to 11:00 (10:00–11:30, 09:30-10:45).",
      "Timestamps 2024-03-08T10:00:00.000Z and 2024-03-08T10:00:00+0100; years 2019-2024, 2019–2024.",
      "Versions v1.22.3, 20.11.0, 0.12.345678 and Node >=20.11; react@18.2.0 and @types/node@20.11.0.",
      "Servers 192.168.0.1, 10.0.0.254, 2001:db8::1; room 0.12; £1,020,000; 0.123456789.",
      "Ticket 1234567890, job 0900 1000 1100 1200, shifts 0800-0900, +1 from three of us, C++17.",
      "See https://github.com/org/repo/issues/01234567890 and [the notes](/groups/x/notes/#02079460000).",
      'Image <img src="/img/07700900123.png" alt=""> and www.example.org/p/07700900123.',
      "Run `call 07700 900123` for a demo.",
      "",
      "```",
      "phone: 020 7946 0000",
      "```",
      "",
      "Write to someone@example.com, noreply@example.org, x@dept.example, a@b.test; see logo@2x.png.",
      "Clone git@github.com:org/repo.git; email user@localhost.",
      "00:01:23,456 --> 00:01:25,789",
      "",
    ].join("\n");
    expect(await check({ "meetups/notes.md": text })).toEqual([]);
  });

  it("reports the same text outside code and URLs (the exclusions are what spares it)", async () => {
    // Indented lines are not code here: the site, like Eleventy, turns indented code blocks off.
    const text = "Call 07700 900123.\n\n```\n07700 900123\n```\n\n    +44 20 7946 0000 indented\n";
    const diagnostics = await check({ "x.md": text });
    expect(diagnostics.map((d) => d.line)).toEqual([1, 7]);
  });
});

describe("recognising contacts", () => {
  it("finds UK and international phone numbers in their usual forms", () => {
    const numbers = [
      "07700 900123", "07700 900 123", "07700900123", "020 7946 0000", "(020) 7946 0000", "020-7946-0000",
      "01632 960000", "0161 496 0000", "0800 123 4567", "+44 7700 900123", "+44 (0)20 7946 0000",
      "+442079460000", "+1 202-555-0100", "+33 1 23 45 67 89", "+49 30 12345678",
    ];
    for (const n of numbers) expect(findPhones(`Tel ${n}.`).map((p) => p.value), n).toEqual([n]);
  });

  it("finds e-mail addresses, but not SSH remotes, file names, packages or reserved domains", () => {
    const text = "a j.smith+x@Dept.GOV.uk b git@gitlab.com:o/r.git logo@3x.webp pkg@1.2.3 me@sub.example.com";
    expect(findEmails(text).map((e) => e.value)).toEqual(["j.smith+x@Dept.GOV.uk"]);
    expect(isReservedDomain("mail.example.net")).toBe(true);
    expect(isReservedDomain("example.gov.uk")).toBe(false);
  });

  it("normalises e-mail to lower case and UK phone numbers to their national digits", () => {
    expect(normaliseContact(" Jane@Dept.GOV.UK ")).toBe("jane@dept.gov.uk");
    expect(normaliseContact("+44 (0)20 7946 0000")).toBe("02079460000");
    expect(normaliseContact("0044 20 7946 0000")).toBe("02079460000");
    expect(normaliseContact("+1 (202) 555-0100")).toBe("+12025550100");
    expect(allowListFrom(["*@Dept.gov.uk"]).domains).toEqual(new Set(["dept.gov.uk"]));
  });
});

// Each of these once took from minutes to hours (a regular expression that backtracked, a
// rescan from the file's start per diagnostic); in linear time they take well under a second.
describe("hostile pages", () => {
  it("finds code spans after 200 KB of backticks, and still reports the number after them", async () => {
    const text = `Text ${"`".repeat(200_000)}\n\nCall 020 7946 0000, or \`020 7946 0001\`.\n`;
    const diagnostics = await check({ "x.md": text });
    expect(diagnostics.map((d) => [d.line, d.column, d.message.slice(0, 24)])).toEqual([[3, 6, "phone number 02… …000: p"]]);
  });

  it("reports 50,000 e-mail addresses, each at its own line", async () => {
    const lines = Array.from({ length: 50_000 }, (_, i) => `Write to person${i}@department.gov.uk today`);
    const diagnostics = await check({ "x.md": `${lines.join("\n")}\n` });
    expect(diagnostics).toHaveLength(50_000);
    expect(diagnostics.every((d, i) => d.line === i + 1 && d.column === 10)).toBe(true);
    expect(diagnostics[49_999]!.message).toMatch(/^e-mail address p…@department\.gov\.uk: /);
  });

  it("tells 20,000 numbers inside URLs from 20,000 outside them", async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `See https://example.org/a:07700${900_000 + i} or ring 07700 ${900_000 + i}.`);
    const diagnostics = await check({ "talks/long.txt": `Title: Long\n${lines.join("\n")}\n` });
    expect(diagnostics).toHaveLength(20_000);
    expect(diagnostics.every((d, i) => d.line === i + 2 && d.column === lines[i]!.indexOf("ring") + 6)).toBe(true);
  });
});

describe("RangeSet", () => {
  it("says whether a range shares a character with any of a set of ranges", () => {
    const set = new RangeSet([[10, 20], [15, 30], [40, 41], [5, 5]]);
    expect([[0, 10], [0, 11], [29, 31], [30, 40], [40, 41], [41, 50], [5, 6]].map(([s, e]) => set.overlaps(s!, e!))).toEqual([false, true, true, false, true, false, false]);
  });
});
