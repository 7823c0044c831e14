import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "../../src/site/csp.ts";

/** A policy as directive name → its sources. */
function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const directive of policy.split(";")) {
    const [name, ...sources] = directive.trim().split(/\s+/u);
    if (name) map.set(name, sources);
  }
  return map;
}

const KINDS = [
  { kind: "any other page", needs: {} },
  { kind: "a page with a diagram", needs: { mermaid: true } },
  { kind: "the search page", needs: { search: true } },
  { kind: "a search page with a diagram", needs: { search: true, mermaid: true } },
];

describe("contentSecurityPolicy", () => {
  it("gives an ordinary page only the site itself", () => {
    expect(contentSecurityPolicy({ search: false, mermaid: false })).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'",
    );
    expect(contentSecurityPolicy()).toBe(contentSecurityPolicy({ search: false, mermaid: false }));
  });

  it("lets a page with a diagram use inline styles, as mermaid's SVG does", () => {
    expect(contentSecurityPolicy({ search: false, mermaid: true })).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'",
    );
  });

  it("lets the search page compile Pagefind's WebAssembly", () => {
    expect(contentSecurityPolicy({ search: true, mermaid: false })).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'",
    );
  });

  it("allows both when a page needs both", () => {
    expect(contentSecurityPolicy({ search: true, mermaid: true })).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'",
    );
  });

  describe.each(KINDS)("for $kind", ({ needs }) => {
    const policy = contentSecurityPolicy(needs);
    const parsed = directives(policy);

    it("never lets scripts run inline or through eval", () => {
      expect(parsed.get("script-src")).not.toContain("'unsafe-inline'");
      expect(parsed.get("script-src")).not.toContain("'unsafe-eval'");
      expect(parsed.get("script-src")?.[0]).toBe("'self'");
    });

    it("forbids plugins and <base>, and sends forms only to the site", () => {
      expect(parsed.get("object-src")).toEqual(["'none'"]);
      expect(parsed.get("base-uri")).toEqual(["'none'"]);
      expect(parsed.get("form-action")).toEqual(["'self'"]);
      expect(parsed.get("default-src")).toEqual(["'self'"]);
      expect(parsed.get("img-src")).toEqual(["'self'", "data:"]);
    });

    it("names no other origin and no directive a <meta> policy ignores", () => {
      expect(policy).not.toMatch(/https?:|\*|\bblob:/u);
      for (const ignored of ["frame-ancestors", "report-uri", "report-to", "sandbox"]) expect(parsed.has(ignored)).toBe(false);
    });

    it("can be written into an attribute as it is", () => {
      expect(policy).not.toMatch(/["<>&]/u);
    });
  });

  it("allows WebAssembly only on the search page and inline styles only with a diagram", () => {
    for (const { needs } of KINDS) {
      const policy = contentSecurityPolicy(needs);
      expect(policy.includes("'wasm-unsafe-eval'"), JSON.stringify(needs)).toBe(Boolean(needs.search));
      expect(policy.includes("'unsafe-inline'"), JSON.stringify(needs)).toBe(Boolean(needs.mermaid));
    }
  });
});
