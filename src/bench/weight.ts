/** Page weight figures for the benchmark, read from a built site. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** Bytes of JavaScript a page loads: inline scripts and the files its `<script src>` name. */
export function scriptBytes(html: string, output: string): number {
  let total = 0;
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = /\ssrc="([^"]+)"/.exec(match[1] ?? "")?.[1];
    total += src ? statSync(path.join(output, src.replace(/^\/+/, ""))).size : Buffer.byteLength(match[2] ?? "");
  }
  return total;
}

export function notesPageBytes(output: string): { pages: number; averageHtml: number; css: number; javascript: number } {
  const css = statSync(path.join(output, "assets/css/site.css")).size;
  let total = 0;
  let pages = 0;
  let javascript = 0;
  const groups = path.join(output, "special-interest");
  for (const group of readdirSync(groups)) {
    if (!group.startsWith("group-")) continue;
    for (const page of readdirSync(path.join(groups, group))) {
      if (!page.startsWith("notes-")) continue;
      const html = readFileSync(path.join(groups, group, page, "index.html"), "utf8");
      total += Buffer.byteLength(html);
      javascript = Math.max(javascript, scriptBytes(html, output));
      pages++;
    }
  }
  return { pages, averageHtml: pages ? total / pages : 0, css, javascript };
}
