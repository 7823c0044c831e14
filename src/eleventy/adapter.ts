/**
 * The one place that reaches into Eleventy's internals, for what its public API does not
 * offer, checked against the Eleventy version it was written for (a test runs each piece
 * against the installed Eleventy, so an upgrade that moves them fails loudly, here).
 *
 * - Errors: Eleventy prints a failed build's error itself, with a stack trace, through
 *   `errorHandler` (for `write()` and for every rebuild under `--serve`). The commands print
 *   a located diagnostic instead, once.
 * - Passthrough copies: where the site's copied files land, so no page is written over one.
 * - Writes in flight (tests only): a failed build rejects while Eleventy still copies files
 *   and writes pages; a test that removes its folder must wait for them first.
 */
import Eleventy from "@11ty/eleventy";

/** The Eleventy releases these internals are known in: 3.1.x. */
const SUPPORTED = /^3\.1\./;

export class EleventyVersionError extends Error {
  override name = "EleventyVersionError";
}

export function checkEleventyVersion(version = Eleventy.getVersion()): void {
  if (!SUPPORTED.test(version)) {
    throw new EleventyVersionError(`community-notes supports Eleventy 3.1.x, and found Eleventy ${version}: install the version package.json names (npm ci)`);
  }
}

interface WithErrorHandler {
  errorHandler?: { error?: unknown };
}

/**
 * Routes the errors Eleventy would print (with stack traces) to `report`, once each; returns
 * the same once-only reporter, for the errors the caller catches itself.
 */
export function reportErrorsWith(elev: object, report: (error: unknown) => void): (error: unknown) => void {
  checkEleventyVersion();
  const handler = (elev as WithErrorHandler).errorHandler;
  if (!handler || typeof handler.error !== "function") {
    throw new EleventyVersionError("Eleventy no longer has errorHandler.error; src/eleventy/adapter.ts needs updating");
  }
  const reported = new WeakSet<object>();
  const once = (error: unknown) => {
    if (error && typeof error === "object") {
      if (reported.has(error)) return;
      reported.add(error);
    }
    report(error);
  };
  handler.error = once;
  return once;
}

/** The parts of Eleventy's objects through which a build writes its output. */
interface EleventyWrites {
  passthroughManager?: { copyPassthrough?: (...args: unknown[]) => Promise<unknown> };
  writer?: { generateTemplates?: (...args: unknown[]) => Promise<Promise<unknown>[]> };
}

/**
 * Records each copy and each page's write, so a failed build can wait for them. Call after
 * `init()`, before `write()`; the function returned settles when every write has.
 */
export function trackWrites(elev: object): () => Promise<void> {
  checkEleventyVersion();
  const { passthroughManager: copier, writer } = elev as EleventyWrites;
  const copy = copier?.copyPassthrough;
  const generate = writer?.generateTemplates;
  if (!copier || !writer || typeof copy !== "function" || typeof generate !== "function") {
    throw new EleventyVersionError("Eleventy no longer has passthroughManager.copyPassthrough and writer.generateTemplates; src/eleventy/adapter.ts needs updating");
  }
  const pending: Promise<unknown>[] = [];
  copier.copyPassthrough = (...args) => {
    const copied = copy.apply(copier, args);
    pending.push(copied);
    return copied;
  };
  writer.generateTemplates = async (...args) => {
    const writes = await generate.apply(writer, args);
    pending.push(...writes);
    return writes;
  };
  return async () => {
    // A copy may start another (Eleventy queues some until pages render), so wait until none is new.
    for (let settled = 0; settled < pending.length; ) {
      const batch = pending.slice(settled);
      settled = pending.length;
      await Promise.allSettled(batch);
    }
  };
}

/** An `addPassthroughCopy` entry as Eleventy keeps it: the input path or glob, and where it goes. */
export type PassthroughCopies = Record<string, { outputPath: string | true }>;

/**
 * Every passthrough copy the configuration has added, the site's and plugins' alike. Eleventy
 * keeps them on the configuration object (`passthroughCopies`) and offers no getter; read once
 * the configuration is complete (in a transform, or an event).
 */
export function passthroughCopiesOf(eleventyConfig: object): PassthroughCopies {
  checkEleventyVersion();
  const copies = (eleventyConfig as { passthroughCopies?: unknown }).passthroughCopies;
  if (!copies || typeof copies !== "object") {
    throw new EleventyVersionError("Eleventy no longer keeps passthroughCopies on its configuration; src/eleventy/adapter.ts needs updating");
  }
  return copies as PassthroughCopies;
}

/**
 * Every layout alias the configuration has (`addLayoutAlias`, the site's and plugins'), as
 * Eleventy keeps them on the configuration object (`layoutAliases`), with no getter.
 */
export function layoutAliasesOf(eleventyConfig: object): Readonly<Record<string, string>> {
  checkEleventyVersion();
  const aliases = (eleventyConfig as { layoutAliases?: unknown }).layoutAliases;
  if (!aliases || typeof aliases !== "object") {
    throw new EleventyVersionError("Eleventy no longer keeps layoutAliases on its configuration; src/eleventy/adapter.ts needs updating");
  }
  return aliases as Record<string, string>;
}
