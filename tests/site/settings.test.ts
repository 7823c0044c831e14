import { describe, expect, it } from "vitest";
import { FIXTURE_SETTINGS } from "../helpers/fixtureSite.ts";
import {
  defineSite,
  normalisePathPrefix,
  resolveSiteSettings,
  SiteSettingsError,
  type SiteInput,
  type SiteSettingsProblem,
} from "../../src/site/settings.ts";

const input: SiteInput = {
  name: "Demo",
  description: "A demo community",
  url: "https://demo.example",
  pathPrefix: "/",
  repository: "https://github.com/demo/notes",
  branch: "main",
  language: "en-GB",
  nav: [{ label: "Blog", url: "/blog/" }],
  allowedContacts: ["team@demo.example"],
  groupsFolder: "special-interest",
  templates: ["index.md", "blog/*.njk"],
  productName: "Notes",
  logo: { src: "/logo.png", alt: "Demo logo" },
  footer: { text: "By the demo community.", licence: "CC BY 4.0" },
  headingPermalinks: true,
  markdownTemplateEngine: "liquid",
  permalink: "pretty",
  stylesheets: ["assets/site.css"],
  oldHeadingIds: "govuk-eleventy-plugin",
};

const SETTING_LIST =
  "the settings are name, description, url, pathPrefix, repository, branch, language, nav, allowedContacts, groupsFolder, templates, productName, logo, footer, headingPermalinks, markdownTemplateEngine, permalink, oldHeadingIds, stylesheets";

/** The error `resolveSiteSettings` throws for these arguments; fails the test when it does not throw. */
function errorFor(...args: Parameters<typeof resolveSiteSettings>): SiteSettingsError {
  try {
    resolveSiteSettings(...args);
  } catch (error) {
    if (error instanceof SiteSettingsError) return error;
    throw error;
  }
  throw new Error("expected a SiteSettingsError, but the settings were accepted");
}

/** The one problem reported for these arguments. */
function problemFor(...args: Parameters<typeof resolveSiteSettings>): SiteSettingsProblem {
  const { problems } = errorFor(...args);
  expect(problems).toHaveLength(1);
  return problems[0]!;
}

/** The message's lines after its heading, without their indentation. */
function problemLines(error: SiteSettingsError): string[] {
  return error.message.split("\n").slice(1).map((line) => line.trim());
}

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

describe("resolveSiteSettings: the permalink style", () => {
  it("accepts Jekyll's styles, a pattern, and docusaurus", () => {
    for (const permalink of ["date", "pretty", "ordinal", "none", "docusaurus", "/:categories/:year/:month/:day/:title/"]) {
      expect(resolveSiteSettings({ ...input, permalink }).permalink).toBe(permalink);
    }
  });
  it("names the setting and what is wrong with a style it cannot use", () => {
    expect(problemLines(errorFor({ ...input, permalink: "/:year/:week/:title/" }, {}, { source: "_data/site.ts" }))).toEqual([
      'permalink (from _data/site.ts): "/:year/:week/:title/" uses :week, which is not one of :year, :short_year, :month, :i_month, :day, :i_day, :y_day, :hour, :minute, :second, :title, :slug, :categories, :output_ext',
    ]);
  });
});

describe("resolveSiteSettings: the site's stylesheets", () => {
  it("takes paths of .css files in the site's folder", () => {
    expect(resolveSiteSettings({ ...input, stylesheets: ["./assets/site.css", "/theme.css"] }).stylesheets).toEqual(["assets/site.css", "theme.css"]);
  });
  it("refuses what is not a stylesheet in the site's folder", () => {
    expect(problemLines(errorFor({ ...input, stylesheets: ["assets/site.js", "../other/site.css"] }, {}, { source: "community-notes.yml" }))).toEqual([
      'stylesheets[0] (from community-notes.yml): "assets/site.js" is not a stylesheet; expected the path of a .css file from the site\'s folder, such as assets/site.css',
      'stylesheets[1] (from community-notes.yml): "../other/site.css" is not a path inside the site\'s folder; expected one such as assets/site.css',
    ]);
  });
});

