import { defineConfig } from "vitest/config";

// Two projects: unit tests beside the code (no engine needed), and integration/e2e tests in
// test/ that run against the test bed made by scripts/testbed.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          globalSetup: ["test/support/run-scratch.ts"],
          include: [
            "packages/*/src/**/*.test.ts",
            "actions/*/src/**/*.test.ts",
            "scripts/**/*.test.ts",
            "test/checks/**/*.test.ts",
            "test/harness/**/*.test.ts",
            "test/support/**/*.test.ts",
          ],
          // @actions/workflow-parser imports its schema JSON without `with { type: "json" }`, which
          // Node 20 refuses; letting Vite process the package makes those imports work.
          server: { deps: { inline: ["@actions/workflow-parser"] } },
        },
      },
      {
        test: {
          name: "integration",
          globalSetup: ["test/support/run-scratch.ts"],
          include: ["test/integration/**/*.test.ts", "test/e2e/**/*.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
