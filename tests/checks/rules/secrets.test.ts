/**
 * Test secrets are assembled from pieces at run time, so this file holds no literal token
 * that a secret scanner (ours, GitHub's push protection) would flag. They are well-formed
 * but fake: made of repeated test alphabets, not copied from anywhere.
 */
import fc from "fast-check";
import { lintSource } from "@secretlint/core";
import { describe, expect, it } from "vitest";
import { secretsRule } from "../../../src/checks/rules/secrets.ts";
import { disabledRanges, SECRETLINT_PIECE } from "../../../src/secrets/secretlint.ts";
import { secretUrlsRule } from "../../../src/checks/rules/secretUrls.ts";
import type { Diagnostic } from "../../../src/diagnostics/diagnostic.ts";
import { contextFrom } from "../helpers.ts";
import { ALNUM, chars, fake, fakeJwt, HEX, pem } from "../../helpers/fakeSecrets.ts";

function expectHidden(diagnostics: Diagnostic[], secrets: string[]) {
  for (const d of diagnostics) for (const secret of secrets) expect(d.message).not.toContain(secret);
}

describe("secretsRule", () => {
  it("reports tokens, keys and private keys at their file line, as errors, masked, with advice", async () => {
    const secrets = [fake.github(), fake.awsKeyId(), fake.awsSecret(), fake.slackBot(), fake.slackWebhook(), fake.privateKeyBody()];
    const [github, keyId, awsSecret, slack, webhook, keyBody] = secrets as [string, string, string, string, string, string];
    const text = [
      "---", // 1
      "title: Deploying",
      `api_token: ${github}`, // 3: front matter is scanned too
      "---",
      "Paste your credentials:",
      "",
      `Key ID ${keyId}`, // 7
      `aws_secret_access_key = "${awsSecret}"`, // 8
      "",
      `Bot: ${slack}`, // 10
      `Hook: <${webhook}>`, // 11
      "",
      "```",
      pem("RSA", keyBody), // 14
      "```",
      "",
    ].join("\n");
    const diagnostics = await secretsRule.check(contextFrom({ "guides/deploy.md": text }));

    expect(diagnostics.map((d) => [d.file, d.line, d.severity, d.rule])).toEqual([
      ["content/guides/deploy.md", 3, "error", "secret"],
      ["content/guides/deploy.md", 7, "error", "secret"],
      ["content/guides/deploy.md", 8, "error", "secret"],
      ["content/guides/deploy.md", 10, "error", "secret"],
      ["content/guides/deploy.md", 11, "error", "secret"],
      ["content/guides/deploy.md", 14, "error", "secret"],
    ].sort((a, b) => (a[1] as number) - (b[1] as number)));
    const byLine = new Map(diagnostics.map((d) => [d.line, d.message]));
    expect(byLine.get(3)).toMatch(/^GitHub token \(GitHub personal access token\) ghp_…[A-Za-z0-9]{4}: revoke or rotate it now: removing it from the file does not remove it from Git history/);
    expect(byLine.get(7)).toMatch(/^AWS access key ID AKI…[A-Z0-9]{3}: revoke/);
    expect(byLine.get(8)).toMatch(/^AWS secret access key /);
    expect(byLine.get(10)).toMatch(/^Slack token xoxb…/);
    expect(byLine.get(11)).toMatch(/^Slack incoming webhook URL https:\/\/hooks\.slack\.com\/services\/T\w{3}…\w{4}: revoke/);
    expect(byLine.get(14)).toMatch(/^private key -----BEGIN RSA PRIVATE KEY-----: revoke/);
    expectHidden(diagnostics, [...secrets, keyBody.slice(0, 20)]);
    expect(diagnostics.every((d) => d.column >= 1)).toBe(true);
  });

  it("scans talk transcripts", async () => {
    const token = fake.github(4);
    const diagnostics = await secretsRule.check(
      contextFrom({ "talks/demo.txt": `Title: Demo\nSpeaker: A\n\nSo I typed ${token} into the terminal.\n` }),
    );
    expect(diagnostics.map((d) => [d.file, d.line, d.column])).toEqual([["content/talks/demo.txt", 4, 12]]);
    expectHidden(diagnostics, [token]);
  });

  it("passes placeholders, documentation examples and short lookalikes", async () => {
    const text = [
      "Set `GITHUB_TOKEN` to a token starting with `ghp_`, such as ghp_xxxxxxxxxxxx.",
      `The AWS documentation uses ${"AKIA" + "IOSFODNN7" + "EXAMPLE"} as its example key.`,
      pem("RSA", "...your key here..."),
      "password: hunter2 (not a secret pattern)",
      "",
    ].join("\n");
    expect(await secretsRule.check(contextFrom({ "guides/tokens.md": text }))).toEqual([]);
  });

  it("honours a secretlint-disable-line comment for a deliberate example", async () => {
    const text = `Example: ${fake.github(2)} <!-- secretlint-disable-line -->\n`;
    expect(await secretsRule.check(contextFrom({ "guides/example.md": text }))).toEqual([]);
  });

  it("skips unreadable files (the text rule reports them)", async () => {
    const bytes = new TextEncoder().encode(`${fake.github(3)}\u0000\n`);
    expect(await secretsRule.check(contextFrom({ "blob.md": bytes }))).toEqual([]);
  });

  it("never prints a generated secret in full", async () => {
    const kinds = [
      (s: string) => ["ghp", s.slice(0, 36)].join("_"),
      (s: string) => ["gho", s.slice(0, 36)].join("_"),
      (s: string) => ["github", "pat", s.padEnd(82, "Q").slice(0, 82)].join("_"),
      (s: string) => ["npm", s.slice(0, 36)].join("_"),
      (s: string) => ["xo", "xp-123-456-", s.slice(0, 30)].join(""),
    ];
    const tokens = fc
      .sample(fc.string({ unit: fc.constantFrom(...ALNUM.split("")), minLength: 82, maxLength: 90 }), { numRuns: 60, seed: 42 })
      .map((s, i) => kinds[i % kinds.length]!(s));
    const files = Object.fromEntries(tokens.map((token, i) => [`blog/post-${i}.md`, `---\ntitle: P${i}\n---\nToken: ${token}\n`]));
    const diagnostics = await secretsRule.check(contextFrom(files));
    expect(new Set(diagnostics.map((d) => d.file)).size).toBe(tokens.length);
    for (const d of diagnostics) {
      const token = tokens[Number(/post-(\d+)/.exec(d.file)![1])]!;
      expect(d.line).toBe(4);
      expect(d.message).not.toContain(token);
    }
  });
});