describe("resolveSiteSettings: values and defaults", () => {
  it("keeps the file's values without environment variables", () => {
    expect(resolveSiteSettings(input)).toEqual({ ...input, base: "https://demo.example/" });
  });

  it("fills in every default when only name and url are given", () => {
    expect(resolveSiteSettings({ name: "Demo", url: "https://demo.example" })).toEqual({
      name: "Demo",
      description: "",
      url: "https://demo.example",
      pathPrefix: "/",
      repository: "",
      branch: "main",
      language: "en-GB",
      nav: [],
      allowedContacts: [],
      groupsFolder: "special-interest",
      templates: [],
      productName: "",
      logo: { src: "", alt: "" },
      footer: { text: "", licence: "" },
      headingPermalinks: true,
      markdownTemplateEngine: "njk",
      permalink: "",
      oldHeadingIds: "",
      stylesheets: [],
      base: "https://demo.example/",
    });
  });

  it("treats a setting given as undefined as not given", () => {
    const site = resolveSiteSettings({ ...input, description: undefined, branch: undefined });
    expect(site.description).toBe("");
    expect(site.branch).toBe("main");
  });

  it("trims trailing slashes from the url and repository", () => {
    const site = resolveSiteSettings({ ...input, url: "https://demo.example//", repository: "https://github.com/demo/notes/" });
    expect(site.url).toBe("https://demo.example");
    expect(site.repository).toBe("https://github.com/demo/notes");
    expect(site.base).toBe("https://demo.example/");
  });

  it("allows a path in the url and builds the base from it and the path prefix", () => {
    const site = resolveSiteSettings({ ...input, url: "http://localhost:8080/preview/", pathPrefix: "pr-12" });
    expect(site.url).toBe("http://localhost:8080/preview");
    expect(site.base).toBe("http://localhost:8080/preview/pr-12/");
  });

  it("builds the base from the url and a path prefix written any way", () => {
    expect(resolveSiteSettings({ ...input, url: "https://org.github.io/", pathPrefix: "repo" }).base).toBe(
      "https://org.github.io/repo/",
    );
    expect(resolveSiteSettings(input, { SITE_PATH_PREFIX: "/repo" }).pathPrefix).toBe("/repo/");
  });

  it("trims text and writes the language tag in its canonical form", () => {
    const site = resolveSiteSettings({ ...input, name: "  Demo  ", language: "en-gb", groupsFolder: " groups/local " });
    expect(site).toMatchObject({ name: "Demo", language: "en-GB", groupsFolder: "groups/local" });
  });

  it("accepts nav links to paths, web pages and mail addresses", () => {
    const nav = [
      { label: "About", url: "/about/" },
      { label: "Code", url: "https://github.com/demo/notes" },
      { label: "Write to us", url: "mailto:team@demo.example" },
    ];
    expect(resolveSiteSettings({ ...input, nav }).nav).toEqual(nav);
  });

  it("does not change its input", () => {
    const copy = structuredClone(input);
    resolveSiteSettings(input, { SITE_NAME: "Other" });
    expect(input).toEqual(copy);
  });

  it("returns an object frozen all the way down", () => {
    const site = resolveSiteSettings(input);
    expect(Object.isFrozen(site)).toBe(true);
    expect(Object.isFrozen(site.nav)).toBe(true);
    expect(Object.isFrozen(site.nav[0])).toBe(true);
    expect(Object.isFrozen(site.allowedContacts)).toBe(true);
    expect(() => Object.assign(site, { name: "Other" })).toThrow(TypeError);
    expect(() => Object.assign(site.nav, { 1: { label: "x", url: "/x/" } })).toThrow(TypeError);
    expect(() => Object.assign(site.nav[0]!, { url: "/other/" })).toThrow(TypeError);
  });

  it("does not freeze the caller's arrays", () => {
    const own = { ...input, nav: [{ label: "Blog", url: "/blog/" }], allowedContacts: ["a@b.example"] };
    resolveSiteSettings(own);
    expect(Object.isFrozen(own.nav)).toBe(false);
    expect(Object.isFrozen(own.nav[0])).toBe(false);
    expect(Object.isFrozen(own.allowedContacts)).toBe(false);
  });
});

