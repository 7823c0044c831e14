/** Every rule `npm run check` runs, in the order `--help` lists them. */
import type { Rule } from "../types.ts";
import { frontMatterRule } from "./frontMatter.ts";
import { meetingsRule } from "./meetings.ts";
import { linksRule } from "./links.ts";
import { secretsRule } from "./secrets.ts";
import { secretUrlsRule } from "./secretUrls.ts";
import { personalDataRule } from "./personalData.ts";
import { unsafeHtmlRule } from "./unsafeHtml.ts";
import { textRule } from "./text.ts";
import { mermaidRule } from "./mermaid.ts";
import { deprecated } from "./deprecated.ts";

export const ALL_RULES: Rule[] = [
  frontMatterRule,
  meetingsRule,
  linksRule,
  secretsRule,
  secretUrlsRule,
  personalDataRule,
  unsafeHtmlRule,
  textRule,
  mermaidRule,
  deprecated,
];

/** What each rule looks for, for `--help`: what an editor needs to understand a message. */
export const RULE_HELP: Record<string, string> = {
  deprecated:
    "Warnings: a front matter key or setting that a release deprecated, with what to write\n" +
    "instead, one release before it stops working (CHANGELOG.md, \"Upgrading\").",
  "front-matter":
    "YAML that does not parse (at its line); per content type: real dates, tags a list of\n" +
    "strings, draft true/false, a layout that exists (reported as `layout`), a date for posts,\n" +
    "group status/next/channel, meeting attendees and file-name dates.",
  meetings:
    "Date headings (`## 08 Dec 2023`) that are not real dates (`31 Feb`), the same meeting\n" +
    "date twice in one group (error at the second); meetings not newest first, and a weekday\n" +
    "that does not match the date (`Monday 8 December 2023`), as warnings.",
  links:
    "Internal links, `#anchors` (heading ids as the site makes them), images and files that\n" +
    "do not exist; links to drafts and to .md source files. External links are not fetched.",
  secret: "Secrets found by secretlint's recommended rules (tokens, keys, private keys) and JSON Web\nTokens. Shown masked.",
  "secret-url":
    "Credentials inside URLs: long values of token=, key=, sig=, X-Amz-Signature= and the\n" +
    "like, and user:password@ in a link, also in a URL inside another's query (as written or\n" +
    "percent-encoded). Shown masked. Revoke them: Git keeps history.",
  "personal-data":
    "E-mail addresses and phone numbers (warnings). Allowed on a page with front matter\n" +
    "`contacts: public`, or everywhere when listed in `allowedContacts` in _data/site.ts.",
  "unsafe-html":
    "Raw HTML and link URLs the build's sanitiser removes, asked of the sanitiser itself:\n" +
    "errors for what could run, load or navigate (<script>, on…= handlers, javascript: and\n" +
    "data: URLs, <iframe>, <base>, <meta>, <form>, SVG animation), warnings for markup it\n" +
    "drops but whose text it keeps (<center>, align=). The README lists what is kept.",
  text:
    "Files that are not UTF-8 or contain NUL bytes; mojibake (â€™, Ã©, Â ); a non-breaking\n" +
    "space where Markdown needs a space (`##\\u00A0Heading` stops being a heading).",
  mermaid: "Every ```mermaid diagram must parse with mermaid's own parser.",
};