describe("secretUrlsRule", () => {
  const rawToken = fake.githubRawToken();
  const amzSignature = chars(64, HEX, 1);
  const amzCredential = `${fake.awsKeyId(1)}%2F20240308%2Feu-west-2%2Fs3%2Faws4_request`;
  const sasSig = `${chars(20, ALNUM, 6)}%2B${chars(20, ALNUM, 7)}%3D`;
  const password = "Tr0ub4dor" + "-and-3";

  it("reports credentials in query strings and userinfo at their line, masked", async () => {
    const text = [
      "---",
      "title: Links",
      "---",
      `The [workflow file](https://raw.githubusercontent.com/org/repo/main/ci.yml?token=${rawToken}) is here.`, // 4
      "",
      `Report: https://bucket.s3.eu-west-2.amazonaws.com/r.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${amzCredential}&X-Amz-Date=20240308T100000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=${amzSignature}`, // 6
      `<a href="https://acct.blob.core.windows.net/c/f.pdf?sv=2022-11-02&amp;sp=r&amp;se=2024-03-09T10:00:00Z&amp;sig=${sasSig}">slides</a>`, // 7
      `Clone https://deploy:${password}@git.dept.gov.uk/team/repo.git.`, // 8
      `Callback: https://app.dept.gov.uk/cb#access_token=${chars(32, ALNUM, 8)}&expires_in=3600`, // 9
      "",
    ].join("\n");
    const diagnostics = await secretUrlsRule.check(contextFrom({ "meetups/links.md": text }));
    expect(diagnostics.map((d) => [d.file, d.line, d.severity, d.rule])).toEqual([
      ["content/meetups/links.md", 4, "error", "secret-url"],
      ["content/meetups/links.md", 6, "error", "secret-url"],
      ["content/meetups/links.md", 7, "error", "secret-url"],
      ["content/meetups/links.md", 8, "error", "secret-url"],
      ["content/meetups/links.md", 9, "error", "secret-url"],
    ]);
    const [raw, s3, sas, userinfo, fragment] = diagnostics.map((d) => d.message) as [string, string, string, string, string];
    expect(raw).toMatch(/^URL to raw\.githubusercontent\.com carries a credential \(token=GHSA…[A-Z0-9]{4}\): .*link to the file on github\.com instead.*Git history$/);
    expect(s3).toMatch(/^URL to bucket\.s3\.eu-west-2\.amazonaws\.com carries credentials \(X-Amz-Credential=AKIA…uest, X-Amz-Signature=[0-9a-f]{4}…[0-9a-f]{4}\)/);
    expect(sas).toContain("carries a credential (sig=");
    expect(userinfo).toMatch(/^URL to git\.dept\.gov\.uk contains a password \(deploy:Tr0…-3@\)/);
    expect(fragment).toContain("(access_token=");
    expect(diagnostics[0]!.column).toBe(text.split("\n")[3]!.indexOf("token=") + 1);
    expectHidden(diagnostics, [rawToken, amzSignature, decodeURIComponent(amzCredential), sasSig, decodeURIComponent(sasSig), password]);
  });

  it("never prints a generated credential in full", async () => {
    const params = ["token", "sig", "X-Amz-Signature", "api_key", "client_secret"];
    const values = fc.sample(fc.string({ unit: fc.constantFrom(...(ALNUM + "+/").split("")), minLength: 16, maxLength: 80 }), {
      numRuns: 200,
      seed: 7,
    });
    const lines = values.map((v, i) => `- https://h${i}.dept.gov.uk/f?${params[i % params.length]}=${encodeURIComponent(v)}&x=1`);
    const diagnostics = await secretUrlsRule.check(contextFrom({ "x.md": lines.join("\n") + "\n" }));
    // Every value that looks opaque is reported on its own line, and none is shown whole.
    expect(diagnostics.length).toBeGreaterThan(150);
    for (const d of diagnostics) expect(d.message).not.toContain(values[d.line - 1]!);
  });

  it("passes placeholders, ordinary parameters and links without credentials", async () => {
    const text = [
      "Use https://api.example.org/v1/items?token=YOUR_TOKEN or ?key=value in the docs.",
      "https://x.blob.core.windows.net/c/f?sig=xxx and https://s.example.org/?signature=<signature>",
      "https://api.example.org/?api_key=YOUR_ACCESS_TOKEN_HERE&page=2",
      "https://github.com/org/repo/issues?q=is%3Aopen&sort=created&page=12345678901234567",
      "https://notes.example.org/?key=2024-03-08-meeting-notes",
      "https://user:password@example.com/ and https://user:${PASSWORD}@host.example.org/",
      "ssh://git@github.com/org/repo.git",
      "[Meeting](/special-interest/x/notes/#2023-12-08)",
      "",
    ].join("\n");
    expect(await secretUrlsRule.check(contextFrom({ "guides/urls.md": text }))).toEqual([]);
  });
});

