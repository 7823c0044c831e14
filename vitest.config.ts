import { defineConfig } from "vitest/config";
export default defineConfig({
  test: {
    pool: "forks",
    execArgv: ["--import", "tsx"],
    include: ["tests/**/*.test.ts"],
  },
});
