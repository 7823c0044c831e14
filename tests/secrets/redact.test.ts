import { describe, expect, it } from "vitest";
import { findSecrets, redactSecrets } from "../../src/secrets/index.ts";
import { chars, fake, fakeJwt } from "../helpers/fakeSecrets.ts";

describe("redactSecrets", () => {
  const github = fake.github();
  const jwt = fakeJwt(1);
  const rawToken = fake.githubRawToken();

  it("masks every secret in printed text, whatever wrote it", async () => {
    const text = [
      `content/a.md:3:7 error front-matter date "${github}" is not a date`,
      `content/b.md:1:1 error links link to https://files.example.org/x?token=${rawToken} goes nowhere`,
      `content/c.md:9:1 error mermaid Parse error on line 2: ...${jwt}`,
      `::error file=content/d.md,line=1,col=1,title=front-matter::tag !${github} is unknown`,
      `{"message":"via http://proxy.example/get?src=${encodeURIComponent(`https://x.example/f?sig=${rawToken}`)}"}`,
    ].join("\n");
    const redacted = await redactSecrets(text);
    for (const secret of [github, jwt, rawToken, encodeURIComponent(rawToken)]) expect(redacted).not.toContain(secret);
    expect(redacted.split("\n")).toHaveLength(5);
    expect(redacted).toContain('content/a.md:3:7 error front-matter date "ghp_…');
    expect(redacted).toContain("goes nowhere");
  });

  it("leaves text with no secret as it is, and masked text as it was", async () => {
    const clean = "content/a.md:1:1 error links link to /guides/missing/ goes nowhere\n";
    expect(await redactSecrets(clean)).toBe(clean);
    const once = await redactSecrets(`token ${github} and ${jwt}`);
    expect(await redactSecrets(once)).toBe(once);
  });

  it("is not silenced by secretlint's disable comments, which count only in content", async () => {
    const text = `title ${github} <!-- secretlint-disable-line -->\n`;
    expect((await findSecrets(text, "a.md", { honourComments: true })).secrets).toEqual([]);
    expect(await redactSecrets(text)).not.toContain(github);
  });

  it("masks 20,000 secrets in one long report, each in place", async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `content/x.md:${i + 1}:1 error links ${fake.github(i)} ${chars(8)}`);
    const redacted = (await redactSecrets(lines.join("\n"))).split("\n");
    expect(redacted).toHaveLength(20_000);
    expect(redacted.every((line, i) => line.startsWith(`content/x.md:${i + 1}:1 error links ghp_…`) && !line.includes(fake.github(i)))).toBe(true);
  });
});
