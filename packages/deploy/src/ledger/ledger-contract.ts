// What every Ledger does, as tests both ledgers run: the orchestrator relies on exactly this.
import { UserError } from "@quai/core";
import { describe, expect, it } from "vitest";
import type { Ledger, NewDeployment } from "../contract";

export function release(version: string, overrides: Partial<NewDeployment> = {}): NewDeployment {
  return {
    app: "shop",
    environment: "staging",
    version,
    digest: `sha256:${version.replaceAll(".", "").padStart(64, "0")}`,
    actor: "alice",
    commit: "0123456789abcdef0123456789abcdef01234567",
    ...overrides,
  };
}

/** Runs the contract against a fresh, empty ledger from `open` for each test. */
export function describeLedgerContract(name: string, open: () => Ledger): void {
  describe(`${name} as a Ledger`, () => {
    it("records a deployment as in_progress, then how it ended", async () => {
      const ledger = open();
      const started = await ledger.start(release("1.0.0", { url: "http://127.0.0.1:8080" }));
      expect(started).toMatchObject({
        ...release("1.0.0"),
        status: "in_progress",
        url: "http://127.0.0.1:8080",
      });

      const finished = await ledger.finish(started.id, "success", { logUrl: "https://ci.example/runs/1" });
      expect(finished).toMatchObject({
        id: started.id,
        status: "success",
        url: "http://127.0.0.1:8080",
        logUrl: "https://ci.example/runs/1",
        createdAt: started.createdAt,
      });
      expect(await ledger.history("shop", "staging")).toEqual([finished]);
    });

    it("keeps the release, what it replaced, the forced reason, the rollback it was and its hold", async () => {
      const ledger = open();
      const deployment = release("1.1.0", {
        previousVersion: "1.0.0",
        previousDigest: release("1.0.0").digest,
        forcedReason: "hotfix",
        rollbackOf: "7",
        hold: "container health drifted: OOM-killed",
      });
      await ledger.start(deployment);
      expect((await ledger.history("shop", "staging"))[0]).toMatchObject(deployment);
    });

    it("lists an environment's deployments of an app newest first, with what became of each", async () => {
      const ledger = open();
      const first = await ledger.start(release("1.0.0"));
      await ledger.finish(first.id, "success");
      const second = await ledger.start(release("1.1.0"));
      await ledger.finish(second.id, "success");
      const failed = await ledger.start(release("1.2.0"));
      await ledger.finish(failed.id, "failure", { description: "health check failed" });
      const rollback = await ledger.start(release("1.0.0", { rollbackOf: second.id }));
      await ledger.finish(rollback.id, "success");
      await ledger.finish(second.id, "rolled_back", { description: "rolled back to 1.0.0 by alice" });
      await ledger.start(release("9.9.9", { environment: "production" }));
      await ledger.start(release("9.9.9", { app: "other" }));

      const history = await ledger.history("shop", "staging");
      expect(history.map(({ version, status }) => ({ version, status }))).toEqual([
        { version: "1.0.0", status: "success" },
        { version: "1.2.0", status: "failure" },
        { version: "1.1.0", status: "rolled_back" },
        { version: "1.0.0", status: "success" },
      ]);
      expect(await ledger.history("shop", "qa")).toEqual([]);
    });

    it("closes a deployment its run abandoned as error, with the reason", async () => {
      const ledger = open();
      const abandoned = await ledger.start(release("1.3.0"));
      await ledger.finish(abandoned.id, "error", {
        description: "Abandoned: its run ended without finishing",
      });
      expect((await ledger.history("shop", "staging"))[0]).toMatchObject({
        version: "1.3.0",
        status: "error",
        description: "Abandoned: its run ended without finishing",
      });
    });

    it("keeps why a release was rolled back from, cut to the 140 characters GitHub keeps", async () => {
      const ledger = open();
      const bad = await ledger.start(release("1.4.0"));
      await ledger.finish(bad.id, "success");
      const reason = `5xx share 7.9% > 1% and > 2× baseline 0.3% for 3 samples; ${"evidence ".repeat(20)}`;
      await ledger.finish(bad.id, "rolled_back", {
        description: reason,
        logUrl: "https://example.test/run/1",
      });
      const [record] = await ledger.history("shop", "staging");
      expect(record).toMatchObject({ status: "rolled_back", logUrl: "https://example.test/run/1" });
      // GitHub's status starts "Rolled back: " within those 140 characters.
      expect(record?.description?.length).toBeLessThanOrEqual(140);
      expect(record?.description).toMatch(
        /^5xx share 7\.9% > 1% and > 2× baseline 0\.3% for 3 samples; evidence .*…$/,
      );
    });

    it("blocks a release everywhere, keeping the first block", async () => {
      const ledger = open();
      const bad = release("1.2.0");
      expect(await ledger.blocked("shop", bad.digest)).toBeUndefined();

      const block = await ledger.block({
        app: "shop",
        digest: bad.digest,
        version: "1.2.0",
        reason: "corrupts carts",
        blockedBy: "alice",
        environment: "staging",
      });
      expect(block).toMatchObject({
        app: "shop",
        digest: bad.digest,
        reason: "corrupts carts",
        blockedBy: "alice",
      });
      expect(Date.parse(block.blockedAt)).not.toBeNaN();
      await ledger.block({
        app: "shop",
        digest: bad.digest,
        version: "1.2.0",
        reason: "again",
        blockedBy: "bob",
      });

      expect(await ledger.blocked("shop", bad.digest)).toEqual(block);
      expect(await ledger.blocked("other", bad.digest)).toBeUndefined();
      expect(await ledger.blocked("shop", release("1.1.0").digest)).toBeUndefined();
    });

    it("lifts a release's block: the release is not blocked, and a new block is recorded anew", async () => {
      const ledger = open();
      const bad = release("1.2.0");
      const first = {
        app: "shop",
        digest: bad.digest,
        version: "1.2.0",
        reason: "corrupts carts",
        blockedBy: "alice",
      };
      await ledger.block(first);
      await ledger.block({ ...first, digest: release("1.3.0").digest, version: "1.3.0", reason: "slow" });

      expect(await ledger.unblock("shop", bad.digest, "bob")).toMatchObject(first);
      expect(await ledger.blocked("shop", bad.digest)).toBeUndefined();
      expect(await ledger.unblock("shop", bad.digest, "bob")).toBeUndefined();
      expect(await ledger.blocked("shop", release("1.3.0").digest)).toMatchObject({ reason: "slow" });

      await ledger.block({ ...first, reason: "corrupts carts again", blockedBy: "carol" });
      expect(await ledger.blocked("shop", bad.digest)).toMatchObject({
        reason: "corrupts carts again",
        blockedBy: "carol",
      });
    });

    it("keeps a deployment's traffic figures, whatever became of it after, until replaced", async () => {
      const ledger = open();
      const verified = await ledger.start(release("1.0.0", { url: "http://127.0.0.1:8080" }));
      await ledger.finish(verified.id, "success");
      const figures = { requests: 1200, share5xx: 6 / 1200, p50Ms: 12, p95Ms: 80, p99Ms: 140 };
      expect(await ledger.recordFigures(verified.id, figures)).toMatchObject({
        id: verified.id,
        status: "success",
        url: "http://127.0.0.1:8080",
        figures,
      });
      const next = await ledger.start(release("1.1.0"));
      await ledger.finish(next.id, "success");
      expect(
        (await ledger.history("shop", "staging")).map(({ status, figures }) => ({ status, figures })),
      ).toEqual([{ status: "success" }, { status: "success", figures }]);

      await ledger.finish(verified.id, "rolled_back", { description: "by alice" });
      const replaced = { requests: 60, share5xx: 0, p50Ms: 3, p95Ms: 9.5, p99Ms: 11 };
      await ledger.recordFigures(verified.id, replaced);
      expect((await ledger.history("shop", "staging"))[1]).toMatchObject({
        version: "1.0.0",
        status: "rolled_back",
        figures: replaced,
      });
    });

    it("refuses to finish a deployment it never recorded, or to give it figures", async () => {
      await expect(open().finish("424242", "success")).rejects.toBeInstanceOf(UserError);
      const figures = { requests: 1, share5xx: 0, p50Ms: 1, p95Ms: 1, p99Ms: 1 };
      await expect(open().recordFigures("424242", figures)).rejects.toBeInstanceOf(UserError);
    });
  });
}
