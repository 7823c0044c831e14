// Loaded only on pages whose content has a diagram. Mermaid itself (a few hundred KB for a
// flowchart) is fetched from this site, relative to this script, so a path prefix just works.
const diagrams = document.querySelectorAll("pre.mermaid");
if (diagrams.length > 0) {
  const { default: mermaid } = await import(new URL("../vendor/mermaid/mermaid.esm.min.mjs", import.meta.url).href);
  const dark = window.matchMedia("(prefers-color-scheme: dark)").matches;
  // Diagrams keep their natural size (shrunk to a phone's width their labels become
  // unreadable); a diagram wider than the page scrolls sideways instead.
  const natural = { useMaxWidth: false };
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: "strict",
    theme: dark ? "dark" : "default",
    flowchart: natural,
    sequence: natural,
    class: natural,
    state: natural,
    er: natural,
    gantt: natural,
    journey: natural,
  });
  await mermaid.run({ nodes: diagrams });
  for (const diagram of diagrams) {
    const figure = diagram.closest(".diagram");
    if (figure && figure.scrollWidth > figure.clientWidth) {
      // A scrolling region must be reachable and named for keyboard and screen reader users.
      figure.tabIndex = 0;
      figure.setAttribute("role", "group");
      figure.setAttribute("aria-label", "Diagram, scrolls sideways");
    }
  }
}
