/**
 * The demo: what the test bed offers, then the release pipeline of the example app (the counter
 * app, with its Redis), each step run from its committed bundle through the action harness, as
 * a workflow would run it: build 1.0.0, test it under Compose, push it, deploy it to staging
 * then production; the same for 1.1.0; then roll production back, and watch it for 10 s. Last,
 * 1.2.0, a release with a bug its tests miss (it exits 20 s after it starts, a crash loop once it
 * serves): auto-rollback-on-drift rolls staging back on its own and blocks it, and production
 * refuses it. Last, the report to the team that rollback would open on GitHub, as markdown.
 */
import { execFileSync } from "node:child_process";
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatBytes, formatDuration } from "@quai/core";
import { type ActionResult, REPO_ROOT, runAction } from "../test/harness/action-harness";
import { useRunScratch } from "../test/support/run-scratch";

interface Testbed {
  stateDir: string;
  engine: { version: string; host: string };
  compose: string;
  buildx: string;
  registry: { address: string };
  authRegistry: { address: string };
  tokenRegistry: { address: string };
  baseImages: { tag: string; digestRef: string; size: number }[];
  swarm: string;
}

interface PipelineStep {
  action: string;
  purpose: string;
  inputs: Record<string, string>;
  /** What the workspace needs first (a new version of the app). */
  before?: () => void;
  /** The step is meant to fail: quai refusing or rolling back is what it shows. */
  fails?: true;
}

const testbed: Testbed = JSON.parse(
  readFileSync(`${process.env.QUAI_TESTBED_DIR ?? "/tmp/quai-testbed"}/testbed.json`, "utf8"),
);
const registry = testbed.registry.address;
const repository = `${registry}/demo/counter`;
const baseImage = (tag: string) => testbed.baseImages.find((image) => image.tag === tag)?.digestRef ?? tag;
const PORTS = { staging: 18_090, production: 18_091 };
// The environments' Redis: a container on a network the app's containers join.
const BACKEND_NETWORK = "quai-demo-backend";

// The example app, checked out in a workspace as a workflow would have it, with its integration
// tests (the app with its Redis, and a suite that runs against them) and its environments. It
// stays after the run, for a look at the ledger and reports, and the next run replaces it.
const workspace = join(tmpdir(), "quai-demo");
rmSync(workspace, { recursive: true, force: true });
cpSync(join(REPO_ROOT, "test/fixtures/apps/counter-app"), join(workspace, "app"), { recursive: true });
cpSync(join(REPO_ROOT, "test/fixtures/compose"), workspace, { recursive: true });
writeFileSync(
  join(workspace, "quai.yml"),
  `app: counter
repository: ${repository}
defaults:
  port: 8080
  health: { path: /health, successes: 2, interval: 500ms }
  drain: 1s
  proxy-image: base/nginx:1.22
  watch: { interval: 3s }
  networks: [${BACKEND_NETWORK}]
  variables:
    REDIS_URL: redis://redis:6379
environments:
  staging:
    publish: 127.0.0.1:${PORTS.staging}
    url: http://127.0.0.1:${PORTS.staging}
  production:
    after: staging
    publish: 127.0.0.1:${PORTS.production}
    url: http://127.0.0.1:${PORTS.production}
`,
);
const ledger = join(workspace, "deployments.json");

function setAppVersion(version: string): void {
  const manifest = join(workspace, "app/package.json");
  writeFileSync(
    manifest,
    JSON.stringify({ ...JSON.parse(readFileSync(manifest, "utf8")), version }, null, 2),
  );
}

/** The bug of 1.2.0: it serves, passes its health gate and its tests, then exits within 20 s. */
function addConnectionLeak(): void {
  const server = join(workspace, "app/server.js");
  writeFileSync(
    server,
    `${readFileSync(server, "utf8")}
setTimeout(() => {
  console.error("counter app: Redis connection pool exhausted (leaked 512 connections), exiting");
  process.exit(4);
}, 20_000);
`,
  );
}

const releaseSteps = (version: string, bug?: () => void): PipelineStep[] => [
  {
    action: "build-minimal-image",
    purpose: `build the example app ${version}`,
    before: () => {
      setAppVersion(version);
      bug?.();
    },
    inputs: {
      context: "app",
      "base-image": baseImage("base/node:18"),
      "builder-image": baseImage("base/node:18-build"),
      image: `quai-demo/counter:${version}`,
      output: `build/${version}`,
      "cache-dir": join(tmpdir(), "quai-demo-cache"),
    },
  },
  {
    action: "integration-test-compose",
    purpose: "test that image with its Redis",
    inputs: {
      "compose-file": "compose.yml",
      image: `quai-demo/counter:${version}`,
      service: "app",
      "test-service": "tests",
      reports: "reports",
    },
  },
  {
    action: "push-versioned",
    purpose: `push it as ${version}`,
    inputs: { "oci-layout": `build/${version}`, repository, version },
  },
  ...(["staging", "production"] as const).map((environment) => ({
    action: "deploy-env",
    purpose: `deploy ${version} to ${environment}`,
    inputs: { environment, version, ledger },
  })),
];

