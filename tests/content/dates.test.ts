import { describe, expect, it } from "vitest";
import { daysInMonth, isoDate, isValidDate, parseDateHeading } from "../../src/content/dates.ts";

describe("parseDateHeading", () => {
  it.each([
    "08 Dec 2023",
    "8 Dec 2023",
    "8 December 2023",
    "8th December 2023",
    "8th of December 2023",
    "8 Dec. 2023",
    "Friday 8 December 2023",
    "Fri 8 Dec 2023",
    "Fri. 8 Dec 2023",
    "Friday, 8 December 2023",
    "December 8, 2023",
    "December 8th, 2023",
    "Dec 8 2023",
    "Dec. 8, 2023",
    "Friday, December 8, 2023",
    "2023-12-08",
    "Friday 2023-12-08",
    "friday 8 DECEMBER 2023",
    "  8 Dec 2023  ",
  ])("reads %j as 2023-12-08", (text) => {
    expect(parseDateHeading(text)).toMatchObject({ iso: "2023-12-08", valid: true, title: "" });
  });

  it("keeps the date part as written in dateText", () => {
    expect(parseDateHeading("Fri 8 Dec 2023 – Retro")?.dateText).toBe("Fri 8 Dec 2023");
    expect(parseDateHeading("  December 8, 2023")?.dateText).toBe("December 8, 2023");
  });

  it.each([
    ["8 Sept 2023", "2023-09-08"],
    ["8 Sep 2023", "2023-09-08"],
    ["Sept 8, 2023", "2023-09-08"],
    ["1 January 2024", "2024-01-01"],
    ["29 Feb 2024", "2024-02-29"],
    ["3 May 2023", "2023-05-03"],
    ["2023-4-2", "2023-04-02"],
  ])("reads %j as %s", (text, iso) => {
    expect(parseDateHeading(text)).toMatchObject({ iso, valid: true });
  });

  it.each([
    ["no-break space", "8\u00a0Dec\u00a02023"],
    ["narrow no-break space", "8\u202fDec\u202f2023"],
    ["thin space and tabs", "8\u2009Dec\t\t2023"],
    ["doubled spaces", "Friday,   8   December    2023"],
    ["zero-width space", "8 Dec\u200b 2023"],
  ])("treats %s as a space", (_name, text) => {
    expect(parseDateHeading(text)).toMatchObject({ iso: "2023-12-08", valid: true });
  });

  it.each([
    ["12 Apr 2023 – Case study", "Case study"],
    ["12 Apr 2023 — Case study", "Case study"],
    ["12 Apr 2023 - Case study", "Case study"],
    ["12 Apr 2023: Case study", "Case study"],
    ["12 Apr 2023 : Case study", "Case study"],
    ["12 Apr 2023, Leeds", "Leeds"],
    ["12 Apr 2023 | Case study", "Case study"],
    ["12 Apr 2023–Case study", "Case study"],
    ["12 Apr 2023 (online)", "(online)"],
    ["2023-04-12 – Case\u00a0study  and   more", "Case study and more"],
    ["April 12, 2023 – ", ""],
  ])("splits the title from %j", (text, title) => {
    expect(parseDateHeading(text)).toMatchObject({ iso: "2023-04-12", valid: true, title });
  });

  it.each([
    ["31 Feb 2023", "2023-02-31"],
    ["29 Feb 2023", "2023-02-29"],
    ["2023-02-30", "2023-02-30"],
    ["2023-13-01", "2023-13-01"],
    ["0 Dec 2023", "2023-12-00"],
    ["32 December 2023", "2023-12-32"],
    ["31 April 2023 – Retro", "2023-04-31"],
  ])("marks %j invalid but keeps iso %s as written", (text, iso) => {
    expect(parseDateHeading(text)).toMatchObject({ iso, valid: false });
  });

  it("flags a weekday that does not match the date, and still parses it", () => {
    expect(parseDateHeading("Monday 8 December 2023")).toMatchObject({
      iso: "2023-12-08",
      valid: true,
      weekdayMismatch: true,
    });
    expect(parseDateHeading("Fri 8 Dec 2023")?.weekdayMismatch).toBe(false);
    expect(parseDateHeading("Thurs 7 Dec 2023")?.weekdayMismatch).toBe(false);
    expect(parseDateHeading("Tue 2023-12-05")?.weekdayMismatch).toBe(false);
  });

  it("leaves weekdayMismatch out when no weekday is written", () => {
    expect(parseDateHeading("8 Dec 2023")).not.toHaveProperty("weekdayMismatch");
  });

  it.each([
    "Overview",
    "December plans",
    "2023 review",
    "Dec 2023",
    "8 Dec",
    "8 Dec 23",
    "8 Dec 2023 review",
    "8 Dec 2023-review",
    "8 Dec 20234",
    "Meeting on 8 Dec 2023",
    "2023-12-08-1",
    "2023-12",
    "12/08/2023",
    "8 Decembers 2023",
    "Sun",
    "",
    "   ",
  ])("returns null for %j", (text) => {
    expect(parseDateHeading(text)).toBeNull();
  });

  it("never throws, whatever it is given", () => {
    const pieces = ["8", "31", "Dec", "Sept", "2023", "-", "–", ",", ":", " ", "\u00a0", "th", "Fri", "(", "2023-02-30", "x", "\u200b", "\\", "["];
    let seed = 42;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let i = 0; i < 5000; i++) {
      let text = "";
      const length = next() % 8;
      for (let j = 0; j < length; j++) text += pieces[next() % pieces.length];
      expect(() => parseDateHeading(text)).not.toThrow();
    }
    // Not strings at all, as could come from loosely typed front matter.
    expect(parseDateHeading(undefined as unknown as string)).toBeNull();
    expect(parseDateHeading(20231208 as unknown as string)).toBeNull();
  });
});

describe("calendar helpers", () => {
  it("knows month lengths and leap years", () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2023, 4)).toBe(30);
    expect(daysInMonth(2023, 13)).toBe(0);
    expect(isValidDate(2023, 12, 31)).toBe(true);
    expect(isValidDate(2023, 11, 31)).toBe(false);
  });
});

describe("isoDate", () => {
  it("formats in UTC, as front-matter dates are UTC midnight", () => {
    expect(isoDate(new Date("2023-12-08T00:00:00Z"))).toBe("2023-12-08");
    expect(isoDate(new Date("2023-12-08T23:59:59Z"))).toBe("2023-12-08");
    expect(isoDate(new Date(Date.UTC(2024, 0, 5)))).toBe("2024-01-05");
  });

  it("rejects an invalid Date", () => {
    expect(() => isoDate(new Date("nonsense"))).toThrow(RangeError);
  });
});