describe("resolveSiteSettings: environment variables", () => {
  it("lets every SITE_* variable override the file", () => {
    const site = resolveSiteSettings(input, {
      SITE_URL: "https://org.github.io",
      SITE_PATH_PREFIX: "community-notes",
      SITE_REPOSITORY: "https://github.com/org/community-notes",
      SITE_BRANCH: "trunk",
      SITE_NAME: "Org notes",
      SITE_LANGUAGE: "cy",
    });
    expect(site).toEqual({
      ...input,
      url: "https://org.github.io",
      pathPrefix: "/community-notes/",
      repository: "https://github.com/org/community-notes",
      branch: "trunk",
      name: "Org notes",
      language: "cy",
      base: "https://org.github.io/community-notes/",
    });
  });

  it("ignores blank variables and trims the others", () => {
    const site = resolveSiteSettings(input, { SITE_URL: "  ", SITE_NAME: "", SITE_BRANCH: " dev ", SITE_LANGUAGE: undefined });
    expect(site.url).toBe("https://demo.example");
    expect(site.name).toBe("Demo");
    expect(site.branch).toBe("dev");
    expect(site.language).toBe("en-GB");
  });

  it("ignores variables that are not settings", () => {
    const site = resolveSiteSettings(input, { SITE_GROUPS_FOLDER: "groups", SITE_COLOUR: "red", HOME: "/root" });
    expect(site).toEqual(resolveSiteSettings(input));
  });

  it("supplies a required setting the file leaves out", () => {
    const { url: _url, ...withoutUrl } = input;
    expect(resolveSiteSettings(withoutUrl, { SITE_URL: "https://ci.example" }).base).toBe("https://ci.example/");
  });

  it("replaces a wrong value in the file with a right one", () => {
    expect(resolveSiteSettings({ ...input, url: "demo.example" }, { SITE_URL: "https://demo.example" }).url).toBe(
      "https://demo.example",
    );
  });

  it("names the variable a wrong value came from", () => {
    const error = errorFor(input, { SITE_URL: "example.github.io" });
    expect(error.problems).toEqual([
      {
        kind: "invalid",
        setting: "url",
        from: "SITE_URL",
        message: '"example.github.io" is not an absolute URL; write it with its scheme, such as https://example.github.io',
      },
    ]);
    expect(problemLines(error)).toEqual([
      'url (from SITE_URL): "example.github.io" is not an absolute URL; write it with its scheme, such as https://example.github.io',
    ]);
  });

  it.each([
    ["SITE_PATH_PREFIX", "pathPrefix", "my site"],
    ["SITE_REPOSITORY", "repository", "ftp://demo.example/notes"],
    ["SITE_BRANCH", "branch", "a..b"],
    ["SITE_LANGUAGE", "language", "en_"],
  ])("reports a wrong %s as coming from that variable", (variable, setting, value) => {
    // (SITE_NAME cannot be wrong: any text that is not blank is a name.)
    const problem = problemFor(input, { [variable]: value });
    expect(problem).toMatchObject({ kind: "invalid", setting, from: variable });
  });
});