describe("secretUrlsRule on hostile text", () => {
  const token = fake.githubRawToken();

  it("reads a URL with 200,000 dots in it, and finds the credential after them", async () => {
    const line = `See https://files.example.org/a${".".repeat(200_000)}b?token=${token}...`;
    const diagnostics = await secretUrlsRule.check(contextFrom({ "x.md": `Intro\n${line}\n` }));
    expect(diagnostics.map((d) => [d.line, d.column])).toEqual([[2, line.indexOf("token=") + 1]]);
  });

  it("reports 50,000 credentials, each at its own line", async () => {
    const lines = Array.from({ length: 50_000 }, (_, i) => `${i}: https://files.example.org/f?token=${token}`);
    const diagnostics = await secretUrlsRule.check(contextFrom({ "talks/links.txt": `Title: Links\n${lines.join("\n")}\n` }));
    expect(diagnostics).toHaveLength(50_000);
    expect(diagnostics.every((d, i) => d.line === i + 2 && d.column === lines[i]!.indexOf("token=") + 1)).toBe(true);
  });
});

describe("secret rules together", () => {
  it("report a password in a URL once, as secret-url", async () => {
    const context = contextFrom({ "x.md": `Clone https://deploy:${"Tr0ub4dor" + "-and-3"}@git.dept.gov.uk/repo.git\n` });
    const diagnostics = [...(await secretsRule.check(context)), ...(await secretUrlsRule.check(context))];
    expect(diagnostics.map((d) => [d.rule, d.line])).toEqual([["secret-url", 1]]);
  });

  it("still find connection strings with passwords through secretlint", async () => {
    const context = contextFrom({ "x.md": `DB: postgres://app:${"q7Rt" + "9zLm2"}@db.internal:5432/notes\n` });
    const diagnostics = await secretsRule.check(context);
    expect(diagnostics.map((d) => [d.rule, d.line])).toEqual([["secret", 1]]);
    expect(diagnostics[0]!.message).toMatch(/^PostgreSQL connection string with a password postgres:\/\/app:q7…2@db\.internal/);
    expect(diagnostics[0]!.message).not.toContain("q7Rt9zLm2");
  });
});

