import path from "node:path";

/** True unless the folder is the project, one of its ancestors or one of its source folders. */
export function isDisposableOutput(output: string, projectRoot: string): boolean {
  const relative = path.relative(output, projectRoot);
  const containsProject = relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
  const top = path.relative(projectRoot, output).split(path.sep)[0] ?? "";
  const sourceFolders = new Set(["content", "_includes", "_data", "src", "assets", "tests", "node_modules", ".git", ".github"]);
  return !containsProject && !sourceFolders.has(top);
}
