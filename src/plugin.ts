/**
 * community-notes as an Eleventy plugin:
 *
 *   import communityNotes from "community-notes";
 *   export default function (eleventyConfig) {
 *     eleventyConfig.addPlugin(communityNotes, { site: { name: "…", url: "https://…" } });
 *   }
 *
 * Wiring only: every piece with logic lives in its own module under src/ and is tested there.
 * The content folder is Eleventy's input folder, whatever it is; layouts and partials come
 * from the site's includes folder first, then from the tool's.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { HtmlBasePlugin } from "@11ty/eleventy";
import syntaxHighlight from "@11ty/eleventy-plugin-syntaxhighlight";

import type { EleventyConfig } from "./eleventy/types.ts";
import { checkEveryFile, checkSessionOf, pageOf, problemReporter } from "./eleventy/session.ts";
import { copyAssets } from "./eleventy/assets.ts";
import { ContentError } from "./diagnostics/diagnostic.ts";
import { FrontMatterBlocks, refusedEngines, yamlEngine } from "./eleventy/frontMatterEngine.ts";
import { useSiteMarkdown } from "./eleventy/markdown.ts";
import { guardTemplates } from "./eleventy/templates.ts";
import { templatesAllowed } from "./content/templates.ts";
import { isWithin } from "./content/paths.ts";
import { addModelCollection, isToolTemplate, MODEL_COLLECTION } from "./eleventy/model.ts";
import { sourceFile } from "./content/source.ts";
import { useToolLayouts } from "./eleventy/layouts.ts";
import { screenContent } from "./eleventy/screen.ts";
import { outputProblem, passthroughOutputs, type ReservedOutput } from "./eleventy/outputs.ts";
import { layoutAliasesOf, passthroughCopiesOf } from "./eleventy/adapter.ts";
import { addSearchStep } from "./eleventy/search.ts";
import { resolveSiteSettings, type SiteInput, type SiteSettings } from "./site/settings.ts";
import { loadSettingsFile, SETTINGS_FILE, type SettingsFile } from "./site/settingsFile.ts";
import { classify, relativeToInput } from "./content/classify.ts";
import { resolveContentDate } from "./content/contentDate.ts";
import { displayPath } from "./content/frontMatter.ts";
import { pageAddress } from "./content/permalinks.ts";
import { addressFacts, SiteAddresses } from "./eleventy/addresses.ts";
import { GitDates } from "./content/gitDates.ts";
import { giveDefaultTitle, type TitledData } from "./content/titles.ts";
import { loneCarriageReturn, unreadableAt } from "./content/readable.ts";
import { groupCalendar } from "./community/calendar.ts";
import { groupsUrl } from "./community/groups.ts";
import { defaultLayout, layoutResolves, unknownLayoutMessage } from "./content/layouts.ts";
import type { Community } from "./community/community.ts";
import { createMarkdown } from "./markdown/index.ts";
import { lostContentIn } from "./markdown/lostContent.ts";
import { sanitiseHtml } from "./sanitise/sanitise.ts";
import { addCollections } from "./collections/index.ts";
import { redirectsOf } from "./collections/redirects.ts";
import { addFilters } from "./filters/index.ts";
import { talksExtension } from "./talks/extension.ts";
import { refuseSecrets } from "./eleventy/secrets.ts";
import { COPIED_FORMATS } from "./content/files.ts";
import { jekyllVariables } from "./markdown/jekyllVariables.ts";
import { addSystemPages, TOOL_PAGES_FOLDER } from "./pages/index.ts";
import { plainExcerpt } from "./markdown/html.ts";
import { GOVUK_SCRIPT, GOVUK_STYLESHEET, govukScriptFile, govukStylesheetFile } from "./eleventy/govukFrontend.ts";
import eleventyNavigation from "@11ty/eleventy-navigation";

export interface CommunityNotesOptions {
  /**
   * The site settings (see README, "Configuring the site"); environment variables override
   * them. Without them, the settings are read from `community-notes.yml` in the working folder
   * (or `settingsFile`).
   */
  site?: SiteInput;
  /** The settings file to read when `site` is not given; default `community-notes.yml`. */
  settingsFile?: string;
}

const OPTIONS_SOURCE = "the site option of the community-notes plugin";
/** Docusaurus's marker for where a post's summary ends. */
const TRUNCATE_MARKER = "<!-- truncate -->";

/**
 * The site's path prefix (its `pathPrefix` setting, or SITE_PATH_PREFIX), for the Eleventy
 * configuration to return (`return { pathPrefix: pathPrefixOf(site) }`): plugins cannot set
 * it, and Eleventy's development server serves the site under it. The plugin applies the
 * prefix to the built pages either way.
 */
