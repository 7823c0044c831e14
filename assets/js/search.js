/**
 * The search page's enhancement, loaded by /search/ only: the Pagefind UI, served from the
 * site itself, runs the query from the header form (`?q=…`) and keeps the address in step
 * with what is typed, so Back from a result returns to the same results.
 */
import { processResult } from "./search-results.js";

// This file is /<prefix>/assets/js/search.js, so the bundle is at /<prefix>/pagefind/.
const bundle = new URL("../../pagefind/", import.meta.url);

const container = document.getElementById("search");
const fallback = document.getElementById("search-fallback");
const status = document.getElementById("search-status");

/** @param {string} src */
function loadScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = src;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`Could not load ${src}`));
    document.head.append(script);
  });
}

/** @param {string} href */
function loadStyles(href) {
  return new Promise((resolve) => {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    // Unstyled results are still results: carry on either way.
    link.onload = resolve;
    link.onerror = resolve;
    document.head.append(link);
  });
}

/** Keeps `?q=` in the address bar in step with the search box, without adding history entries. */
function rememberQuery(/** @type {string} */ term) {
  const url = new URL(window.location.href);
  if (term) url.searchParams.set("q", term);
  else url.searchParams.delete("q");
  if (url.href !== window.location.href) window.history.replaceState(window.history.state, "", url);
  return term;
}

function showStatus(/** @type {string} */ message) {
  if (!status) return;
  status.textContent = message;
  status.hidden = false;
}

async function start() {
  if (!container) return;
  try {
    await Promise.all([loadStyles(new URL("pagefind-ui.css", bundle).href), loadScript(new URL("pagefind-ui.js", bundle).href)]);
  } catch {
    // `npm start` and `npm run build` write the index; a copy of the site without pagefind/ has none.
    showStatus("Search could not be loaded: this copy of the site has no search index (npm run build makes one).");
    fallback?.classList.add("is-shown");
    return;
  }
  const query = new URLSearchParams(window.location.search).get("q")?.trim() ?? "";
  // PagefindUI is the global that pagefind-ui.js defines.
  const ui = new window.PagefindUI({
    element: "#search",
    bundlePath: bundle.pathname,
    showSubResults: true,
    showImages: false,
    showEmptyFilters: false,
    openFilters: ["kind"],
    autofocus: query === "",
    processResult,
    processTerm: rememberQuery,
    translations: { placeholder: "Search meetings, posts, guides and talks" },
  });
  // The UI names its box only with a title; a real accessible name reads better.
  container.querySelector(".pagefind-ui__search-input")?.setAttribute("aria-label", "Search this site");
  // Browsers that cannot tell CSS whether scripting is on showed the fallback until now.
  if (fallback) fallback.hidden = true;
  if (query) ui.triggerSearch(query);
}

start();
