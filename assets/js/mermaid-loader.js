// Loaded only on pages whose content has a diagram. Mermaid itself (a few hundred KB for a
// flowchart) is fetched from this site, relative to this script, so a path prefix just works.
const diagrams = document.querySelectorAll("pre.mermaid");
if (diagrams.length > 0) {
  const { default: mermaid } = await import(new URL("../vendor/mermaid/mermaid.esm.min.mjs", import.meta.url).href);
  const dark = window.matchMedia("(prefers-color-scheme: dark)").matches;
  mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: dark ? "dark" : "default" });
  await mermaid.run({ nodes: diagrams });
}
