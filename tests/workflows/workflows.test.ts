/**
 * The promises the GitHub Actions workflows make, checked on the YAML itself: what runs
 * them, what the token may do, that superseded runs are cancelled (but deployments never
 * are), and that only official `actions/*` actions are used, pinned to a major version.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const workflowsDir = path.join(root, ".github/workflows");

interface Step {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

interface Job {
  needs?: string | string[];
  permissions?: Record<string, string> | string;
  environment?: { name: string; url?: string } | string;
  steps: Step[];
}

interface Workflow {
  name: string;
  // The YAML reader reads YAML 1.2, where `on` is a plain key, not `true`.
  on: Record<string, unknown>;
  permissions?: Record<string, string> | string;
  concurrency?: { group: string; "cancel-in-progress": boolean };
  jobs: Record<string, Job>;
}

function readWorkflow(file: string): Workflow {
  return parse(readFileSync(path.join(workflowsDir, file), "utf8")) as Workflow;
}

const workflowFiles = readdirSync(workflowsDir).filter((f) => /\.ya?ml$/.test(f));
const checks = readWorkflow("checks.yml");
const pages = readWorkflow("pages.yml");

function job(workflow: Workflow, name: string): Job {
  const found = workflow.jobs[name];
  if (!found) throw new Error(`no job "${name}"`);
  return found;
}

function stepRunning(j: Job, command: string): Step {
  const found = j.steps.find((s) => s.run?.split("\n").some((line) => line.trim() === command));
  if (!found) throw new Error(`no step runs "${command}"`);
  return found;
}

function stepUsing(j: Job, action: string): Step {
  const found = j.steps.find((s) => s.uses?.startsWith(`${action}@`));
  if (!found) throw new Error(`no step uses ${action}`);
  return found;
}

describe("every workflow", () => {
  it.each(workflowFiles)("%s uses only official actions/* actions, pinned to a major version", (file) => {
    const workflow = readWorkflow(file);
    const uses = Object.values(workflow.jobs).flatMap((j) => j.steps.flatMap((s) => (s.uses ? [s.uses] : [])));
    expect(uses.length).toBeGreaterThan(0);
    for (const ref of uses) expect(ref).toMatch(/^actions\/[a-z0-9-]+@v\d+$/);
  });

  it.each(workflowFiles)("%s gives the token read-only access to the contents by default", (file) => {
    expect(readWorkflow(file).permissions).toEqual({ contents: "read" });
  });

  it.each(workflowFiles)("%s grants write access only to the Pages deploy job (and an OIDC token to the release)", (file) => {
    const workflow = readWorkflow(file);
    for (const [name, j] of Object.entries(workflow.jobs)) {
      expect(j.permissions, `${file} job ${name}`).not.toBe("write-all");
      const writes = Object.entries(typeof j.permissions === "object" ? j.permissions : {})
        .filter(([, level]) => level === "write")
        .map(([scope]) => scope)
        .sort();
      // Pages deploys with an OIDC token; a release is published with npm provenance, which needs one too.
      const allowed = file === "pages.yml" && name === "deploy" ? ["id-token", "pages"] : file === "release.yml" && name === "publish" ? ["id-token"] : [];
      expect(writes, `${file} job ${name}`).toEqual(allowed);
    }
  });

  it.each(workflowFiles)("%s sets up Node 22 with the npm cache", (file) => {
    for (const j of Object.values(readWorkflow(file).jobs)) {
      const setup = j.steps.find((s) => s.uses?.startsWith("actions/setup-node@"));
      if (setup) expect(setup.with).toMatchObject({ "node-version": 22, cache: "npm" });
    }
  });
});

describe("checks.yml", () => {
  const checksJob = job(checks, "checks");

  it("runs on pull requests and on pushes to main", () => {
    expect(Object.keys(checks.on).sort()).toEqual(["pull_request", "push"]);
    expect(checks.on.push).toEqual({ branches: ["main"] });
  });

  it("cancels a superseded run of the same pull request or branch", () => {
    expect(checks.concurrency?.["cancel-in-progress"]).toBe(true);
    expect(checks.concurrency?.group).toContain("github.event.pull_request.number");
    expect(checks.concurrency?.group).toContain("github.ref");
  });

  it("installs, then runs the content checks, the tests and the production build", () => {
    const order = ["npm ci", "npm run check", "npm test", "npm run build"].map((command) =>
      checksJob.steps.indexOf(stepRunning(checksJob, command)),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("runs every check even when an earlier one failed, and still fails the job", () => {
    for (const command of ["npm run check", "npm test", "npm run build"]) {
      const step = stepRunning(checksJob, command);
      expect(step.if, command).toContain("!cancelled()");
      expect(step.if, command).toContain("steps.install.outcome == 'success'");
    }
    // A failed step must fail the job: nothing may swallow the failure.
    for (const step of checksJob.steps) expect(step).not.toHaveProperty("continue-on-error");
  });

  it("runs the browser tests in the runner's Chrome, and fails rather than skips them", () => {
    expect(stepRunning(checksJob, "npm test").env).toMatchObject({
      CHROMIUM_PATH: "/usr/bin/google-chrome",
      REQUIRE_BROWSER_TESTS: "1",
    });
  });

  it("builds with this repository's edit links and keeps the site as a preview", () => {
    expect(stepRunning(checksJob, "npm run build").env?.SITE_REPOSITORY).toBe(
      "${{ github.server_url }}/${{ github.repository }}",
    );
    const upload = stepUsing(checksJob, "actions/upload-artifact");
    expect(upload.with?.path).toBe("_site");
    expect(upload.if).toContain("steps.build.outcome == 'success'");
    const summary = checksJob.steps.at(-1);
    expect(summary?.run).toContain("GITHUB_STEP_SUMMARY");
    expect(summary?.if).toBe("${{ !cancelled() }}");
  });
});

describe("pages.yml", () => {
  const build = job(pages, "build");
  const deploy = job(pages, "deploy");

  it("runs on pushes to main and by hand", () => {
    expect(Object.keys(pages.on).sort()).toEqual(["push", "workflow_dispatch"]);
    expect(pages.on.push).toEqual({ branches: ["main"] });
  });

  it("deploys one at a time and never cancels a deployment midway", () => {
    expect(pages.concurrency).toEqual({ group: "pages", "cancel-in-progress": false });
  });

  it("builds for the address and path GitHub Pages reports", () => {
    const configure = stepUsing(build, "actions/configure-pages");
    expect(configure.id).toBe("pages");
    expect(build.permissions).toEqual({ contents: "read", pages: "read" });
    const env = stepRunning(build, "npm run build").env;
    expect(env?.SITE_URL).toBe("${{ steps.pages.outputs.origin }}");
    expect(env?.SITE_PATH_PREFIX).toBe("${{ steps.pages.outputs.base_path }}/");
    expect(env?.SITE_REPOSITORY).toBe("${{ github.server_url }}/${{ github.repository }}");
    expect(build.steps.indexOf(configure)).toBeLessThan(build.steps.indexOf(stepRunning(build, "npm run build")));
    expect(stepUsing(build, "actions/upload-pages-artifact").with?.path).toBe("_site");
  });

  it("checks the content before it builds, and publishes nothing when the check fails", () => {
    const check = stepRunning(build, "npm run check");
    expect(build.steps.indexOf(stepRunning(build, "npm ci"))).toBeLessThan(build.steps.indexOf(check));
    expect(build.steps.indexOf(check)).toBeLessThan(build.steps.indexOf(stepRunning(build, "npm run build")));
    // A failed step stops the job: nothing after it (the build, the upload) runs.
    for (const step of build.steps) expect(step).not.toHaveProperty("continue-on-error");
    expect(check).not.toHaveProperty("if");
  });

  it("deploys after the build, to the github-pages environment, with only Pages and OIDC rights", () => {
    expect(deploy.needs).toBe("build");
    expect(deploy.permissions).toEqual({ pages: "write", "id-token": "write" });
    expect(deploy.environment).toEqual({ name: "github-pages", url: "${{ steps.deployment.outputs.page_url }}" });
    expect(stepUsing(deploy, "actions/deploy-pages").id).toBe("deployment");
  });
});

describe("the contributor docs", () => {
  const scripts = Object.keys(
    (JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts,
  );

  it.each(["CONTRIBUTING.md", ".github/pull_request_template.md"])("%s names only npm scripts that exist", (file) => {
    const text = readFileSync(path.join(root, file), "utf8");
    const named = [...text.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(0);
    for (const script of named) expect(scripts, `${file}: npm run ${script}`).toContain(script);
  });
});

describe("release.yml", () => {
  const release = readWorkflow("release.yml");
  const publish = job(release, "publish");

  it("runs on version tags only, and never cancels a release midway", () => {
    expect(release.on).toEqual({ push: { tags: ["v*.*.*"] } });
    expect(release.concurrency).toEqual({ group: "release", "cancel-in-progress": false });
  });

  it("checks that the tag and both packages name one version, then runs the checks, before publishing both with provenance", () => {
    const runs = publish.steps.map((step) => step.run ?? "");
    const index = (command: string) => runs.findIndex((run) => run.includes(command));
    expect(index("process.env.TAG")).toBeGreaterThan(index("npm ci"));
    for (const command of ["npm run typecheck", "npm run check", "npm test"]) expect(index(command)).toBeLessThan(index("npm publish"));
    const publishes = publish.steps.filter((step) => step.run === "npm publish --provenance --access public");
    expect(publishes.map((step) => (step as Step & { "working-directory"?: string })["working-directory"])).toEqual([undefined, "packages/create-community-notes"]);
    for (const step of publishes) expect(step.env).toEqual({ NODE_AUTH_TOKEN: "${{ secrets.NPM_TOKEN }}" });
  });
});

describe("the workflows init writes into a new site", () => {
  const starter = path.join(root, "starter/github/workflows");
  const read = (file: string) => parse(readFileSync(path.join(starter, file), "utf8")) as Workflow;

  it.each(readdirSync(starter))("%s uses only official actions pinned to a major version, read-only contents, Node 22", (file) => {
    const workflow = read(file);
    expect(workflow.permissions).toEqual({ contents: "read" });
    for (const [name, j] of Object.entries(workflow.jobs)) {
      for (const step of j.steps) if (step.uses) expect(step.uses).toMatch(/^actions\/[a-z0-9-]+@v\d+$/);
      const setup = j.steps.find((step) => step.uses?.startsWith("actions/setup-node@"));
      if (setup) expect(setup.with).toMatchObject({ "node-version": 22, cache: "npm" });
      const writes = Object.entries(typeof j.permissions === "object" ? j.permissions : {}).filter(([, level]) => level === "write").map(([scope]) => scope).sort();
      expect(writes, `${file} job ${name}`).toEqual(file === "pages.yml" && name === "deploy" ? ["id-token", "pages"] : []);
    }
  });

  it("checks every pull request with npm test, and publishes main only after the check and the build", () => {
    const checksJob = Object.values(read("checks.yml").jobs)[0]!;
    expect(read("checks.yml").on).toEqual({ pull_request: null, push: { branches: ["main"] } });
    expect(stepRunning(checksJob, "npm ci")).toBeDefined();
    expect(stepRunning(checksJob, "npm test")).toBeDefined();
    const pagesWorkflow = read("pages.yml");
    const build = job(pagesWorkflow, "build");
    const runs = build.steps.map((step) => step.run ?? "");
    expect(runs.indexOf("npm run check")).toBeLessThan(runs.indexOf("npm run build"));
    expect(stepRunning(build, "npm run build").env).toMatchObject({ SITE_URL: "${{ steps.pages.outputs.origin }}", SITE_PATH_PREFIX: "${{ steps.pages.outputs.base_path }}/" });
    expect(stepUsing(job(pagesWorkflow, "deploy"), "actions/deploy-pages")).toBeDefined();
    expect(pagesWorkflow.concurrency).toEqual({ group: "pages", "cancel-in-progress": false });
  });
});
