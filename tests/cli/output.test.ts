import { describe, expect, test } from "vitest";
import { isDisposableOutput } from "../../src/cli/output.ts";

describe("isDisposableOutput", () => {
  const root = "/work/project";
  test("the default output folder and folders elsewhere may be emptied", () => {
    expect(isDisposableOutput("/work/project/_site", root)).toBe(true);
    expect(isDisposableOutput("/tmp/preview", root)).toBe(true);
    expect(isDisposableOutput("/work/project/dist/site", root)).toBe(true);
  });
  test("the project, its ancestors and its source folders never are", () => {
    expect(isDisposableOutput("/work/project", root)).toBe(false);
    expect(isDisposableOutput("/work", root)).toBe(false);
    expect(isDisposableOutput("/", root)).toBe(false);
    expect(isDisposableOutput("/work/project/content", root)).toBe(false);
    expect(isDisposableOutput("/work/project/content/blog", root)).toBe(false);
    expect(isDisposableOutput("/work/project/src", root)).toBe(false);
    expect(isDisposableOutput("/work/project/.git", root)).toBe(false);
  });
});
