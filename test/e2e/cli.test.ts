// The quai CLI as a release manager runs it: the real bin (bundled first), spawned in a git
// checkout holding quai.yml, against the test bed's engine and registry, with a JSON ledger and
// with GitHub Deployments served by the local API that checks every request against GitHub's
// OpenAPI description. Releases are built and pushed by the real actions.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { engineLeaseStore } from "@quai/deploy";
import { connectEngine } from "@quai/docker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliCheckout, cliEnvironment, QUAI_BIN } from "../support/cli-checkout";
import { freePort } from "../support/free-port";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api-server";
import { quaiYmlHead } from "../support/quai-yml";
import { type PushedReleases, pushReleases } from "../support/release-images";
import { docker, removeDeployedApp } from "../support/testbed";

const REPOSITORY = "acme/release-app";
const TOKEN = "ghs_e2e_cli_token";
const HELD_LOCK_RUN = "run-42";

let releases: PushedReleases;
let github: GitHubApiServer;
let app: string;
let ports: { staging: number; production: number };
let workspace: string;
let ledgerPath: string;

interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** quai ARGS in the checkout, as a shell runs it: no colour, the engine the tests use. */
function quai(args: string[], env: Record<string, string> = {}): Promise<Exit> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [QUAI_BIN, ...args],
      { cwd: workspace, env: cliEnvironment(env) },
      (_error, stdout, stderr) => resolve({ code: child.exitCode, stdout, stderr }),
    );
  });
}

/** quai ARGS with the JSON ledger. */
const withFile = (...args: string[]) => quai(["--ledger", ledgerPath, ...args]);

function ok(exit: Exit): string {
  expect(exit.code, exit.stderr).toBe(0);
  return exit.stdout;
}

async function serving(port: number): Promise<string> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(3000) });
    return ((await response.json()) as { version: string }).version;
  } catch (error) {
    return `unreachable (${(error as Error).message})`;
  }
}

/** The app's containers (names and states): what a dry run must leave as it was. */
async function containers(): Promise<string> {
  return docker(
    "ps",
    "-a",
    "--filter",
    `label=io.github.quai.deploy.app=${app}`,
    "--format",
    "{{.Names}} {{.State}}",
  );
}

beforeAll(async () => {
  await import("../../scripts/build-cli");
  releases = await pushReleases([
    { version: "1.0.0", behaviour: "ok" },
    { version: "1.1.0", behaviour: "ok" },
  ]);
  github = await startGitHubApiServer({ repositories: [REPOSITORY], tokens: { [TOKEN]: "write" } });
  app = `cli-${releases.repository.split("-").pop()}`;
  ports = { staging: await freePort(), production: await freePort() };
  ({ workspace, ledgerPath } = cliCheckout(
    `${quaiYmlHead(app, releases.repository, "variables:", "  GREETING: hello")}environments:
  staging:
    publish: 127.0.0.1:${ports.staging}
  production:
    after: staging
    publish: 127.0.0.1:${ports.production}
`,
  ));
}, 600_000);

afterAll(async () => {
  expect(github?.violations ?? []).toEqual([]);
  await github?.close();
  if (app) await removeDeployedApp(app);
  // The lease the lock test takes, should that test fail before quai releases it.
  await engineLeaseStore(await connectEngine(process.env)).releaseRun(HELD_LOCK_RUN);
});

