/**
 * The community's own settings. Edit the values below; CI may override them with
 * SITE_URL, SITE_PATH_PREFIX, SITE_REPOSITORY, SITE_BRANCH, SITE_NAME, SITE_LANGUAGE.
 */
import { resolveSiteSettings } from "../src/site/settings.ts";

export default resolveSiteSettings(
  {
    name: "Open Source Community of Practice",
    description:
      "Meeting notes, guides, talks and news from a cross-government community of people who build and share open source in the public sector.",
    url: "https://example-community.github.io",
    pathPrefix: "/",
    repository: "https://github.com/example-community/community-notes",
    branch: "main",
    language: "en-GB",
    // Contact details that may appear on any page; `npm run check` warns about others.
    allowedContacts: [],
    nav: [
      { label: "Meetings", url: "/meetings/" },
      { label: "Groups", url: "/special-interest/" },
      { label: "Blog", url: "/blog/" },
      { label: "Guides", url: "/guides/" },
      { label: "Talks", url: "/talks/" },
      { label: "About", url: "/about/" },
    ],
  },
  process.env,
);