describe("resolveSiteSettings: problems", () => {
  it("says where the settings came from, as the caller names it", () => {
    const source = "the site option of the community-notes plugin";
    const error = errorFor({ ...input, branch: "" }, {}, { source });
    expect(error.problems[0]).toMatchObject({ setting: "branch", from: source });
    expect(problemLines(error)[0]).toBe(`branch (from ${source}): expected a Git branch name such as main, got empty text`);
  });

  it("is a SiteSettingsError whose heading counts the problems", () => {
    const error = errorFor({ ...input, branch: "" });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("SiteSettingsError");
    expect(error.message.split("\n")[0]).toBe("The site settings have a problem:");
    expect(Object.isFrozen(error.problems)).toBe(true);
  });

  it.each<[string, Record<string, unknown>, string, string[]]>([
    ["a missing name", { name: undefined }, "name", ["missing", "the community's name as text"]],
    ["a blank name", { name: "   " }, "name", ["the community's name as text", "got empty text"]],
    ["a name that is not text", { name: ["Demo"] }, "name", ["the community's name as text", "got a list of 1 item"]],
    ["a description that is not text", { description: 5 }, "description", ["expected text", "got 5 (a number)"]],
    ["a missing url", { url: undefined }, "url", ["missing", "such as https://example.github.io"]],
    ["a url without a scheme", { url: "//demo.example/x/" }, "url", ['"//demo.example/x/" is not an absolute URL', "such as https://demo.example/x"]],
    ["a url that is not on the web", { url: "ftp://demo.example" }, "url", ['"ftp://demo.example"', "an http or https URL"]],
    ["a url that does not parse", { url: "https://demo example" }, "url", ['"https://demo example" is not a valid URL']],
    ["a url with a query", { url: "https://demo.example/?page=1" }, "url", ["has a query or fragment", "such as https://example.github.io"]],
    ["a url with a password", { url: "https://me:hunter2@demo.example" }, "url", ["a user name or password", "remove them"]],
    ["a path prefix with a space", { pathPrefix: "my site" }, "pathPrefix", ['"my site" is not a path', "such as / or /community-notes/"]],
    ["a path prefix that is a URL", { pathPrefix: "https://org.github.io/repo" }, "pathPrefix", ["is not a path", "the origin belongs in url"]],
    ["a path prefix with ..", { pathPrefix: "/a/../b/" }, "pathPrefix", ['"/a/../b/" is not a path']],
    ["a repository that is not a URL", { repository: "demo/notes" }, "repository", ['"demo/notes" is not an absolute URL', "https://github.com/org/notes"]],
    ["a repository's SSH address", { repository: "git@github.com:demo/notes.git" }, "repository", ["is an SSH address", "a web address, such as https://github.com/org/notes"]],
    ["a repository of another scheme", { repository: "ssh://git@github.com/demo/notes" }, "repository", ["is not a web address", "an http or https URL"]],
    ["a branch with a space", { branch: "my branch" }, "branch", ['"my branch" is not a Git branch name', "such as main or trunk"]],
    ["a branch that is not text", { branch: true }, "branch", ["a Git branch name", "got true (true or false)"]],
    ["a language that is not a tag", { language: "en-GB-!" }, "language", ['"en-GB-!" is not a BCP 47 language tag', "such as en-GB, cy or fr"]],
    ["a language written with _", { language: "en_GB" }, "language", ['"en_GB" is not a BCP 47 language tag', "write it as en-GB"]],
    ["nav that is not a list", { nav: "/blog/" }, "nav", ["a list of links", 'got "/blog/" (text)']],
    ["a nav item that is not an object", { nav: ["/blog/"] }, "nav[0]", ['a link such as { label: "About", url: "/about/" }', 'got "/blog/" (text)']],
    ["a nav item without a label", { nav: [{ url: "/blog/" }] }, "nav[0].label", ["missing", "the link's text"]],
    ["a nav url without its leading slash", { nav: [{ label: "About", url: "about/" }] }, "nav[0].url", ['"about/"', "write it as /about/"]],
    ["a protocol-relative nav url", { nav: [{ label: "X", url: "//x.example/" }] }, "nav[0].url", ["has no scheme", "https://x.example/"]],
    ["a javascript: nav url", { nav: [{ label: "X", url: "javascript:alert(1)" }] }, "nav[0].url", ['"javascript:alert(1)"', "http, https or mailto"]],
    ["allowedContacts that is not a list", { allowedContacts: "team@demo.example" }, "allowedContacts", ['a list such as ["team@example.org"]', "got"]],
    ["a contact that is not text", { allowedContacts: ["a@b.example", 7700900123] }, "allowedContacts[1]", ["an e-mail address or phone number as text", "got 7700900123 (a number)"]],
    ["templates that is not a list", { templates: "index.md" }, "templates", ['a list such as ["index.md", "blog/index.njk"]', 'got "index.md" (text)']],
    ["a template path out of the content folder", { templates: ["index.md", "../_includes/x.njk"] }, "templates[1]", ['"../_includes/x.njk" has . or .. in it', "from the content folder"]],
    ["a template glob that lists everything", { templates: ["**/*.md"] }, "templates[0]", ['"**/*.md" lists every file']],
  ])("reports %s", (_, patch, setting, parts) => {
    const error = errorFor({ ...input, ...patch });
    expect(error.problems).toHaveLength(1);
    const problem = error.problems[0]!;
    expect(problem).toMatchObject({ kind: "invalid", setting, from: "the site settings" });
    for (const part of parts) expect(problem.message).toContain(part);
    expect(problemLines(error)).toEqual([`${setting} (from the site settings): ${problem.message}`]);
  });

  it("writes a nav item's wrong url as the design asks", () => {
    const nav = [
      { label: "Blog", url: "/blog/" },
      { label: "Guides", url: "/guides/" },
      { label: "About", url: 42 },
    ];
    expect(problemLines(errorFor({ ...input, nav }))).toEqual([
      "nav[2].url (from the site settings): expected a path such as /about/ or a URL, got 42 (a number)",
    ]);
  });

  it.each([
    ["null", null, "got null"],
    ["a list", [input], "got a list of 1 item"],
    ["text", "Demo", 'got "Demo" (text)'],
    ["nothing", undefined, "missing"],
  ])("reports settings that are %s rather than an object", (_, value, got) => {
    const error = errorFor(value, { SITE_NAME: "Demo", SITE_URL: "https://demo.example" });
    expect(error.problems).toEqual([
      { kind: "invalid", setting: "", from: "the site settings", message: expect.stringContaining(got) },
    ]);
    expect(problemLines(error)[0]).toMatch(/^the site settings: .*an object of settings such as \{ name, url \}/);
  });

  it("reports every problem at once, one per line, in the order of the settings", () => {
    const error = errorFor(
      { ...input, name: "", language: "english!", nav: [{ label: "A", url: 1 }], groupsFolder: "/sig/", colour: "red" },
      { SITE_URL: "demo.example" },
    );
    expect(error.problems.map(({ setting, from }) => `${setting} ${from}`)).toEqual([
      "name the site settings",
      "url SITE_URL",
      "language the site settings",
      "nav[0].url the site settings",
      "groupsFolder the site settings",
      "colour the site settings",
    ]);
    expect(error.message.split("\n")[0]).toBe("The site settings have 6 problems:");
    const lines = problemLines(error);
    expect(lines).toHaveLength(6);
    expect(lines[1]).toMatch(/^url \(from SITE_URL\): "demo\.example" is not an absolute URL/);
    expect(lines[5]).toMatch(/^unknown setting "colour" \(in the site settings\)/);
  });
});

