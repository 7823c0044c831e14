/** What every command-line entry point shares: where the project is, and quiet pipes. */
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The package's folder (this repository, or `node_modules/community-notes`): its `package.json`, layouts, starter and, here, `.eleventy.ts` and `content/`. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** `npm run check -- --help | head` closes the pipe early; that is not an error. */
export function exitQuietlyOnClosedPipe(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
}

/** One line for a command line that cannot be read: what is wrong, and where the options are listed. */
export function usageError(message: string, command: string): string {
  // Node's own advice on positionals that start with "-" is not what a reader needs here.
  const first = message.split(/\.\s/)[0]!.replace(/\.$/, "");
  return `${first}. \`${command} --help\` lists what it takes.`;
}