const PIPELINE: PipelineStep[] = [
  ...releaseSteps("1.0.0"),
  ...releaseSteps("1.1.0"),
  {
    action: "deploy-env",
    purpose: "roll production back",
    inputs: { environment: "production", rollback: "true", ledger },
  },
  {
    action: "auto-rollback-on-drift",
    purpose: "watch production for 10 s",
    // No GitHub here: without a token the report quai would open goes into the job summary.
    inputs: { environment: "production", watch: "10s", ledger, "github-token": "" },
  },
  ...releaseSteps("1.2.0", addConnectionLeak).slice(0, 4),
  {
    action: "auto-rollback-on-drift",
    purpose: "watch staging: 1.2.0 crash-loops, so quai rolls it back on its own and blocks it",
    // A crash every 20 s makes its third restart about a minute in: the window leaves room for it.
    inputs: { environment: "staging", watch: "90s", ledger, "github-token": "" },
    fails: true,
  },
  {
    action: "deploy-env",
    purpose: "deploy 1.2.0 to production: refused, it is blocked",
    inputs: { environment: "production", version: "1.2.0", ledger },
    fails: true,
  },
];

/**
 * The report a watch would have opened on GitHub, as its job summary shows it when there is no
 * GitHub to open it on (the demo has none): its title, then its markdown body.
 */
function unopenedReport(result: ActionResult): string | undefined {
  const match = /<h3>The report quai would open: (.*?)<\/h3>\n([\s\S]*)$/.exec(result.main.summary);
  return match ? `# ${match[1]}\n\n${match[2]?.trim()}` : undefined;
}

function firstError(result: ActionResult): string {
  return result.main.annotations.find((annotation) => annotation.level === "error")?.message ?? "";
}

function docker(...args: string[]): string {
  return execFileSync("docker", args, { encoding: "utf8" }).trim();
}

/** The environments' Redis, started once and reused on re-runs. */
function ensureBackend(): void {
  if (!docker("network", "ls", "-q", "--filter", `name=^${BACKEND_NETWORK}$`)) {
    docker("network", "create", BACKEND_NETWORK);
  }
  if (!docker("ps", "-aq", "--filter", "name=^quai-demo-redis$")) {
    docker(
      "run",
      "-d",
      "--name",
      "quai-demo-redis",
      "--network",
      BACKEND_NETWORK,
      "--network-alias",
      "redis",
      "--restart",
      "unless-stopped",
      "base/redis:7",
      "redis-server",
      "--protected-mode",
      "no",
    );
  } else {
    docker("start", "quai-demo-redis");
  }
}

async function servingVersion(port: number): Promise<string> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(2000) });
    const { version } = (await response.json()) as { version?: string };
    return response.ok ? `serves ${version}` : `HTTP ${response.status}`;
  } catch {
    return "down";
  }
}

console.log("\nquai demo\n");
console.log("Test bed");
console.log(`  engine     ${testbed.engine.version} at ${testbed.engine.host}`);
console.log(`  compose    ${testbed.compose}, buildx ${testbed.buildx}, swarm ${testbed.swarm}`);
console.log(
  `  registries ${registry} (anonymous), ${testbed.authRegistry.address} (htpasswd), ${testbed.tokenRegistry.address} (token)`,
);
for (const image of testbed.baseImages) {
  console.log(
    `  base image ${image.tag.padEnd(26)} ${formatBytes(image.size).padStart(8)}  ${image.digestRef}`,
  );
}
ensureBackend();

console.log("\nPipeline");
let failures = 0;
let report: string | undefined;
// The actions' runner homes are scratch; the workspace and the cache above are not.
const removeScratch = useRunScratch();
try {
  for (const [index, step] of PIPELINE.entries()) {
    step.before?.();
    const started = Date.now();
    const result = await runAction(step.action, { inputs: step.inputs, workspace });
    const took = formatDuration(Date.now() - started);
    const error = firstError(result);
    const failed = result.main.exitCode !== 0;
    const status = failed === Boolean(step.fails) ? (failed ? "stopped" : "done") : "FAILED";
    if (status === "FAILED") failures++;
    console.log(
      `  ${String(index + 1).padStart(2)}. ${step.action.padEnd(26)} ${status.padEnd(8)} ${step.purpose} (${took})`,
    );
    if (failed) console.log(`     ${error}`);
    report = unopenedReport(result) ?? report;
    for (const [name, value] of Object.entries(result.main.outputs)) {
      // The watch's samples are JSON for scripts; its job summary shows them to people.
      if (value && name !== "signals") console.log(`      ${name.padEnd(16)} ${value}`);
    }
  }
} finally {
  removeScratch();
}
console.log("\nEnvironments");
for (const [environment, port] of Object.entries(PORTS)) {
  console.log(`  ${environment.padEnd(11)} http://127.0.0.1:${port}  ${await servingVersion(port)}`);
}
console.log(`  ledger      ${ledger}`);
if (report) {
  console.log("\nThe report quai would open on GitHub (markdown; the demo has no GitHub to open it on)\n");
  console.log(report);
}
console.log("");
process.exitCode = failures > 0 ? 1 : 0;
