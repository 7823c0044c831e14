/**
 * The build refuses to publish a page in which a secret is found, wherever in the page it
 * is, and says where with the value masked; an example silenced as the check allows builds.
 */
import { describe, expect, test } from "vitest";
import { buildSite } from "./buildSite.ts";
import { findContentError } from "../../src/diagnostics/diagnostic.ts";
import { fake, fakeJwt } from "../helpers/fakeSecrets.ts";

const token = fake.github(4);
const rawToken = fake.githubRawToken();
const jwt = fakeJwt(2);

/** name → [file, contents, rule, line, column, the secret] */
const CASES: [string, string, string, string, number, number, string][] = [
  ["a token in the text", "guides/deploy.md", `---\ntitle: Deploy\n---\nIntro.\n\nUse ${token} to push.\n`, "secret", 6, 5, token],
  ["a token in front matter", "about.md", `---\ntitle: About\napi_key: ${token}\n---\nAbout us.\n`, "secret", 3, 10, token],
  ["a credential in a nested URL", "blog/2024-01-02-data.md", `---\ntitle: Data\n---\nGet it from http://proxy.example/get?src=${encodeURIComponent(`https://raw.githubusercontent.com/o/r/main/f.csv?token=${rawToken}`)}\n`, "secret-url", 4, 42, rawToken],
  ["a JWT in a transcript", "talks/auth.txt", `Title: Auth\nPublication date: 2024-03-01\nCaptions:\n\tThe header was Bearer ${jwt} as you see.\n`, "secret", 4, 24, jwt],
];

describe("a page that holds a secret", () => {
  test.each(CASES)("%s stops the build at the secret, masked", { timeout: 120_000 }, async (_name, file, contents, rule, line, column, secret) => {
    const error = await buildSite({ "index.md": "---\ntitle: Home\n---\nHello.\n", [file]: contents }).then(
      () => undefined,
      (e: unknown) => e,
    );
    const found = findContentError(error)?.diagnostic;
    expect(found, String(error)).toMatchObject({ file: expect.stringContaining(`content/${file}`), line, column, rule, severity: "error" });
    expect(found?.message).toMatch(/; the build does not publish a page that holds a secret$/);
    expect(found?.message).not.toContain(secret);
    expect(found?.message).not.toContain(encodeURIComponent(secret));
  });

  test("a file whose name holds a token stops the build before anything is written under that name", { timeout: 120_000 }, async () => {
    const error = await buildSite({ [`notes/${token}.md`]: "---\ntitle: Named\n---\nText.\n" }).then(
      () => undefined,
      (e: unknown) => e,
    );
    const found = findContentError(error)?.diagnostic;
    expect(found, String(error)).toMatchObject({ line: 1, column: 1, rule: "secret", severity: "error" });
    expect(found?.message).toMatch(/^the file's name holds a secret: GitHub token/);
    // The diagnostic names the file (the check's and the build's printing mask it); its message does not repeat it.
    expect(found?.message).not.toContain(token);
  });

  test("an example silenced with secretlint's comment, as the check allows, is published", { timeout: 120_000 }, async () => {
    const site = await buildSite({ "guides/example.md": `---\ntitle: Example\n---\nA token looks like ${token} <!-- secretlint-disable-line -->\n\nThe end.\n` });
    expect(site.html("/guides/example/").querySelector("article")?.text).toContain("A token looks like");
  });
});
