import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["{lib,components,app,scripts,prisma,test}/**/*.test.{ts,tsx}"],
          exclude: ["**/*.int.test.ts"],
          // The first test of a file that loads jsdom pays ~1–2 s of start-up; on a busy 2-core machine more.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["**/*.int.test.ts"],
          exclude: ["node_modules/**", ".data/**"],
          globalSetup: [path.join(root, "test/integration/global-setup.ts")],
          setupFiles: [path.join(root, "test/integration/isolated-database.ts")],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
