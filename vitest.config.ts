import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(__dirname) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "**/*.abuse.test.ts", "node_modules/**", "e2e/**", ".next/**"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "int",
          // next build inlines this from next.config.js (experimental.authInterrupts);
          // page functions called directly by tests need it to answer forbidden().
          env: { __NEXT_EXPERIMENTAL_AUTH_INTERRUPTS: "true" },
          include: ["**/*.int.test.ts"],
          exclude: ["node_modules/**", "e2e/**", ".next/**"],
          environment: "node",
          // Creates a fresh database for this run and migrates it (tests/int-global-setup.ts).
          globalSetup: ["tests/int-global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        resolve: { alias },
        test: {
          // Hostile input against a host process of its own (tests/abuse/host.ts): answers,
          // peak RSS and /api/v1/health latency while the attack runs.
          name: "abuse",
          include: ["tests/abuse/**/*.abuse.test.ts"],
          environment: "node",
          globalSetup: ["tests/int-global-setup.ts"],
          testTimeout: 300_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