// secretlint compares each message with every other, so one call on a file of 20,000 tokens
// took a minute; the rule lints a large file in pieces. These would time out if it did not.
describe("secrets in a large file", () => {
  it("reports 20,000 tokens, each at its own line", async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `token ${fake.github(i)}`);
    const diagnostics = await secretsRule.check(contextFrom({ "talks/keys.txt": `Title: Keys\n${lines.join("\n")}\n` }));
    expect(diagnostics).toHaveLength(20_000);
    expect(diagnostics.every((d, i) => d.line === i + 2 && d.column === 7 && d.message.startsWith("GitHub token"))).toBe(true);
  });

  it("finds what linting the whole file finds, secretlint-disable comments included, whichever piece they fall in", async () => {
    const items = [
      () => `token ${fake.github(3)}`,
      () => `key ${fake.awsKeyId(2)}`,
      () => pem("RSA", fake.privateKeyBody()),
      () => "<!-- secretlint-disable -->",
      () => "<!-- secretlint-enable -->",
      () => "<!-- secretlint-disable @secretlint/secretlint-rule-github -->",
      () => "<!-- secretlint-enable @secretlint/secretlint-rule-github -->",
      () => `${fake.github(5)} <!-- secretlint-disable-line -->`,
      () => "<!-- secretlint-disable-next-line -->",
      () => "filler ".repeat(100),
    ];
    const options = { config: { rules: [{ id: "@secretlint/secretlint-rule-preset-recommend", rule: (await import("@secretlint/secretlint-rule-preset-recommend")).creator, rules: [{ id: "@secretlint/secretlint-rule-aws", options: { enableIDScanRule: true } }] }] } };
    const documents = fc.array(fc.tuple(fc.nat(items.length - 1), fc.constantFrom("\n", " ", " ", "\r\n")), { minLength: 150, maxLength: 400 })
      .map((parts) => parts.map(([item, end]) => items[item]!() + end).join(""))
      .filter((text) => text.length > SECRETLINT_PIECE);
    // Only a line's first comment counts (the rest is its list of rules): here the disable
    // is not a comment of its own, though a piece that starts between the two would read one.
    const longLine = `x <!-- secretlint-enable --> ${"filler ".repeat(1_300)} <!-- secretlint-disable -->\n`;
    const crafted = `${longLine}${Array.from({ length: 600 }, (_, i) => `token ${fake.github(i)}`).join("\n")}\n`;
    let found = 0;
    for (const text of [crafted, ...fc.sample(documents, { numRuns: 12, seed: 7 })]) {
      const whole = (await lintSource({ source: { filePath: "/x.md", content: text, ext: ".md", contentType: "text" }, options })).messages
        .filter((m) => m.messageId !== "AWSAccountID" && m.messageId !== "BasicAuth");
      found += whole.length;
      const wanted = whole.map((m) => {
        const before = text.slice(0, m.range[0]).split("\n");
        return [before.length + 3, before[before.length - 1]!.length + 1];
      });
      const diagnostics = await secretsRule.check(contextFrom({ "x.md": `---\ntitle: x\n---\n${text}` }));
      expect(diagnostics.map((d) => [d.line, d.column])).toEqual(wanted);
    }
    expect(found).toBeGreaterThan(20);
  });

  it("works out secretlint-disable blocks as secretlint does", () => {
    const text = "a\n<!-- secretlint-disable x, y -- why -->\nb\n<!-- secretlint-disable -->\nc\n<!-- secretlint-enable -->\nd\n<!-- secretlint-enable y -->\ne";
    const at = (needle: string) => text.indexOf(needle);
    expect(disabledRanges(text)).toEqual([
      { start: at("<!-- secretlint-disable x"), end: text.length, ruleId: "x" },
      { start: at("<!-- secretlint-disable x"), end: at("<!-- secretlint-enable y"), ruleId: "y" },
      { start: at("<!-- secretlint-disable -->"), end: at("<!-- secretlint-enable -->"), ruleId: "*" },
    ].map((range) => ({ ...range, start: range.start + "<!-- ".length, end: range.end === text.length ? range.end : range.end + "<!-- ".length })));
    // -line: its own line; -next-line: the next; nothing when that line is the last.
    expect(disabledRanges("x <!-- secretlint-disable-line -->\ny\n<!-- secretlint-disable-next-line -->")).toEqual([
      { start: 0, end: 34, ruleId: "*" },
      { start: Number.NaN, end: Number.NaN, ruleId: "*" },
    ]);
  });
});

