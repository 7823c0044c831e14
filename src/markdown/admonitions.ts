/**
 * Docusaurus admonitions (`:::note`, `:::tip Title`, `:::warning[Title]` … `:::`), rendered
 * as the GitHub alerts the site already has (`> [!NOTE]`), so a Docusaurus site's notes look
 * like every other note on the site. The block syntax is markdown-it-container's; the markup,
 * icon included, is markdown-it-github-alerts' own (taken from how it renders an alert).
 */
import { escapeHtml } from "./html.ts";
import type { MarkdownIt, PluginWithParams, Token } from "markdown-it";
import container from "markdown-it-container";

/** Docusaurus's types, and the GitHub alert each is shown as. */
const TYPES: Readonly<Record<string, string>> = {
  note: "note",
  info: "note",
  tip: "tip",
  important: "important",
  warning: "warning",
  caution: "warning",
  danger: "caution",
};

const OPENING = /^([a-z]+)(?:\[([^\]]*)\]|\s+(.*))?$/i;

/** The icon markdown-it-github-alerts puts in an alert of this type, from its own rendering. */
function alertIcon(md: MarkdownIt, type: string): string {
  const open = md.parse(`> [!${type.toUpperCase()}]\n> x\n`, {}).find((token) => token.type === "alert_open");
  return typeof open?.meta?.icon === "string" ? open.meta.icon : "";
}

export function admonitions(md: MarkdownIt): void {
  const icons = new Map<string, string>();
  const iconOf = (type: string) => {
    if (!icons.has(type)) icons.set(type, alertIcon(md, type));
    return icons.get(type) ?? "";
  };
  // Its types are written against another copy of markdown-it's; the plugin itself is the same.
  md.use(container as unknown as PluginWithParams, "admonition", {
    marker: ":",
    validate: (params: string) => {
      const match = OPENING.exec(params.trim());
      return match !== null && TYPES[match[1]!.toLowerCase()] !== undefined;
    },
    render: (tokens: Token[], index: number) => {
      const token = tokens[index]!;
      if (token.nesting !== 1) return "</div>\n";
      const match = OPENING.exec(token.info.trim())!;
      const written = match[1]!.toLowerCase();
      const type = TYPES[written]!;
      const title = (match[2] ?? match[3] ?? "").trim() || written[0]!.toUpperCase() + written.slice(1);
      return `<div class="markdown-alert markdown-alert-${type}"><p class="markdown-alert-title">${iconOf(type)}${escapeHtml(title)}</p>\n`;
    },
  });
}
