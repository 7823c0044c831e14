/**
 * The community's own settings, given to the community-notes plugin in `.eleventy.ts`
 * (README, "Configuring the site"). CI may override them with SITE_URL, SITE_PATH_PREFIX,
 * SITE_REPOSITORY, SITE_BRANCH, SITE_NAME and SITE_LANGUAGE.
 */
import { defineSite } from "../src/site/settings.ts";

export default defineSite({
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
});
