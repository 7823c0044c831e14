import { defineConfig } from "vitest/config";

// Two projects: the unit and build tests, then the browser tests (tests/e2e/), which drive
// Chromium against a production build of a fixture site (tests/fixtures/e2e-site). The browser
// tests run after the others (groupOrder) so they do not compete with them for CPU, and get
// longer timeouts.
const shared = { pool: "forks" as const, execArgv: ["--import", "tsx"] };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...shared,
          name: "unit",
          // Vitest's default is one worker on a two-core machine; the tests start tsx, so two pay.
          maxWorkers: 2,
          // Many tests build a site or start a process: on a busy two-core machine (another build
          // running, CI sharing the box) that takes several times longer than on a quiet one.
          // Generous limits catch a hang, not a slow machine; speed is the benchmark's to judge.
          testTimeout: 60_000,
          hookTimeout: 180_000,
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/e2e/**", "**/node_modules/**"],
        },
      },
      {
        test: {
          ...shared,
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/e2e/globalSetup.ts"],
          sequence: { groupOrder: 1 },
          // Two files at once: much of their time is spent waiting on Chromium and the server.
          maxWorkers: 2,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
