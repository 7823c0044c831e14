import { describe, expect, it } from "vitest";
import { datedFolderOf, datedName } from "../../src/content/paths.ts";

describe("datedName", () => {
  it("is a file's own name, or its dated folder's for the folder's index", () => {
    expect(datedName("blog/2021-08-26-welcome/index.md")).toBe("2021-08-26-welcome");
    expect(datedName("/blog/2021-08-26-welcome/index")).toBe("2021-08-26-welcome");
    expect(datedName("blog\\2021-08-26-welcome\\index.md")).toBe("2021-08-26-welcome");
    expect(datedName("blog/2023-12-08-hello.md")).toBe("2023-12-08-hello");
    // A folder named by a date alone, or an index of an undated folder, names nothing.
    expect(datedName("meetings/2024-05-10/index.md")).toBe("index");
    expect(datedName("guides/setup/index.md")).toBe("index");
    expect(datedFolderOf("blog/2021-08-26-welcome/photo.md")).toBeUndefined();
  });
});
