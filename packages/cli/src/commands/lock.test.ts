import { hostname, userInfo } from "node:os";
import { JsonFileLedger } from "@quai/deploy";
import { describe, expect, it } from "vitest";
import { FakeLeases } from "../../../deploy/src/testing/fake-target";
import { cliWorkspace } from "../testing";

/** Leases that remember which runs' leases were released. */
class ReleasingLeases extends FakeLeases {
  readonly released: string[] = [];

  override async releaseRun(runId: string): Promise<number> {
    this.released.push(runId);
    this.holder = undefined;
    return 1;
  }
}

function heldLeases(holder: string) {
  const leases = new ReleasingLeases();
  leases.holder = { holder, runUrl: "https://github.com/acme/shop/actions/runs/7", runId: "run-7" };
  return { released: leases.released, connectTarget: async () => ({ leases, target: undefined as never }) };
}

describe("quai lock", () => {
  it("shows who holds an environment's lock, and its run", async () => {
    const { run, ledgerPath } = cliWorkspace();
    const { connectTarget } = heldLeases("alice");
    const result = await run(["lock", "status", "staging", "--ledger", ledgerPath], {
      dependencies: { connectTarget },
    });
    expect(result).toEqual({
      code: 0,
      stdout:
        "staging: the deployment lock is held by alice in https://github.com/acme/shop/actions/runs/7 (run run-7)\n",
      stderr: "",
    });
  });

  it("releases someone else's lock only with --force, saying who did, in the ledger too", async () => {
    const { run, ledgerPath } = cliWorkspace();
    const { connectTarget, released } = heldLeases("alice");
    // alice's run, killed mid-deploy, left its deployment in progress.
    const ledger = new JsonFileLedger(ledgerPath);
    const left = await ledger.start({
      app: "shop",
      environment: "staging",
      version: "1.2.0",
      digest: `sha256:${"1".repeat(64)}`,
      actor: "alice",
      commit: "c".repeat(40),
      logUrl: "https://github.com/acme/shop/actions/runs/7",
    });
    const refused = await run(["lock", "release", "staging", "--ledger", ledgerPath], {
      dependencies: { connectTarget },
    });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      "quai: The deployment lock of staging is held by alice (https://github.com/acme/shop/actions/runs/7), not by you. If that run is gone, release it with --force; a run still deploying would then race the next deploy\n",
    );
    expect(released).toEqual([]);

    const forced = await run(["lock", "release", "staging", "--force", "--ledger", ledgerPath], {
      dependencies: { connectTarget },
    });
    expect(forced.code).toBe(0);
    const actor = `${userInfo().username}@${hostname()} (cli)`;
    expect(forced.stdout).toBe(
      `staging: released the deployment lock alice held (run run-7), by ${actor} with --force\n` +
        `Closed deployment ${left.id} (1.2.0) as error in the ledger, saying who released the lock\n`,
    );
    expect(released).toEqual(["run-7"]);
    const [closed] = await ledger.history("shop", "staging");
    expect(closed).toMatchObject({
      id: left.id,
      status: "error",
      description: `Its lock (run run-7) released by ${actor} with --force`,
      logUrl: "https://github.com/acme/shop/actions/runs/7",
    });
  });

  it("releases its own lock without --force", async () => {
    const { run, ledgerPath } = cliWorkspace();
    const { connectTarget, released } = heldLeases(`${userInfo().username}@${hostname()} (cli)`);
    const result = await run(["lock", "release", "production", "--ledger", ledgerPath], {
      dependencies: { connectTarget },
    });
    expect(result.code).toBe(0);
    expect(released).toEqual(["run-7"]);
  });

  it("refuses an unreachable target on one line, exit 2", async () => {
    const { run, ledgerPath } = cliWorkspace();
    const result = await run(["lock", "status", "staging", "--ledger", ledgerPath], {
      dependencies: { connectTarget: undefined },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^quai: No Docker engine answers at unix:\/\/\/nonexistent\/docker\.sock .*\n$/,
    );
  });
});
