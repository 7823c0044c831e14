import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectDirectories } from "../../src/eleventy/directories.ts";

const root = path.resolve("/srv/site");

describe("projectDirectories", () => {
  it.each([undefined, "", ".", "./"])("uses content/ under the root when the input is %j", (requested) => {
    expect(projectDirectories(root, requested, root)).toEqual({
      input: "content",
      includes: "../_includes",
      data: "../_data",
      root: ".",
    });
  });

  it("gives paths relative to the working directory", () => {
    expect(projectDirectories(root, undefined, path.dirname(root))).toEqual({
      input: "site/content",
      includes: "../_includes",
      data: "../_data",
      root: "site",
    });
  });

  it("keeps _includes and _data at the root for an input elsewhere", () => {
    const input = path.resolve("/tmp/build-test-1/content");
    const dirs = projectDirectories(root, input, root);
    expect(path.resolve(root, dirs.input)).toBe(input);
    expect(path.resolve(input, dirs.includes)).toBe(path.join(root, "_includes"));
    expect(path.resolve(input, dirs.data)).toBe(path.join(root, "_data"));
    expect(dirs.root).toBe(".");
  });

  it("resolves a relative input from the working directory", () => {
    const dirs = projectDirectories(root, "fixtures/site", root);
    expect(dirs.input).toBe(path.join("fixtures", "site"));
    expect(path.resolve(root, dirs.input, dirs.includes)).toBe(path.join(root, "_includes"));
  });

  it("uses the root itself when the input is the root", () => {
    const dirs = projectDirectories(root, root, root);
    expect(dirs).toMatchObject({ input: ".", includes: "_includes", data: "_data" });
  });
});
