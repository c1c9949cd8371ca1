import { readFileSync } from "node:fs";
import { join } from "node:path";
import { defineConfig } from "vitest/config";

/** The e2e suites of the actions: they run on each of the test bed's engines. */
const ACTION_E2E = [
  "test/e2e/auto-rollback-on-drift.test.ts",
  "test/e2e/build-minimal-image.test.ts",
  "test/e2e/integration-test-compose.test.ts",
  "test/e2e/push-versioned.test.ts",
  "test/e2e/deploy-env.test.ts",
];

/** The test bed's engine that keeps images in containerd's store (scripts/testbed starts it). */
function containerdEngineHost(): string {
  try {
    const testbed = JSON.parse(
      readFileSync(join(process.env.QUAI_TESTBED_DIR ?? "/tmp/quai-testbed", "testbed.json"), "utf8"),
    ) as { engines?: { imageStore: string; host: string }[] };
    const engine = testbed.engines?.find((candidate) => candidate.imageStore === "containerd");
    if (engine) return engine.host;
  } catch {
    // No test bed yet (a unit run): the project is not run then.
  }
  return "unix:///run/quai/docker-containerd.sock";
}

// Three projects: unit tests beside the code (no engine needed); integration/e2e tests in test/
// against the test bed made by scripts/testbed, on its first engine (Docker's classic image
// store); and the actions' e2e suites again, the same cases, on its second engine (containerd's
// image store), chosen by DOCKER_HOST as a user's runner would.
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
          // One test bed for all: files take turns (one restarts the second engine).
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: "integration-containerd",
          globalSetup: ["test/support/run-scratch.ts"],
          include: ACTION_E2E,
          env: { DOCKER_HOST: containerdEngineHost() },
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