export function pathPrefixOf(site?: SiteInput): string {
  return siteSettingsOf({ site }).settings.pathPrefix;
}

/** The checked settings the plugin's options give: `site`, or the settings file (and where each setting is written in it). */
function siteSettingsOf(options: CommunityNotesOptions | undefined): { settings: SiteSettings; file?: SettingsFile } {
  if (options?.site !== undefined) return { settings: resolveSiteSettings(options.site, process.env, { source: OPTIONS_SOURCE }) };
  const file = loadSettingsFile(path.resolve(options?.settingsFile ?? SETTINGS_FILE), process.env);
  return { settings: file.settings, file };
}

/** The folder this package was installed in: its layouts, pages and assets live there. */
const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export default function communityNotes(eleventyConfig: EleventyConfig, options: CommunityNotesOptions = {}) {
  const { settings: site, file: settingsFile } = siteSettingsOf(options);
  const session = checkSessionOf(eleventyConfig);
  if (session) {
    session.settings = site;
    if (settingsFile) session.settingsFile = { file: settingsFile.file, keys: settingsFile.lines };
  }
  const report = problemReporter(session);
  const inputDir = () => eleventyConfig.directories.input;
  // What a file is, from its path and (where a step has them) its data: `tags: post` makes a post.
  const classifyPath = (inputPath: string, data: Record<string, unknown> = {}) => classify(relativeToInput(inputPath, inputDir()), data, site);

  // Templates run only in the files the site's settings list; the site's own folders are its code.
  const mayRunTemplates = templatesAllowed(site.templates);
  const codeFolders = () => [eleventyConfig.directories.includes, eleventyConfig.directories.layouts, eleventyConfig.directories.data].filter((folder): folder is string => Boolean(folder));
  const isContent = (inputPath: string) =>
    isWithin(inputDir(), inputPath) && !isToolTemplate(inputPath, TOOL_PAGES_FOLDER) && !codeFolders().some((folder) => isWithin(folder, inputPath));

  // Files that would run code, links out of the repository, hidden pages: refused, and never read.
  const screening = screenContent(inputDir(), { skip: codeFolders(), templatesAllowed: mayRunTemplates });
  for (const pattern of screening.ignores) eleventyConfig.ignores.add(pattern);
  for (const { file, rule, message } of screening.problems) report({ file, line: 1, column: 1, rule, message });
  // Nothing is left out without a word: a check names each file the site does not publish.
  if (session) for (const { file, rule, message } of screening.unpublished) report({ file, line: 1, column: 1, rule, severity: "warning", message });

  // Site settings, for every template.
  eleventyConfig.addGlobalData("site", site);

  // Front matter from Eleventy, Jekyll and Docusaurus: read once by our YAML reader, normalised, located.
  const blocks = new FrontMatterBlocks();
  // Where each page is published (by its permalink, or its path and the site's permalink style), once Eleventy has read them all.
  // Drafts (`draft: true`, `published: false`, Jekyll's `_drafts/`) are previewed under `npm start`
  // (and checked) and left out of production builds entirely.
  const isDraft = (relativePath: string, data: Record<string, unknown>) => data.draft === true || relativePath.split("/").includes("_drafts");
  const leftOutOfBuild = (relativePath: string, data: Record<string, unknown>) => isDraft(relativePath, data) && process.env.ELEVENTY_RUN_MODE === "build" && !session;
  const permalinkStyle = site.permalink || undefined;
  const addresses = new SiteAddresses({
    pages: screening.pages,
    inputDir,
    blocks,
    style: permalinkStyle,
    kindOf: (page, data) => classify(page, data, site).kind,
    leftOut: leftOutOfBuild,
  });
  eleventyConfig.on("eleventy.before", () => addresses.reset());
  const templates = guardTemplates(eleventyConfig, {
    isContent,
    allowed: (inputPath) => mayRunTemplates(relativeToInput(inputPath, inputDir())),
    blocks,
    report,
    templated: session?.templated ?? new Set(),
    markdownEngine: site.markdownTemplateEngine,
  });
  // Only YAML: `---js` front matter would run code, and content never runs code. Markdown is
  // never run as a template first (notes are full of `{{ }}` in code) unless the site says so.
  eleventyConfig.setFrontMatterParsingOptions({
    engines: { ...refusedEngines(report), yaml: yamlEngine(blocks, report) },
    // Called for every file once its front matter is read, with the file as it was read.
    excerpt(file: { data?: Record<string, unknown> | null; orig?: unknown }, options: { filePath?: string }) {
      // Line breaks Eleventy does not see lose the front matter (and the page with it).
      const original = typeof file.orig === "string" || Buffer.isBuffer(file.orig) ? String(file.orig) : "";
      const loneCr = original.includes("\r") ? loneCarriageReturn(original) : undefined;
      if (loneCr) report({ file: displayPath(options.filePath), ...loneCr, rule: "text" });
      templates.frontMatter(file, options);
      // A layout nobody has is reported at its line, before Eleventy looks for it: the build
      // stops there, a check goes on with the page's default layout and reports every such page.
      const layout = file.data?.layout;
      const inputPath = options.filePath;
      if (typeof layout === "string" && inputPath && isContent(inputPath) && !layoutExists(layout)) {
        file.data!.layout = defaultLayout(classifyPath(inputPath, file.data ?? {}).kind);
        report({ file: displayPath(inputPath), line: blocks.get(inputPath)?.keyLines.get("layout") ?? 1, column: 1, rule: "layout", message: unknownLayoutMessage(layout) });
      }
    },
  });
  // Dates from content only: never the file system, so builds are reproducible.
  eleventyConfig.addDateParsing(function (value) {
    const inputPath = this.page.inputPath;
    try {
      return resolveContentDate(value, inputPath, classifyPath(inputPath, blocks.get(inputPath)?.data).kind === "post", blocks.get(inputPath));
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      report(error.diagnostic);
      return undefined;
    }
  });
  // A page's URL mirrors its path (Jekyll's date prefix dropped from posts); a group's index.md is its group page's text.
  // A paginated page's later pages are numbered below it (`/news/1/`), as Eleventy numbers them.
  eleventyConfig.addGlobalData("permalink", () => (data: { page: { inputPath: string; filePathStem: string }; categories?: unknown; pagination?: { pageNumber?: unknown } }) => {
    const kind = classifyPath(data.page.inputPath, data).kind;
    if (kind === "group-index") return false;
    const url = pageAddress(addressFacts(relativeToInput(data.page.inputPath, inputDir()), data, kind === "post"), permalinkStyle);
    const pageNumber = data.pagination?.pageNumber;
    return typeof pageNumber === "number" && pageNumber > 0 && url.endsWith("/") ? `${url}${pageNumber}/` : url;
  });

  // A file that is not UTF-8 text stops the build with its name, rather than publishing mojibake.
  eleventyConfig.addPreprocessor("readable", "md", function (this: { inputPath: string }, _data, content) {
    if (content.includes("\uFFFD") || content.includes("\u0000")) checkReadable(this.inputPath);
    return undefined;
  });
  eleventyConfig.addPreprocessor("drafts", "*", function (this: { inputPath: string }, data) {
    const relativePath = relativeToInput(this.inputPath, inputDir());
    if (isDraft(relativePath, data)) data.draft = true;
    return leftOutOfBuild(relativePath, data) ? false : undefined;
  });
  // A page that names no layout (nor does its folder's data) gets the one for its kind; the
  // layout is read when the page is rendered, so a site's own layout of that name is used.
  eleventyConfig.addPreprocessor("default-layout", "*", function (this: { inputPath: string }, data) {
    if (data.layout === undefined) data.layout = defaultLayout(classifyPath(this.inputPath, data).kind);
    return undefined;
  });
  const layoutExists = (layout: string) =>
    layoutResolves(layout, layoutAliasesOf(eleventyConfig), eleventyConfig.directories.layouts ?? eleventyConfig.directories.includes, (file) => existsSync(file));
  // A page without a title gets one from its file name.
  eleventyConfig.addPreprocessor("default-title", "*", (data, content) => {
    giveDefaultTitle(data as TitledData, typeof content === "string" ? content : "");
    return undefined;
  });
  // A page's summary (listings, feeds, search), as other tools let one be written: front matter
  // `excerpt` (Jekyll, the GOV.UK plugin), or the text above `<!-- truncate -->` (Docusaurus).
  eleventyConfig.addPreprocessor("excerpts", "md", (data, content) => {
    if (typeof data.description === "string" && data.description.trim()) return undefined;
    if (typeof data.excerpt === "string" && data.excerpt.trim()) data.description = data.excerpt.trim();
    else {
      const cut = typeof content === "string" ? content.indexOf(TRUNCATE_MARKER) : -1;
      if (cut > 0) data.description = plainExcerpt(markdown.instance().render((content as string).slice(0, cut)), 300);
    }
    return undefined;
  });
  // A page holding a secret is not published (a check reports every secret through its rules instead).
  if (!session) refuseSecrets(eleventyConfig, { isContent, blocks, report });
  // The check reads every file, including those kept out of collections.
  if (session) checkEveryFile(eleventyConfig, session, (inputPath, data, body) => sourceFile({ inputPath, inputDir: inputDir(), data, body, frontMatter: blocks.get(inputPath), ...pageOf(data) }, site));

  function checkReadable(inputPath: string, bytes?: Uint8Array): void {
    const problem = unreadableAt(bytes ?? readBytes(inputPath));
    if (problem) report({ file: displayPath(inputPath), ...problem, rule: "text" });
  }

  // Markdown: one instance, the site's (with whatever the site adds through amendLibrary).
  // Jekyll's link variables (`{{ site.baseurl }}`, `relative_url`) are read as the addresses they stand for;
  // `{% link %}` and `{% post_url %}` as the address the file they name is published at.
  const postByName = new Map(screening.pages.filter((page) => page.split("/").includes("_posts")).map((page) => [path.posix.parse(page).name, page]));
  const jekyllAddress = (kind: "link" | "post_url", written: string) => {
    const page = kind === "link" ? written.replace(/^\/+/, "") : postByName.get(written);
    return page === undefined ? undefined : addresses.addressOf(page);
  };
  const markdown = useSiteMarkdown(eleventyConfig, createMarkdown({ headingPermalinks: site.headingPermalinks, ...(site.oldHeadingIds ? { oldHeadingIds: site.oldHeadingIds } : {}) }).use(jekyllVariables, { base: site.base, addressOf: jekyllAddress }), (collections) => collections[MODEL_COLLECTION] as Community | undefined, {
    inspect(tokens, inputPath, source) {
      templates.inspect(tokens, inputPath, source);
      // Nothing a page says is hidden without a word: an unclosed comment, a raw-text element, nesting past the limit.
      if (!inputPath || !isContent(inputPath)) return;
      const bodyLine = blocks.get(inputPath)?.bodyLine ?? 1;
      const maxNesting = (markdown.instance().options as { maxNesting?: number }).maxNesting ?? 100;
      for (const lost of lostContentIn(tokens, source, maxNesting)) {
        report({ file: displayPath(inputPath), line: bodyLine + lost.line, column: 1, rule: "lost-text", message: lost.message });
      }
    },
    // Whatever the check said: raw HTML is published only as the allowlist keeps it.
    publish: sanitiseHtml,
  });
  if (session) session.markdown = markdown.instance;
  eleventyConfig.addPlugin(syntaxHighlight, { errorOnInvalidLanguage: false });
  // Rewrites every root-relative URL in HTML for a path prefix (project sites on GitHub Pages).
  // The prefix is a site setting; plugins read it from the configuration.
  if (site.pathPrefix !== "/" || !eleventyConfig.pathPrefix) eleventyConfig.pathPrefix = site.pathPrefix;
  eleventyConfig.addPlugin(HtmlBasePlugin, { baseHref: eleventyConfig.pathPrefix });

  // Talk transcripts.
  eleventyConfig.addExtension(
    "txt",
    talksExtension(
      (inputPath) => classifyPath(inputPath).kind === "talk",
      (bytes, inputPath) => {
        checkReadable(inputPath, bytes);
        return Buffer.from(bytes).toString("utf8");
      },
      // What a transcript leaves out stops the build; a check also hears what it only guessed.
      (inputPath, problems) => {
        for (const { line, severity, message } of problems) {
          if (session || severity === "error") report({ file: displayPath(inputPath), line, column: 1, rule: "transcript", severity, message });
        }
      },
    ),
  );
  eleventyConfig.addTemplateFormats("txt");
  // Images, slides and documents beside pages are published at their path (Eleventy copies a format it has no engine for).
  eleventyConfig.addTemplateFormats(COPIED_FORMATS.join(","));

  // Layouts and partials: the site's own first, then ours. Jekyll's layout names resolve to ours.
  useToolLayouts(eleventyConfig, path.join(PACKAGE_ROOT, "_includes"), { inputDir: inputDir(), mayRun: mayRunTemplates, codeFolders, jekyllIncludes: site.markdownTemplateEngine === "liquid" });
  eleventyConfig.addLayoutAlias("post", "blog_post.njk");
  eleventyConfig.addLayoutAlias("default", "layout.njk");
  // GOV.UK Frontend's styles, for pages whose templates use its macros (linked from those pages only).
  // A check writes nothing, so it prepares no files to copy.
  if (!session) {
    const govukStylesheet = govukStylesheetFile();
    if (govukStylesheet) eleventyConfig.addPassthroughCopy({ [govukStylesheet]: GOVUK_STYLESHEET.slice(1) });
    const govukScript = govukScriptFile();
    if (govukScript) eleventyConfig.addPassthroughCopy({ [govukScript]: GOVUK_SCRIPT.slice(1) });
  }
  // The GOV.UK Eleventy plugin's layouts by name: `product`, `sub-navigation` and `collection` have their own.
  eleventyConfig.addLayoutAlias("side-navigation", "sub-navigation.njk");
  // Eleventy's navigation plugin, for sites' own templates that use its filters (our sub-navigation is collections.subNavigation).
  eleventyConfig.addPlugin(eleventyNavigation);

  // The tool's own pages: listings, feeds, sitemap, search.
  // A page of the site's own at one of their addresses (by its path, `blog/index.njk`, or its permalink) replaces it.
  const listingTitles = addSystemPages(
    eleventyConfig,
    path.join(PACKAGE_ROOT, "src/pages"),
    { "groups.njk": { permalink: groupsUrl(site.groupsFolder) } },
    (url) => addresses.has(url),
  );

  // The content model: every file, meeting and group of the build, read once.
  const communityOf = addModelCollection(eleventyConfig, TOOL_PAGES_FOLDER, {
    blocks,
    markdown: () => markdown.instance(),
    language: site.language,
    groupsFolder: site.groupsFolder,
    report,
    listingTitles,
    keepTokens: Boolean(session),
    onModel: (community) => {
      if (session) session.community = community;
    },
  });
  addCollections(eleventyConfig, communityOf);
  // Old addresses (`redirect_from`) get a page each that sends visitors on.
  eleventyConfig.addCollection("communityRedirects", (api) => {
    const { redirects, problems } = redirectsOf(api.getAll());
    for (const { inputPath, message } of problems) {
      report({ file: displayPath(inputPath), line: blocks.get(inputPath)?.keyLines.get("redirect_from") ?? 1, column: 1, rule: "output", message });
    }
    return redirects;
  });
  eleventyConfig.addCollection("groupCalendars", (api) =>
    communityOf(api)
      .groups.map((group) => ({ slug: group.slug, url: group.url, ics: groupCalendar(group, site.base, site.name) }))
      .filter((entry) => entry.ics !== undefined),
  );
  addFilters(eleventyConfig, site, (source) => markdown.instance().render(source));

  // "Last updated" from Git: `git log` starts with the build and runs while Eleventy reads the content.
  const git = new GitDates();
  eleventyConfig.on("eleventy.before", ({ directories }: { directories: { input: string } }) => void git.start(directories.input));
  // Frozen: Eleventy copies plain objects into every page's data, but shares frozen ones.
  eleventyConfig.addGlobalData("lastUpdated", async () => Object.freeze(Object.fromEntries(await git.dates(inputDir()))));

  // The site's own stylesheets, published at their paths (base.njk links them after ours).
  for (const stylesheet of site.stylesheets) {
    if (!existsSync(path.resolve(stylesheet))) {
      report({ file: stylesheet, line: 1, column: 1, rule: "settings", message: `is named in the stylesheets setting but does not exist; add it, or take it out of the setting` });
    } else if (!session) eleventyConfig.addPassthroughCopy(stylesheet);
  }
  // Styles, scripts and mermaid, served from the site itself.
  copyAssets(eleventyConfig, path.join(PACKAGE_ROOT, "assets"), [path.resolve("node_modules"), path.join(PACKAGE_ROOT, "node_modules")]);

  // Every page is written inside the output folder, and over nothing the site copies there.
  let reserved: ReservedOutput[] | undefined;
  eleventyConfig.addTransform("output-inside", function (this: { page: { inputPath: string; outputPath: string | false } }, content: unknown) {
    const { inputPath, outputPath } = this.page;
    if (typeof outputPath !== "string") return content;
    reserved ??= [...passthroughOutputs(passthroughCopiesOf(eleventyConfig), inputDir()), { path: "pagefind", folder: true, owner: "the search index" }];
    const problem = outputProblem(outputPath, eleventyConfig.directories.output, reserved);
    if (problem) report({ file: displayPath(inputPath), line: blocks.get(inputPath)?.keyLines.get("permalink") ?? 1, column: 1, rule: "output", message: problem });
    return content;
  });

  // Search: Pagefind indexes what the build wrote (not in a check, which writes nothing).
  addSearchStep(eleventyConfig, () => !session);

  eleventyConfig.addWatchTarget(path.join(PACKAGE_ROOT, "_includes"));
}

function readBytes(inputPath: string): Uint8Array {
  try {
    return readFileSync(inputPath);
  } catch {
    return new Uint8Array();
  }
}
