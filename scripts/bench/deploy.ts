/**
 * npm run bench -- deploy: continuous HTTP load on the release app (autocannon, bounded in
 * connections and time) while a new release replaces the old one and while it is rolled back,
 * on the test bed's Docker host. quai blue-green and quai recreate run side by side with the
 * naive `docker rm -f` + `docker run` on the same port.
 *   - failed requests during a deploy (goal for blue-green: 0);
 *   - time to healthy: from the start of the step to the new release serving;
 *   - time until the rolled-back release serves again (goal ≤ 2 s on a Docker host).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { poll } from "@quai/core";
import autocannon from "autocannon";
import { type ActionResult, runAction } from "../../test/harness/action-harness";
import { pushReleases } from "../../test/support/release-images";
import { docker, removeDeployedApp, workspaceWith } from "../../test/support/testbed";
import { type Comparison, report, timed } from "./support";

const CONNECTIONS = 8;
/** No load runs longer than this, whatever happens to the deploy it watches. */
const MAX_LOAD_SECONDS = 90;
const PORTS = { blueGreen: 18_480, recreate: 18_481, naive: 18_482 };

interface LoadResult {
  requests: number;
  failed: number;
}

/** Runs `work` under continuous load on the port; returns the load's failures and work's time. */
async function underLoad(port: number, work: () => Promise<unknown>): Promise<LoadResult & { ms: number }> {
  // Counted from the events: stop() ends the load without calling autocannon's own callback.
  const load = autocannon(
    { url: `http://127.0.0.1:${port}/`, connections: CONNECTIONS, duration: MAX_LOAD_SECONDS, timeout: 5 },
    () => {},
  );
  let requests = 0;
  let failed = 0;
  load.on("reqError", () => {
    requests++;
    failed++;
  });
  load.on("response", (_client: unknown, status: number) => {
    requests++;
    if (status >= 400) failed++;
  });
  // A moment of steady load first, so the switch happens under it.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const { ms } = await timed(work);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  load.stop();
  return { requests, failed, ms };
}

async function versionOn(port: number): Promise<string> {
  try {
    // A timer of our own: AbortSignal.timeout's is unref'd, and a connection docker-proxy
    // accepted for a container not listening yet would then let the process exit mid-wait.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 1000);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`, { signal: controller.signal });
      return ((await response.json()) as { version: string }).version;
    } finally {
      clearTimeout(timer);
    }
  } catch {
    return "";
  }
}

/** Time from `start` until `version` answers on the port. */
async function untilServing(port: number, version: string, start: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  const step = start();
  await poll(
    async () =>
      (await versionOn(port)) === version
        ? { done: true, value: undefined }
        : { done: false, reason: "not yet" },
    { what: `${version} on port ${port}`, timeoutMs: 120_000, intervalMs: 20 },
  );
  const ms = performance.now() - started;
  await step;
  return ms;
}

function mustSucceed(result: ActionResult): void {
  if (result.main.exitCode !== 0) {
    const error = result.main.annotations.find((annotation) => annotation.level === "error");
    throw new Error(`deploy-env failed: ${error?.message ?? result.main.log.slice(-2000)}`);
  }
}

