/**
 * Front matter and group settings are data too: what layouts show of them is escaped text,
 * and a link taken from them is published only when content could carry the same link.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { buildSite, type BuiltSite } from "./buildSite.ts";

const PAYLOAD = `<img src=x onerror=alert(1)><script>alert(2)</script>`;

describe("front matter that holds markup or a script link", () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await buildSite({
      "special-interest/hostile/index.md": `---\ntitle: "Hostile & ${PAYLOAD}"\naim: "Aim ${PAYLOAD}"\ncadence: "${PAYLOAD}"\nchannel: "javascript:alert(3)"\n---\nGroup text.\n`,
      "special-interest/hostile/notes.md": "---\ntitle: Notes\n---\n## 2024-01-05\n\nMet.\n",
      "special-interest/friendly/index.md": `---\ntitle: Friendly\nchannel: "https://chat.example.org/friendly"\n---\nHello.\n`,
      "blog/2024-01-02-post.md": `---\ntitle: "Post ${PAYLOAD}"\ndescription: "${PAYLOAD}"\ntags: ["${PAYLOAD}"]\n---\nBody.\n`,
    });
  }, 180_000);

  test("shows it as text on every page, never as markup", () => {
    const pages = site.files().filter((f) => /\.(?:html|xml|json|ics)$/.test(f));
    expect(pages.length).toBeGreaterThan(5);
    for (const file of pages) {
      const text = site.file(`/${file}`);
      for (const markup of ["<img src=x", "<script>alert"].filter(() => file.endsWith(".html"))) expect(text, file).not.toContain(markup);
      expect(text, file).not.toContain("javascript:");
    }
    // Escaped once: a reader sees exactly what the front matter says.
    expect(site.html("/special-interest/hostile/").querySelector("h1")?.text).toBe(`Hostile & ${PAYLOAD}`);
    expect(site.html("/special-interest/hostile/").querySelector("title")?.text).toMatch(/^Hostile & <img src=x/);
    expect(site.html("/tags/").text).toContain(PAYLOAD);
  });

  test("drops a group channel that is not a web or mail link, and keeps one that is", () => {
    expect(site.file("/special-interest/hostile/")).not.toContain("javascript:");
    expect(site.html("/special-interest/friendly/").querySelector('a[href="https://chat.example.org/friendly"]')).not.toBeNull();
  });
});