describe("quai with a JSON ledger", () => {
  it("deploys, and status shows what each environment runs", async () => {
    ok(await withFile("deploy", "staging", "1.0.0"));
    expect(await serving(ports.staging)).toBe("1.0.0");
    const status = JSON.parse(ok(await withFile("status", "--json")));
    expect(status.environments).toMatchObject([
      { environment: "staging", serving: { version: "1.0.0", digest: releases.digests["1.0.0"] }, lock: {} },
      { environment: "production", retained: [], lock: {} },
    ]);
    expect(status.environments[1].serving).toBeUndefined();
    // What serves, as the engine has it now: the ledger's digest, running.
    expect(status.environments[0].now).toMatchObject({
      serving: { version: "1.0.0", digest: releases.digests["1.0.0"] },
      state: { running: true, restartCount: 0, oomKilled: false },
    });
    expect(ok(await withFile("status", "staging"))).toMatch(/\nstaging\s+1\.0\.0\s.*\srunning\s/);
  });

  it("prints a dry run's plan and changes nothing, on the engine or in the ledger", async () => {
    const ledgerBefore = readFileSync(ledgerPath, "utf8");
    const containersBefore = await containers();
    const plan = ok(await withFile("deploy", "staging", "1.1.0", "--dry-run"));
    expect(plan).toContain(`Would deploy ${app} 1.1.0 to staging on docker`);
    expect(plan).toContain(`replacing  1.0.0 (${releases.digests["1.0.0"]?.slice(0, 19)})`);
    expect(plan).toContain("health     HTTP GET /health answering 200, 2 in a row");
    expect(readFileSync(ledgerPath, "utf8")).toBe(ledgerBefore);
    expect(await containers()).toBe(containersBefore);
    expect(await serving(ports.staging)).toBe("1.0.0");
  });

  it("promotes the digest staging runs, and diff shows what promoting ships", async () => {
    ok(await withFile("deploy", "staging", "1.1.0"));
    const before = JSON.parse(ok(await withFile("diff", "staging", "production", "--json")));
    expect(before).toMatchObject({ from: { release: { version: "1.1.0" } }, same: false });
    expect(before.to.release).toBeUndefined();

    ok(await withFile("promote", "staging", "production"));
    expect(await serving(ports.production)).toBe("1.1.0");
    expect(JSON.parse(ok(await withFile("diff", "staging", "production", "--json")))).toMatchObject({
      to: { release: { version: "1.1.0", digest: releases.digests["1.1.0"] } },
      same: true,
    });
  });

  it("rolls back, and history shows the rollback and the block", async () => {
    ok(await withFile("rollback", "staging"));
    expect(await serving(ports.staging)).toBe("1.0.0");
    ok(await withFile("block", "1.1.0", "--reason", "corrupts carts", "-e", "staging"));
    const history = ok(await withFile("history", "staging"));
    const rows = history.split("\n").slice(2);
    // Ids count across environments: 3 is production's promote.
    expect(rows[0]).toMatch(/^4\s+\S+\s+rollback of 2\s+1\.0\.0\s+.*success/);
    expect(rows[1]).toMatch(/^2\s+\S+\s+deploy\s+1\.1\.0\s+.*rolled_back\s+.*blocked by .*: corrupts carts$/);
  });

  it("refuses to promote a blocked release, exit 3, and production keeps serving", async () => {
    ok(await withFile("deploy", "staging", "1.1.0", "--force", "--reason", "checking the block"));
    const refused = await withFile("promote", "staging", "production");
    expect(refused.code).toBe(3);
    expect(refused.stderr).toMatch(
      /\nquai: .* 1\.1\.0 is blocked \(corrupts carts; by .*\)\. .*--force --reason/,
    );
    expect(await serving(ports.production)).toBe("1.1.0");
  });

  it("shows a held lock with its holder, then releases it only with --force", async () => {
    const engine = await connectEngine(process.env);
    const leases = engineLeaseStore(engine);
    await leases.acquire(
      { app, environment: "production" },
      {
        holder: "alice",
        runUrl: "https://github.com/acme/release-app/actions/runs/42",
        runId: HELD_LOCK_RUN,
      },
      { ttlMs: 600_000, waitMs: 0 },
    );
    expect(ok(await withFile("lock", "status", "production"))).toBe(
      "production: the deployment lock is held by alice in https://github.com/acme/release-app/actions/runs/42 (run run-42)\n",
    );
    expect(ok(await withFile("status", "production"))).toMatch(/\nproduction\s+1\.1\.0\s.*\salice\s/);

    const refused = await withFile("lock", "release", "production");
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/held by alice .*release it with --force/);
    expect(await leases.heldBy({ app, environment: "production" })).toMatchObject({ holder: "alice" });

    expect(ok(await withFile("lock", "release", "production", "--force"))).toMatch(
      /^production: released the deployment lock alice held \(run run-42\), by .* \(cli\) with --force\nNo deployment was in progress in the ledger: the release is recorded nowhere else\n$/,
    );
    expect(await leases.heldBy({ app, environment: "production" })).toBeUndefined();
  });

  it("says on one line what is wrong with bad input, exit 2", async () => {
    const unknown = await withFile("stauts");
    expect(unknown).toEqual({
      code: 2,
      stdout: "",
      stderr: "quai: unknown command 'stauts' (Did you mean status?)\n",
    });
    expect((await withFile("status", "qa")).code).toBe(2);
    const noVersion = await withFile("deploy", "staging", "9.9.9");
    expect(noVersion.code).toBe(2);
    expect(noVersion.stderr).toMatch(/\nquai: .* has no release 9\.9\.9\. Push it with push-versioned first/);
    const noToken = await quai(["status"]);
    expect(noToken).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^quai: No token for the GitHub ledger\. /),
    });
  });
});

describe("quai with GitHub Deployments", () => {
  const env = () => ({ GITHUB_TOKEN: TOKEN, GITHUB_API_URL: github.url });

  it("deploys and reads back status and history from GitHub", async () => {
    ok(await quai(["--repo", REPOSITORY, "deploy", "staging", "1.0.0"], env()));
    expect(await serving(ports.staging)).toBe("1.0.0");
    const status = JSON.parse(ok(await quai(["--repo", REPOSITORY, "status", "staging", "--json"], env())));
    expect(status.environments[0]).toMatchObject({
      serving: { version: "1.0.0", digest: releases.digests["1.0.0"] },
    });
    const history = ok(await quai(["--repo", REPOSITORY, "history", "staging"], env()));
    expect(history).toContain(`(ledger: GitHub Deployments of ${REPOSITORY})`);
    expect(history.split("\n")[2]).toMatch(/\sdeploy\s+1\.0\.0\s+.*success/);
  });
});