describe("resolveSiteSettings: unknown settings", () => {
  it("lists the settings there are", () => {
    const error = errorFor({ ...input, colour: "red" });
    expect(error.problems).toEqual([{ kind: "unknown", setting: "colour", from: "the site settings", message: SETTING_LIST }]);
    expect(problemLines(error)).toEqual([`unknown setting "colour" (in the site settings): ${SETTING_LIST}`]);
  });

  it.each([
    ["pathprefix", "pathPrefix"],
    ["descripton", "description"],
    ["allowedContact", "allowedContacts"],
    ["contacts", "allowedContacts"],
    ["repo", "repository"],
    ["lang", "language"],
    ["nme", "name"],
    ["groupFolder", "groupsFolder"],
  ])("suggests %s → %s", (key, suggestion) => {
    const problem = problemFor({ ...input, [key]: "x" });
    expect(problem).toMatchObject({ kind: "unknown", setting: key });
    expect(problem.message).toMatch(new RegExp(`^did you mean ${suggestion}\\? The settings are name, description`));
  });

  it("suggests nothing when no setting is close", () => {
    expect(problemFor({ ...input, theme: "dark" }).message).toBe(SETTING_LIST);
  });

  it("explains that base is worked out, not set", () => {
    const problem = problemFor({ ...input, base: "https://demo.example/" });
    expect(problem).toMatchObject({ kind: "unknown", setting: "base" });
    expect(problem.message).toContain("base is worked out from url and pathPrefix");
  });

  it("reports unknown keys in a nav item with their path", () => {
    const error = errorFor({ ...input, nav: [{ label: "Blog", url: "/blog/" }, { label: "About", url: "/about/", lable: "x" }] });
    expect(error.problems).toEqual([
      { kind: "unknown", setting: "nav[1].lable", from: "the site settings", message: "did you mean label? A link has label and url" },
    ]);
    expect(problemLines(error)[0]).toBe(
      'unknown setting "nav[1].lable" (in the site settings): did you mean label? A link has label and url',
    );
  });
});

