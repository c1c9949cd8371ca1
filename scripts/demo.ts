/**
 * The demo: what the test bed offers, then the release pipeline of the example app, each step
 * run from its committed bundle through the action harness, as a workflow would run it.
 * Each issue that lands an action turns its step from "pending" into real work here.
 */
import { cpSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatBytes, formatDuration } from "@quai/core";
import { type ActionResult, REPO_ROOT, runAction } from "../test/harness/action-harness";

interface Testbed {
  stateDir: string;
  engine: { version: string; host: string };
  compose: string;
  buildx: string;
  registry: { address: string };
  authRegistry: { address: string };
  baseImages: { tag: string; digestRef: string; size: number }[];
  swarm: string;
}

interface PipelineStep {
  action: string;
  purpose: string;
  inputs: Record<string, string>;
}

const testbed: Testbed = JSON.parse(
  readFileSync(`${process.env.QUAI_TESTBED_DIR ?? "/tmp/quai-testbed"}/testbed.json`, "utf8"),
);
const registry = testbed.registry.address;
const baseImage = (tag: string) => testbed.baseImages.find((image) => image.tag === tag)?.digestRef ?? tag;

// The example app, checked out in a workspace as a workflow would have it.
const workspace = mkdtempSync(join(tmpdir(), "quai-demo-"));
cpSync(join(REPO_ROOT, "test/fixtures/apps/counter-app"), join(workspace, "app"), { recursive: true });
// Its integration tests: the app with its Redis, and a suite that runs against them.
cpSync(join(REPO_ROOT, "test/fixtures/compose"), workspace, { recursive: true });

const PIPELINE: PipelineStep[] = [
  {
    action: "build-minimal-image",
    purpose: "build the example app",
    inputs: {
      context: "app",
      "base-image": baseImage("base/node:18"),
      "builder-image": baseImage("base/node:18-build"),
      image: "quai-demo/app:1.0.0",
      output: "build/oci",
      "cache-dir": join(tmpdir(), "quai-demo-cache"),
    },
  },
  {
    action: "integration-test-compose",
    purpose: "run its integration tests",
    inputs: {
      "compose-file": "compose.yml",
      image: "quai-demo/app:1.0.0",
      service: "app",
      "test-service": "tests",
      reports: "reports",
    },
  },
  {
    action: "push-versioned",
    purpose: "push it as 1.0.0",
    inputs: { "oci-layout": "build/oci", repository: `${registry}/demo/app`, version: "1.0.0" },
  },
  {
    action: "deploy-env",
    purpose: "deploy 1.0.0 to staging",
    inputs: { environment: "staging", version: "1.0.0", repository: `${registry}/demo/app` },
  },
  { action: "auto-rollback-on-drift", purpose: "watch production", inputs: { environment: "production" } },
];

function firstError(result: ActionResult): string {
  return result.main.annotations.find((annotation) => annotation.level === "error")?.message ?? "";
}

console.log("\nquai demo\n");
console.log("Test bed");
console.log(`  engine     ${testbed.engine.version} at ${testbed.engine.host}`);
console.log(`  compose    ${testbed.compose}, buildx ${testbed.buildx}, swarm ${testbed.swarm}`);
console.log(`  registries ${registry} (anonymous), ${testbed.authRegistry.address} (htpasswd)`);
for (const image of testbed.baseImages) {
  console.log(
    `  base image ${image.tag.padEnd(26)} ${formatBytes(image.size).padStart(8)}  ${image.digestRef}`,
  );
}

console.log("\nPipeline");
let failures = 0;
for (const [index, step] of PIPELINE.entries()) {
  const started = Date.now();
  const result = await runAction(step.action, { inputs: step.inputs, workspace });
  const took = formatDuration(Date.now() - started);
  const error = firstError(result);
  const status =
    result.main.exitCode === 0 ? "done" : /is not implemented yet/.test(error) ? "pending" : "FAILED";
  if (status === "FAILED") failures++;
  console.log(`  ${index + 1}. ${step.action.padEnd(26)} ${status.padEnd(8)} ${step.purpose} (${took})`);
  if (status !== "done") console.log(`     ${error}`);
  for (const [name, value] of Object.entries(result.main.outputs))
    console.log(`     ${name.padEnd(12)} ${value}`);
}
console.log("");
process.exitCode = failures > 0 ? 1 : 0;
