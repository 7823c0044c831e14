// The one adapter over Eleventy's internals, run against the installed Eleventy.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import Eleventy from "@11ty/eleventy";
import { checkEleventyVersion, EleventyVersionError, layoutAliasesOf, passthroughCopiesOf, reportErrorsWith, trackWrites } from "../../src/eleventy/adapter.ts";
import { tempDir } from "../helpers/tempDir.ts";

describe("checkEleventyVersion", () => {
  it("accepts the installed Eleventy and refuses the releases the internals are not known in", () => {
    expect(() => checkEleventyVersion()).not.toThrow();
    expect(() => checkEleventyVersion("3.1.5")).not.toThrow();
    for (const version of ["3.0.0", "3.2.0", "4.0.0-alpha.1"]) {
      expect(() => checkEleventyVersion(version)).toThrow(EleventyVersionError);
    }
    expect(() => checkEleventyVersion("4.0.0")).toThrow(/supports Eleventy 3\.1\.x, and found Eleventy 4\.0\.0/);
  });
});

describe("reportErrorsWith and trackWrites, on a real build that fails", () => {
  it("gives Eleventy's error to the reporter once, and waits for every write in flight", { timeout: 60_000 }, async () => {
    const dir = tempDir("adapter-");
    const input = path.join(dir, "src");
    mkdirSync(input);
    for (let i = 0; i < 20; i++) writeFileSync(path.join(input, `page-${i}.md`), `# Page ${i}\n`);
    writeFileSync(path.join(input, "broken.njk"), "{{ nope | no_such_filter }}\n");
    const elev = new Eleventy(input, path.join(dir, "_site"), { quietMode: true, config: () => undefined });
    elev.disableLogger();
    const reported: unknown[] = [];
    const once = reportErrorsWith(elev, (error) => reported.push(error));
    await elev.init();
    const settled = trackWrites(elev);
    let thrown: unknown;
    try {
      await elev.write();
    } catch (error) {
      thrown = error;
      once(error);
    }
    await settled();
    expect(thrown).toBeInstanceOf(Error);
    expect(reported).toEqual([thrown]);
  });
});

/** Eleventy's configuration object once `configure` (the site's configuration) has run and Eleventy has started. */
async function configurationAfter(prefix: string, configure: (config: never) => void): Promise<object> {
  const dir = tempDir(prefix);
  const input = path.join(dir, "src");
  mkdirSync(input);
  writeFileSync(path.join(input, "index.md"), "# Home\n");
  let configuration: object | undefined;
  const elev = new Eleventy(input, path.join(dir, "_site"), {
    quietMode: true,
    config: (value: unknown) => {
      configuration = value as object;
      configure(value as never);
    },
  });
  await elev.init();
  return configuration!;
}

describe("passthroughCopiesOf", () => {
  it("gives every passthrough copy the configuration added, the site's and plugins'", { timeout: 60_000 }, async () => {
    type Copies = { addPassthroughCopy(entry: unknown): void };
    const configuration = await configurationAfter("adapter-copies-", (config: Copies & { addPlugin(plugin: (c: Copies) => void): void }) => {
      config.addPassthroughCopy("src/images");
      config.addPlugin((c) => c.addPassthroughCopy({ "vendor/x.js": "assets/x.js" }));
    });
    expect(passthroughCopiesOf(configuration)).toMatchObject({ "src/images": { outputPath: true }, "vendor/x.js": { outputPath: "assets/x.js" } });
    expect(() => passthroughCopiesOf({})).toThrow(EleventyVersionError);
  });
});

describe("layoutAliasesOf", () => {
  it("gives every layout alias the configuration added, the site's and plugins'", { timeout: 60_000 }, async () => {
    type Aliases = { addLayoutAlias(from: string, to: string): void };
    const configuration = await configurationAfter("adapter-aliases-", (config: Aliases & { addPlugin(plugin: (c: Aliases) => void): void }) => {
      config.addLayoutAlias("post", "blog_post.njk");
      config.addPlugin((c) => c.addLayoutAlias("main", "layout.njk"));
    });
    expect(layoutAliasesOf(configuration)).toMatchObject({ post: "blog_post.njk", main: "layout.njk" });
    expect(() => layoutAliasesOf({})).toThrow(EleventyVersionError);
  });
});
