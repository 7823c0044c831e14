import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maskSecret } from "../../src/diagnostics/mask.ts";

/** Characters of the mask that came from the value (everything but the ellipsis). */
const shownLength = (masked: string) => Array.from(masked.replace("…", "")).length;

describe("maskSecret", () => {
  it("keeps the first and last four characters of a long secret", () => {
    expect(maskSecret("ghp_" + "0123456789abcdefghijklmnopqrstuvWxYz")).toBe("ghp_…WxYz");
  });

  it("keeps less of shorter values, and nothing of very short ones", () => {
    expect(maskSecret("abcdefghijkl")).toBe("ab…kl"); // 12 characters: 4 shown
    expect(maskSecret("abcdefghi")).toBe("ab…i"); // 9: 3 shown
    expect(maskSecret("abcde")).toBe("a…");
    expect(maskSecret("ab")).toBe("…");
    expect(maskSecret("")).toBe("…");
  });

  it("never shows more than 8 characters, nor more than a third of the value", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 0, maxLength: 300, unit: "grapheme-ascii" }), (value) => {
        const masked = maskSecret(value);
        const shown = shownLength(masked);
        expect(shown).toBeLessThanOrEqual(8);
        expect(shown).toBeLessThanOrEqual(Math.floor(value.length / 3));
        if (value.length > 0 && !value.includes("…")) expect(masked.includes(value)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it("does not split a character made of two UTF-16 units", () => {
    const value = "🔑".repeat(12);
    expect(maskSecret(value)).toBe("🔑🔑…🔑🔑");
  });
});
