// Shared by the meeting tests: fixture loading and rendered heading ids.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createMarkdown } from "../../src/markdown/index.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));

export function readRepoFile(path: string): string {
  return readFileSync(`${root}${path}`, "utf8");
}

export const readFixture = (name: string): string => readRepoFile(`tests/fixtures/meetings/${name}`);

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n/u;

/** The body after front matter and the 1-based line it starts on. */
export function splitFrontMatter(source: string): { frontMatter: string; body: string; bodyLine: number } {
  const match = FRONT_MATTER.exec(source);
  const frontMatter = match?.[0] ?? "";
  return { frontMatter, body: source.slice(frontMatter.length), bodyLine: frontMatter.split("\n").length };
}

const md = createMarkdown();

/** Every id attribute of a heading in the rendered page, in order. */
export function renderedHeadingIds(markdown: string): string[] {
  return [...md.render(markdown).matchAll(/<h[1-6] id="([^"]*)"/gu)].map((m) => m[1] ?? "");
}
