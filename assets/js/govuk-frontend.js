// Starts GOV.UK Frontend's components (accordions, tabs, character counts…) on pages that
// have one: base.njk loads this only where the HTML has `data-module="govuk-…"`. The package's
// own script is served from the site (/assets/vendor/govuk-frontend/). Without JavaScript, or
// where it fails, each component stays its no-JavaScript version.
import { initAll } from "../vendor/govuk-frontend/govuk-frontend.min.js";

// The package's styles for the enhanced components apply below this class, which its own
// templates set with an inline script; this site allows no inline script, so it is set here.
document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();
