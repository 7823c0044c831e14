/**
 * TypeScript data files (`_data/*.ts`) run through tsx. Like Eleventy's own JavaScript data
 * files, a default export that is a function is called with what the build knows: the
 * folders and the run mode, so data files work on any input folder (tests build elsewhere).
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { EleventyConfig } from "./types.ts";

export interface DataContext {
  eleventy: {
    directories: { input: string; includes: string; data: string; output: string };
    env: { runMode: string };
  };
}

export function typescriptDataExtension(eleventyConfig: EleventyConfig) {
  return {
    read: false,
    parser: async (file: string) => {
      // Eleventy names data files relative to the working directory, not to this module.
      const value: unknown = (await import(pathToFileURL(path.resolve(file)).href)).default;
      if (typeof value !== "function") return value;
      const context: DataContext = {
        eleventy: {
          directories: eleventyConfig.directories,
          env: { runMode: process.env.ELEVENTY_RUN_MODE ?? "build" },
        },
      };
      return (value as (context: DataContext) => unknown)(context);
    },
  };
}
