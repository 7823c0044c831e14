// TypeScript data files: an object is the data; a function is called with what the build knows.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { typescriptDataExtension } from "../../src/eleventy/data.ts";
import type { EleventyConfig } from "../../src/eleventy/types.ts";
import { tempDir } from "../helpers/tempDir.ts";

const directories = { input: "content", includes: "../_includes", data: "../_data", output: "_site" };
// Only `directories` is read; the rest of the config API is not needed here.
const config = { directories } as unknown as EleventyConfig;

const originalRunMode = process.env.ELEVENTY_RUN_MODE;
afterEach(() => {
  if (originalRunMode === undefined) delete process.env.ELEVENTY_RUN_MODE;
  else process.env.ELEVENTY_RUN_MODE = originalRunMode;
});

/** Writes a data module to a fresh temporary folder and gives its absolute path. */
function dataModule(name: string, source: string): string {
  const folder = tempDir("community-notes-data-");
  const file = path.join(folder, name);
  writeFileSync(file, source);
  return file;
}

describe("typescriptDataExtension", () => {
  it("does not ask Eleventy to read the file itself", () => {
    expect(typescriptDataExtension(config).read).toBe(false);
  });

  it("gives a default export that is an object as it is", async () => {
    const file = dataModule("site.ts", `const site: { name: string; nav: string[] } = { name: "Notes", nav: ["a"] };\nexport default site;\n`);
    expect(await typescriptDataExtension(config).parser(file)).toEqual({ name: "Notes", nav: ["a"] });
  });

  it("calls a default export that is a function with the folders and the run mode", async () => {
    const file = dataModule(
      "context.ts",
      `interface Context { eleventy: { directories: Record<string, string>; env: { runMode: string } } }\n` +
        `export default (context: Context) => ({ seen: context });\n`,
    );
    delete process.env.ELEVENTY_RUN_MODE;
    expect(await typescriptDataExtension(config).parser(file)).toEqual({
      seen: { eleventy: { directories, env: { runMode: "build" } } },
    });
    process.env.ELEVENTY_RUN_MODE = "serve";
    expect(await typescriptDataExtension(config).parser(file)).toEqual({
      seen: { eleventy: { directories, env: { runMode: "serve" } } },
    });
  });

  it("hands back what an async function gives, for Eleventy to await", async () => {
    const file = dataModule("async.ts", `export default async () => [1, 2, 3];\n`);
    expect(await typescriptDataExtension(config).parser(file)).toEqual([1, 2, 3]);
  });

  it("resolves a relative path from the working directory, as Eleventy names data files", async () => {
    const file = dataModule("relative.ts", `export default { from: "relative" };\n`);
    const relative = path.relative(process.cwd(), file);
    expect(path.isAbsolute(relative)).toBe(false);
    expect(await typescriptDataExtension(config).parser(relative)).toEqual({ from: "relative" });
    expect(await typescriptDataExtension(config).parser(`./${relative.split(path.sep).join("/")}`)).toEqual({ from: "relative" });
  });

  it("gives other default exports (arrays, strings) as they are", async () => {
    expect(await typescriptDataExtension(config).parser(dataModule("list.ts", `export default ["a", "b"];\n`))).toEqual(["a", "b"]);
    expect(await typescriptDataExtension(config).parser(dataModule("text.ts", `export default "hello";\n`))).toBe("hello");
  });
});