describe("secrets the rules once missed", () => {
  const token = fake.githubRawToken();
  const raw = `https://raw.githubusercontent.com/org/repo/main/data.csv?token=${token}`;

  it("finds a credential in a URL nested in another's query, as written and percent-encoded", async () => {
    const text = `Via the proxy: http://proxy.example/fetch?src=${raw}\n\nEncoded: http://proxy.example/fetch?src=${encodeURIComponent(raw)}&x=1\n`;
    const diagnostics = await secretUrlsRule.check(contextFrom({ "x.md": text }));
    expect(diagnostics.map((d) => [d.line, d.column])).toEqual([
      [1, text.indexOf("src=") + 5],
      [3, text.split("\n")[2]!.indexOf("src=") + 5],
    ]);
    expect(diagnostics.every((d) => d.message.startsWith("URL to raw.githubusercontent.com carries a credential (token=GHSA…"))).toBe(true);
    expectHidden(diagnostics, [token, encodeURIComponent(token)]);
  });

  it("finds JWTs, masked, and not base64 that is no token", async () => {
    const jwt = fakeJwt();
    const text = `Authorization: Bearer ${jwt}\n\nNot one: eyJhbGciOiJIUzI1NiJ9 alone, or eyJub3RhbGciOjF9.eyJzdWIiOiJ4In0.${chars(30)}.\n`;
    const diagnostics = await secretsRule.check(contextFrom({ "x.md": text }));
    expect(diagnostics.map((d) => [d.line, d.column, d.message.slice(0, 24)])).toEqual([[1, 23, "JSON Web Token (HS256) e"]]);
    expectHidden(diagnostics, [jwt]);
  });
});