describe("resolveSiteSettings: values in messages", () => {
  const token = "ghp_" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8";

  it("masks a value that looks like a secret, as every message does (maskSecret)", () => {
    const error = errorFor(input, { SITE_URL: token });
    expect(error.problems[0]!.message).toMatch(/^"ghp_…Q7r8" is not an absolute URL; write it with its scheme, such as https:\/\/example\.github\.io$/);
    expect(error.message).not.toContain(token.slice(0, 12));
  });

  it("builds no suggestion out of a secret", () => {
    for (const [patch, env] of [
      [{}, { SITE_URL: `demo.example/${token}` }],
      [{}, { SITE_LANGUAGE: `en_${token}` }],
      [{ groupsFolder: `/${token}/` }, {}],
      [{ nav: [{ label: "X", url: `x/${token}` }] }, {}],
      [{ nav: [{ label: "X", url: `//${token}.example` }] }, {}],
    ] as const) {
      const error = errorFor({ ...input, ...patch }, env);
      expect(error.message).not.toContain(token.slice(4, 12));
    }
  });

  it("masks a secret given as the name of a setting", () => {
    const error = errorFor({ ...input, [token]: "x" });
    expect(error.problems[0]!.setting).toBe("ghp_…Q7r8");
    expect(error.message).not.toContain(token.slice(4, 12));
  });

  it("masks a secret given as a number", () => {
    const message = problemFor({ ...input, branch: 98765432109876543210 }).message;
    // 98765432109876543210 is printed by JavaScript as 98765432109876540000.
    expect(message).toMatch(/got 987…000 \(a number\)$/);
  });

  it("cuts a long value to about 60 characters", () => {
    const long = "demo community notes site at some address that goes on and on and on";
    const message = problemFor({ ...input, url: long }).message;
    const quoted = /^"([^"]*)"/.exec(message)?.[1];
    expect(quoted).toBe(`${long.slice(0, 59)}…`);
    expect(message).not.toContain(long);
  });

  it("does not print the password in a URL", () => {
    const error = errorFor(input, { SITE_REPOSITORY: "https://me:hunter2@github.com/demo/notes" });
    expect(error.problems[0]).toMatchObject({ setting: "repository", from: "SITE_REPOSITORY" });
    expect(error.message).not.toContain("hunter2");
  });
});

describe("resolveSiteSettings: groupsFolder", () => {
  it.each(["special-interest", "groups", "groups/local", "SIG_2", "a/b-c/d_e"])("accepts %j", (groupsFolder) => {
    expect(resolveSiteSettings({ ...input, groupsFolder }).groupsFolder).toBe(groupsFolder);
  });

  it.each([
    ["/groups", "starts or ends with a slash; write it as groups"],
    ["groups/local/", "starts or ends with a slash; write it as groups/local"],
    ["/", "starts or ends with a slash; expected a folder such as special-interest"],
    ["../groups", "is not a folder inside the content folder"],
    ["groups/../x", "is not a folder inside the content folder"],
    ["./groups", "is not a folder inside the content folder"],
    ["my groups", "letters, digits, - and _ separated by /"],
    ["groups//local", "letters, digits, - and _ separated by /"],
    ["groups\\local", "letters, digits, - and _ separated by /"],
    ["", "expected a folder inside the content folder, such as special-interest or groups/local, got empty text"],
  ])("rejects %j", (groupsFolder, part) => {
    const problem = problemFor({ ...input, groupsFolder });
    expect(problem).toMatchObject({ kind: "invalid", setting: "groupsFolder", from: "the site settings" });
    expect(problem.message).toContain(part);
    if (groupsFolder.trim()) expect(problem.message).toContain(JSON.stringify(groupsFolder));
  });

  it("rejects a folder that is not text", () => {
    expect(problemFor({ ...input, groupsFolder: ["groups"] }).message).toMatch(/^expected a folder .*, got a list of 1 item$/);
  });
});

describe("defineSite", () => {
  it("returns its argument unchanged", () => {
    expect(defineSite(input)).toBe(input);
  });
});

describe("the fixture site's settings", () => {
  // The settings the tests build every site with (a copy of the demo's), as the plugin is given them.
  const fixture = FIXTURE_SETTINGS;

  it("are valid, and give the base the site is published at", () => {
    const site = resolveSiteSettings(defineSite(fixture));
    expect(site.base).toBe("https://example-community.github.io/");
    expect(site).toMatchObject({ ...fixture, groupsFolder: "special-interest" });
  });
});
