import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { type DeploymentRecord, JsonFileLedger, type ServingRelease } from "@quai/deploy";
import { describe, expect, it } from "vitest";
import { FakeLeases } from "../../deploy/src/testing/fake-target";
import { MemoryLedger } from "../../deploy/src/testing/memory-ledger";
import { describeNow } from "./commands/status";
import { repositoryOfRemote } from "./context";
import { cliWorkspace } from "./testing";

const digest = (version: string) => `sha256:${version.replaceAll(".", "").padEnd(64, "f")}`;
const release = (version: string, environment: string, extra: Record<string, string> = {}) => ({
  app: "shop",
  environment,
  version,
  digest: digest(version),
  actor: "alice",
  commit: version.replaceAll(".", "").padEnd(40, "c"),
  ...extra,
});

/** staging ran 1.0.0 then 1.1.0 (blocked); production runs 1.0.0. */
async function seed(ledger: JsonFileLedger | MemoryLedger) {
  for (const [version, environment] of [
    ["1.0.0", "staging"],
    ["1.1.0", "staging"],
    ["1.0.0", "production"],
  ] as const) {
    const started = await ledger.start(release(version, environment));
    await ledger.finish(started.id, "success");
  }
  await ledger.block({
    app: "shop",
    digest: digest("1.1.0"),
    version: "1.1.0",
    reason: "corrupts carts",
    blockedBy: "bob",
  });
}

describe("quai's command line", () => {
  it("prints its usage with the exit codes, and exits 0", async () => {
    const { run } = cliWorkspace();
    const result = await run(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: quai/);
    expect(result.stdout).toContain("Exit codes: 0 ok, 1 failed, 2 bad usage");
  });

  it("suggests the nearest command or flag on one line, and exits 2", async () => {
    const { run } = cliWorkspace();
    expect(await run(["stauts"])).toEqual({
      code: 2,
      stdout: "",
      stderr: "quai: unknown command 'stauts' (Did you mean status?)\n",
    });
    const flag = await run(["status", "--jsno"]);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toBe("quai: unknown option '--jsno' (Did you mean --json?)\n");
  });

  it("finds quai.yml by walking up from the working directory", async () => {
    const { run, folder, ledgerPath } = cliWorkspace();
    await seed(new JsonFileLedger(ledgerPath));
    const below = join(folder, "services", "shop");
    mkdirSync(below, { recursive: true });
    const result = await run(["status", "--ledger", ledgerPath], { cwd: below });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("staging");
  });

  it("says on one line where it looked when there is no quai.yml, and exits 2", async () => {
    const { run } = cliWorkspace();
    const result = await run(["status"], { cwd: "/" });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "quai: No quai.yml in / or any directory above it. Run quai inside the repository that declares the environments, or pass --config path/to/quai.yml\n",
    );
  });

  it("refuses an environment quai.yml does not declare, naming those it does, exit 2", async () => {
    const { run, ledgerPath } = cliWorkspace();
    const result = await run(["history", "qa", "--ledger", ledgerPath]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^quai: Invalid environment: "qa" \(not declared in .*quai\.yml, which declares staging, production\)\n$/,
    );
  });

  it("needs a token for the GitHub ledger, and says where it looks for one", async () => {
    const { run } = cliWorkspace();
    const result = await run(["status"], { env: {} });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "quai: No token for the GitHub ledger. Set GITHUB_TOKEN or GH_TOKEN, run gh auth login, or pass --ledger FILE for a JSON ledger\n",
    );
  });

  it("takes the token from gh and the repository from the origin remote", async () => {
    const { run } = cliWorkspace();
    const asked: string[] = [];
    const opened: unknown[] = [];
    const result = await run(["history", "staging"], {
      env: {},
      dependencies: {
        run: (program, args) => {
          asked.push([program, ...args].join(" "));
          return program === "gh" ? "gho_token" : "git@github.com:acme/shop.git";
        },
        openLedger: (spec) => {
          opened.push(spec);
          return new MemoryLedger();
        },
      },
    });
    expect(result.code).toBe(0);
    expect(asked).toEqual(["gh auth token", "git remote get-url origin"]);
    expect(opened).toMatchObject([
      { kind: "github", token: "gho_token", env: { GITHUB_REPOSITORY: "acme/shop" } },
    ]);
  });

  it("reads the owner and name of a GitHub remote in each of its forms", () => {
    expect(repositoryOfRemote("git@github.com:acme/shop.git")).toBe("acme/shop");
    expect(repositoryOfRemote("https://github.com/acme/shop")).toBe("acme/shop");
    expect(repositoryOfRemote("ssh://git@github.com/acme/shop.git\n")).toBe("acme/shop");
  });

  it("refuses a --limit that is not a whole number ≥ 1, exit 2", async () => {
    const { run, ledgerPath } = cliWorkspace();
    const result = await run(["history", "staging", "--limit", "zero", "--ledger", ledgerPath]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^quai: --limit must be a whole number of at least 1, not "zero". Pass --limit 10, say\n$/,
    );
  });
});