export async function bench(): Promise<boolean> {
  const releases = await pushReleases([
    { version: "1.0.0", behaviour: "ok" },
    { version: "1.1.0", behaviour: "ok" },
  ]);
  const app = `bench-${Date.now().toString(36)}`;
  const workspace = workspaceWith("release-app");
  writeFileSync(
    join(workspace, "quai.yml"),
    `app: ${app}
repository: ${releases.repository}
defaults:
  health: { path: /health, successes: 2, interval: 250ms }
  drain: 1s
  proxy-image: base/nginx:1.22
environments:
  blue-green:
    publish: 127.0.0.1:${PORTS.blueGreen}
  recreate:
    publish: 127.0.0.1:${PORTS.recreate}
    strategy: recreate
`,
  );
  // In the workspace: deploy-env keeps a file ledger nowhere else.
  const ledger = join(mkdtempSync(join(workspace, "ledger-")), "ledger.json");
  const deploy = (inputs: Record<string, string>) =>
    runAction("deploy-env", { workspace, inputs: { ledger, ...inputs } }).then(mustSucceed);
  const naive = async (version: string) => {
    await docker("rm", "-f", `${app}-naive`).catch(() => "");
    await docker(
      "run",
      "-d",
      "--name",
      `${app}-naive`,
      "--label",
      `io.github.quai.deploy.app=${app}`,
      "-p",
      `127.0.0.1:${PORTS.naive}:8080`,
      `${releases.repository}@${releases.digests[version]}`,
    );
  };

  try {
    await deploy({ environment: "blue-green", version: "1.0.0" });
    await deploy({ environment: "recreate", version: "1.0.0" });
    await naive("1.0.0");
    await poll(
      async () =>
        (await versionOn(PORTS.naive)) ? { done: true, value: 0 } : { done: false, reason: "starting" },
      {
        what: "the naive container",
        timeoutMs: 30_000,
        intervalMs: 100,
      },
    );

    const blueGreen = await underLoad(PORTS.blueGreen, () =>
      deploy({ environment: "blue-green", version: "1.1.0" }),
    );
    const recreate = await underLoad(PORTS.recreate, () =>
      deploy({ environment: "recreate", version: "1.1.0" }),
    );
    const naiveDeploy = await underLoad(PORTS.naive, () =>
      untilServing(PORTS.naive, "1.1.0", () => naive("1.1.0")),
    );
    const blueGreenRollbackMs = await untilServing(PORTS.blueGreen, "1.0.0", () =>
      deploy({ environment: "blue-green", rollback: "true" }),
    );
    const recreateRollbackMs = await untilServing(PORTS.recreate, "1.0.0", () =>
      deploy({ environment: "recreate", rollback: "true" }),
    );
    const naiveRollbackMs = await untilServing(PORTS.naive, "1.0.0", () => naive("1.0.0"));
    const blueGreenRollbackLoad = await underLoad(PORTS.blueGreen, () =>
      deploy({ environment: "blue-green", version: "1.1.0" }).then(() =>
        deploy({ environment: "blue-green", rollback: "true" }),
      ),
    );

    const failures = (load: LoadResult) => `${load.failed} of ${load.requests}`;
    console.log(
      `\nrequests failed under load: blue-green deploy ${failures(blueGreen)}, blue-green deploy+rollback ${failures(blueGreenRollbackLoad)}, recreate ${failures(recreate)}, naive ${failures(naiveDeploy)}`,
    );
    const comparisons: Comparison[] = [
      {
        what: "failed requests, deploy (blue-green)",
        unit: "count",
        quai: blueGreen.failed,
        baseline: naiveDeploy.failed,
        baselineName: "docker rm -f + run",
        goal: 0,
      },
      {
        what: "failed requests, deploy + rollback (blue-green)",
        unit: "count",
        quai: blueGreenRollbackLoad.failed,
        baseline: naiveDeploy.failed,
        baselineName: "docker rm -f + run",
        goal: 0,
      },
      {
        what: "failed requests, deploy (recreate)",
        unit: "count",
        quai: recreate.failed,
        baseline: naiveDeploy.failed,
        baselineName: "docker rm -f + run",
      },
      {
        what: "time to healthy, deploy (blue-green)",
        unit: "ms",
        quai: blueGreen.ms,
        baseline: naiveDeploy.ms,
        baselineName: "docker rm -f + run",
      },
      {
        what: "time to healthy, deploy (recreate)",
        unit: "ms",
        quai: recreate.ms,
        baseline: naiveDeploy.ms,
        baselineName: "docker rm -f + run",
      },
      {
        what: "rollback until serving (blue-green)",
        unit: "ms",
        quai: blueGreenRollbackMs,
        baseline: naiveRollbackMs,
        baselineName: "docker rm -f + run",
        limit: 2000,
      },
      {
        what: "rollback until serving (recreate)",
        unit: "ms",
        quai: recreateRollbackMs,
        baseline: naiveRollbackMs,
        baselineName: "docker rm -f + run",
        limit: 2000,
      },
    ];
    return report(`deploy-env: release app under ${CONNECTIONS} connections of load`, comparisons);
  } finally {
    await removeDeployedApp(app);
  }
}
