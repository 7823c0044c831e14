import { describe, expect, it } from "vitest";
import { normalisePathPrefix, resolveSiteSettings, type SiteInput } from "../../src/site/settings.ts";

const input: SiteInput = {
  name: "Demo",
  description: "A demo community",
  url: "https://demo.example",
  pathPrefix: "/",
  repository: "https://github.com/demo/notes",
  branch: "main",
  language: "en-GB",
  nav: [{ label: "Blog", url: "/blog/" }],
};

describe("normalisePathPrefix", () => {
  it.each([
    ["repo", "/repo/"],
    ["/repo", "/repo/"],
    ["repo/", "/repo/"],
    ["/repo/", "/repo/"],
    ["  /repo/  ", "/repo/"],
    ["//repo//", "/repo/"],
    ["a/b", "/a/b/"],
    ["", "/"],
    ["/", "/"],
  ])("%j → %j", (prefix, expected) => {
    expect(normalisePathPrefix(prefix)).toBe(expected);
  });
});

describe("resolveSiteSettings", () => {
  it("keeps the file's values without environment variables", () => {
    const site = resolveSiteSettings(input);
    expect(site).toMatchObject({ ...input, base: "https://demo.example/" });
  });

  it("lets every SITE_* variable override the file", () => {
    const site = resolveSiteSettings(input, {
      SITE_URL: "https://org.github.io",
      SITE_PATH_PREFIX: "community-notes",
      SITE_REPOSITORY: "https://github.com/org/community-notes",
      SITE_BRANCH: "trunk",
      SITE_NAME: "Org notes",
      SITE_LANGUAGE: "cy",
    });
    expect(site).toMatchObject({
      url: "https://org.github.io",
      pathPrefix: "/community-notes/",
      repository: "https://github.com/org/community-notes",
      branch: "trunk",
      name: "Org notes",
      language: "cy",
      base: "https://org.github.io/community-notes/",
    });
    expect(site.nav).toEqual(input.nav);
    expect(site.description).toBe(input.description);
  });

  it("ignores blank variables and trims the others", () => {
    const site = resolveSiteSettings(input, { SITE_URL: "  ", SITE_NAME: "", SITE_BRANCH: " dev " });
    expect(site.url).toBe("https://demo.example");
    expect(site.name).toBe("Demo");
    expect(site.branch).toBe("dev");
  });

  it("trims trailing slashes from the url and repository", () => {
    const site = resolveSiteSettings({ ...input, url: "https://demo.example//", repository: "https://github.com/demo/notes/" });
    expect(site.url).toBe("https://demo.example");
    expect(site.repository).toBe("https://github.com/demo/notes");
    expect(site.base).toBe("https://demo.example/");
  });

  it("builds the base from the url and a path prefix written any way", () => {
    expect(resolveSiteSettings({ ...input, url: "https://org.github.io/", pathPrefix: "repo" }).base).toBe(
      "https://org.github.io/repo/",
    );
    expect(resolveSiteSettings(input, { SITE_PATH_PREFIX: "/repo" }).pathPrefix).toBe("/repo/");
  });

  it("does not change its input", () => {
    const copy = structuredClone(input);
    resolveSiteSettings(input, { SITE_NAME: "Other" });
    expect(input).toEqual(copy);
  });
});
