// markdown-it-footnote ships no types and there is no @types package for v4;
// this is the whole surface we use.
declare module "markdown-it-footnote" {
  import type { PluginSimple } from "markdown-it";
  const footnote: PluginSimple;
  export default footnote;
}
