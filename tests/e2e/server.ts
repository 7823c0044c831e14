/**
 * A tiny static file server for a built site, behaving like GitHub Pages where it matters:
 * a folder serves its index.html, a folder without the trailing slash redirects to it, and a
 * missing file gets the site's 404.html with status 404. Listens on 127.0.0.1 only.
 */
import { createReadStream, statSync } from "node:fs";
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".ics": "text/calendar; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
};

export function contentType(file: string): string {
  const extension = path.extname(file).toLowerCase();
  // Pagefind's index files (.pf_meta, .pf_index, .pf_fragment, .pf_filter) are binary.
  if (extension.startsWith(".pf_")) return "application/octet-stream";
  return CONTENT_TYPES[extension] ?? "application/octet-stream";
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  origin: string;
  close(): Promise<void>;
}

/** Serves `root` under `prefix` (`/` or e.g. `/community-notes/`) on a free port. */
export async function serveStatic(root: string, prefix = "/"): Promise<StaticServer> {
  const base = prefix.endsWith("/") ? prefix : `${prefix}/`;
  const notFound = (response: ServerResponse) => {
    const page = path.join(root, "404.html");
    response.writeHead(404, { "content-type": isFile(page) ? contentType(page) : "text/plain; charset=utf-8" });
    if (isFile(page)) createReadStream(page).pipe(response);
    else response.end("Not found");
  };

  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return notFound(response);
    }
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    if (`${pathname}/` === base) {
      response.writeHead(301, { location: base }).end();
      return;
    }
    if (!pathname.startsWith(base)) return notFound(response);
    const relative = pathname.slice(base.length);
    let file = path.resolve(root, relative);
    if (file !== root && !file.startsWith(root + path.sep)) return notFound(response);
    if (isDirectory(file)) {
      if (!pathname.endsWith("/")) {
        response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      file = path.join(file, "index.html");
    }
    if (!isFile(file)) return notFound(response);
    response.writeHead(200, {
      "content-type": contentType(file),
      "content-length": statSync(file).size,
      "cache-control": "no-store",
    });
    if (request.method === "HEAD") response.end();
    else createReadStream(file).pipe(response);
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
