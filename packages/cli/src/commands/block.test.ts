import { JsonFileLedger } from "@quai/deploy";
import { describe, expect, it } from "vitest";
import { cliWorkspace } from "../testing";

const DIGEST = `sha256:${"12".repeat(32)}`;

async function deployed(ledgerPath: string) {
  const ledger = new JsonFileLedger(ledgerPath);
  const started = await ledger.start({
    app: "shop",
    environment: "staging",
    version: "1.2.0",
    digest: DIGEST,
    actor: "alice",
    commit: "c".repeat(40),
  });
  await ledger.finish(started.id, "success");
  return ledger;
}

describe("quai block and unblock", () => {
  it("blocks a release the ledger recorded, by its digest, then lifts the block", async () => {
    const { run, ledgerPath } = cliWorkspace();
    const ledger = await deployed(ledgerPath);
    const blocked = await run([
      "block",
      "1.2.0",
      "--reason",
      "corrupts carts",
      "-e",
      "staging",
      "--ledger",
      ledgerPath,
    ]);
    expect(blocked.stderr).toBe("");
    expect(blocked.code).toBe(0);
    expect(blocked.stdout).toBe(
      "Blocked shop 1.2.0 (sha256:121212121212): deploys and promotes of it are refused until quai unblock 1.2.0\n",
    );
    expect(await ledger.blocked("shop", DIGEST)).toMatchObject({
      version: "1.2.0",
      reason: "corrupts carts",
      environment: "staging",
      blockedBy: expect.stringMatching(/ \(cli\)$/),
    });

    const unblocked = await run(["unblock", "1.2.0", "--ledger", ledgerPath]);
    expect(unblocked).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^Unblocked shop 1\.2\.0 \(blocked by .*: corrupts carts\)\n$/),
    });
    expect(await ledger.blocked("shop", DIGEST)).toBeUndefined();
  });

  it("refuses a version the ledger never recorded, and an unblock of a release not blocked, exit 2", async () => {
    const { run, ledgerPath } = cliWorkspace();
    const ledger = await deployed(ledgerPath);
    expect(await run(["block", "9.9.9", "--reason", "x", "--ledger", ledgerPath])).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "quai: The ledger has no release 9.9.9 of shop in any environment. Name a version quai deployed (quai history ENV lists them)\n",
    });
    expect(await run(["unblock", "1.2.0", "--ledger", ledgerPath])).toMatchObject({
      code: 2,
      stderr: "quai: shop 1.2.0 is not blocked in the ledger. quai history ENV shows the blocks\n",
    });
    expect(await ledger.blocked("shop", DIGEST)).toBeUndefined();
  });

  it("needs a reason to block", async () => {
    const { run, ledgerPath } = cliWorkspace();
    expect(await run(["block", "1.2.0", "--ledger", ledgerPath])).toEqual({
      code: 2,
      stdout: "",
      stderr: "quai: required option '--reason <why>' not specified\n",
    });
  });
});
