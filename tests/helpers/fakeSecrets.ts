/**
 * Fake secrets for tests, assembled from pieces at run time, so no test file holds a literal
 * token that a secret scanner (ours, GitHub's push protection) would flag. They are
 * well-formed but fake: made of repeated test alphabets, not copied from anywhere.
 */
export const ALNUM = "aB3dE5gH7jK9mN1pQ2rS4tU6vW8xY0zC";
export const UPPER = "Q2W3E4R5T6Y7U8I9P0ZXCVBNMLKJHGF";
export const HEX = "0123456789abcdef";
/** `n` characters of `alphabet`, varied by `seed` so two calls rarely agree. */
export const chars = (n: number, alphabet = ALNUM, seed = 0) =>
  Array.from({ length: n }, (_, i) => alphabet[(i * 7 + seed * 3 + Math.floor(i / alphabet.length)) % alphabet.length]).join("");

export const fake = {
  github: (seed = 0) => ["ghp", chars(36, ALNUM, seed)].join("_"),
  awsKeyId: (seed = 0) => "AK" + "IA" + chars(16, UPPER, seed),
  awsSecret: (seed = 0) => chars(20, ALNUM, seed) + "+/" + chars(18, ALNUM, seed + 1),
  slackBot: (seed = 0) => ["xo", "xb-", "1234567890", "-", "9876543210", "-", chars(24, ALNUM, seed)].join(""),
  slackWebhook: () => ["https://hooks.slack", ".com/services/T", chars(9, UPPER), "/B", chars(9, UPPER, 1), "/", chars(24)].join(""),
  privateKeyBody: () => "MI" + "IEow" + chars(60, ALNUM, 2) + "\n" + chars(64, ALNUM, 3) + "\n" + chars(40, ALNUM, 4) + "==",
  githubRawToken: () => "GHSAT" + "0AAAAAAC" + chars(30, UPPER, 5),
};
export const pem = (type: string, body: string) => `-----BEGIN ${type} PRIVATE KEY-----\n${body}\n-----END ${type} PRIVATE KEY-----`;

/** A JWT of the usual shape (HS256 header, a small payload), with a fake signature. */
export function fakeJwt(seed = 0): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return [part({ alg: "HS256", typ: "JWT" }), part({ sub: `user-${seed}`, name: "Test User", iat: 1_700_000_000 + seed }), chars(43, ALNUM, seed)].join(".");
}