describe("quai status", () => {
  it("shows one row per environment from a JSON ledger: version, digest, retained, block", async () => {
    const { run, ledgerPath } = cliWorkspace();
    await seed(new JsonFileLedger(ledgerPath));
    const result = await run(["status", "--ledger", ledgerPath]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe(`shop (ledger: JSON file ${ledgerPath})`);
    expect(lines[1]).toMatch(
      /^ENVIRONMENT\s+VERSION\s+DIGEST\s+SINCE\s+BY\s+NOW\s+RETAINED\s+LOCK\s+BLOCKED$/,
    );
    expect(lines[2]).toMatch(
      /^staging\s+1\.1\.0\s+sha256:110fffffffff\s+\d+s ago\s+alice\s+\?\s+1\.0\.0\s+unknown \(target unreachable\)\s+corrupts carts \(by bob\)$/,
    );
    expect(lines[3]).toMatch(
      /^production\s+1\.0\.0\s+sha256:100fffffffff\s+.*\s+\?\s+-\s+unknown \(target unreachable\)$/,
    );
    expect(result.stdout).toContain("staging: no engine in unit tests");
  });

  it("says how what serves fares now, from the engine: running and healthy, restarts and exits, another digest than the ledger's", () => {
    const serving = release("1.1.0", "production") as DeploymentRecord;
    const running = { version: "1.1.0", digest: digest("1.1.0") } as ServingRelease;
    const state = { running: true, restartCount: 0, oomKilled: false, exitCode: 0, healthLog: [] };
    expect(describeNow({ serving, now: { serving: running, state: { ...state, health: "healthy" } } })).toBe(
      "running, healthy",
    );
    expect(
      describeNow({
        serving,
        now: {
          serving: running,
          state: { ...state, running: false, exitCode: 137, oomKilled: true, restartCount: 3 },
        },
      }),
    ).toBe("exited 137, OOM-killed, 3 restarts");
    expect(
      describeNow({
        serving,
        now: { serving: { ...running, version: "9.9.9", digest: digest("9.9.9") }, state },
      }),
    ).toBe("runs 9.9.9, not the ledger's, running");
    expect(describeNow({ serving, now: {} })).toBe("nothing serves");
    expect(describeNow({ serving, now: undefined })).toBe("?");
  });

  it("shows who holds an environment's lock", async () => {
    const { run } = cliWorkspace();
    const ledger = new MemoryLedger();
    await seed(ledger);
    const leases = new FakeLeases();
    leases.holder = { holder: "https://github.com/acme/shop/actions/runs/7", runId: "7" };
    const result = await run(["status", "production", "--json", "--ledger", "memory.json"], {
      dependencies: {
        openLedger: () => ledger,
        connectTarget: async () => ({ leases, target: undefined as never }),
      },
    });
    expect(result.code).toBe(0);
    const status = JSON.parse(result.stdout);
    expect(status.environments).toHaveLength(1);
    expect(status.environments[0]).toMatchObject({
      environment: "production",
      serving: { version: "1.0.0", digest: digest("1.0.0") },
      retained: [],
      lock: { holder: { holder: "https://github.com/acme/shop/actions/runs/7" } },
    });
  });
});

describe("quai history", () => {
  it("lists deployments newest first with rollbacks, forced reasons and blocks", async () => {
    const { run } = cliWorkspace();
    const ledger = new MemoryLedger();
    await seed(ledger);
    await ledger.record(
      release("1.1.0", "production", { forcedReason: "hotfix for checkout" }),
      "rolled_back",
    );
    await ledger.record(release("1.0.0", "production", { rollbackOf: "4" }), "success");
    const result = await run(["history", "production", "--ledger", "memory.json"], {
      dependencies: { openLedger: () => ledger },
    });
    expect(result.code).toBe(0);
    const rows = result.stdout.split("\n").slice(2);
    expect(rows[0]).toMatch(/^5\s+\S+\s+rollback of 4\s+1\.0\.0\s+sha256:100fffffffff\s+success\s+alice$/);
    expect(rows[1]).toMatch(
      /^4\s+\S+\s+forced\s+1\.1\.0\s+\S+\s+rolled_back\s+alice\s+forced: hotfix for checkout; blocked by bob: corrupts carts$/,
    );
    expect(rows[2]).toMatch(/^3\s+\S+\s+deploy\s+1\.0\.0/);

    const limited = JSON.parse(
      (
        await run(["history", "production", "-n", "1", "--json", "--ledger", "memory.json"], {
          dependencies: { openLedger: () => ledger },
        })
      ).stdout,
    );
    expect(limited.entries).toHaveLength(1);
    expect(limited.entries[0]).toMatchObject({
      kind: "rollback",
      deployment: { version: "1.0.0", rollbackOf: "4" },
    });
  });

  it("says so when nothing was deployed yet", async () => {
    const { run, ledgerPath } = cliWorkspace();
    const result = await run(["history", "staging", "--ledger", ledgerPath]);
    expect(result).toMatchObject({
      code: 0,
      stdout: `shop in staging: nothing deployed yet (ledger: JSON file ${ledgerPath})\n`,
    });
  });
});

describe("quai diff", () => {
  it("shows what promoting would ship: the release and the commit range", async () => {
    const { run, ledgerPath } = cliWorkspace();
    await seed(new JsonFileLedger(ledgerPath));
    const result = await run(["diff", "staging", "production", "--ledger", ledgerPath, "--json"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      app: "shop",
      from: {
        environment: "staging",
        release: { version: "1.1.0", digest: digest("1.1.0"), commit: release("1.1.0", "").commit },
      },
      to: {
        environment: "production",
        release: { version: "1.0.0", digest: digest("1.0.0"), commit: release("1.0.0", "").commit },
      },
      same: false,
      commits: `${release("1.0.0", "").commit}..${release("1.1.0", "").commit}`,
      blocked: { reason: "corrupts carts", by: "bob" },
    });
    const text = await run(["diff", "staging", "production", "--ledger", ledgerPath]);
    expect(text.stdout).toContain("Promoting staging to production ships 1.1.0 (sha256:110fffffffff)");
    expect(text.stdout).toContain("Promoting would be refused: it is blocked (corrupts carts; by bob)");
  });

  it("says when both run the same release", async () => {
    const { run, ledgerPath } = cliWorkspace();
    await seed(new JsonFileLedger(ledgerPath));
    const result = await run(["diff", "production", "production", "--ledger", ledgerPath]);
    expect(result.stdout).toContain("production already runs what production runs: promoting ships nothing");
  });
});
