import { RUN_ID_LABEL, UserError } from "@quai/core";
import { FakeClock } from "@quai/core/testing";
import { beforeEach, describe, expect, it } from "vitest";
import type { LeaseHolder } from "../contract";
import { FakeHostApi } from "../testing/fake-host-api";
import { EngineLeaseStore, LEASE_IMAGE } from "./engine-lease";

const KEY = { app: "shop", environment: "production" };
const ALICE: LeaseHolder = {
  holder: "alice",
  runUrl: "https://github.com/o/r/actions/runs/1",
  runId: "run-1",
};
const BOB: LeaseHolder = { holder: "bob@laptop (cli)", runId: "run-2" };
const HOUR = 3_600_000;

describe("EngineLeaseStore", () => {
  let api: FakeHostApi;
  let clock: FakeClock;
  let leases: EngineLeaseStore;

  beforeEach(() => {
    api = new FakeHostApi();
    clock = new FakeClock();
    leases = new EngineLeaseStore(api);
  });

  it("takes a free lease: a never-started container of an imported empty image, labelled with its holder", async () => {
    const lease = await leases.acquire(KEY, ALICE, { ttlMs: HOUR, waitMs: 0, clock });
    expect(lease.holder).toEqual(ALICE);
    expect(lease.expiresAt.toISOString()).toBe("1970-01-01T01:00:00.000Z");
    const container = api.named("quai-lease-shop-production");
    expect(container).toMatchObject({ image: LEASE_IMAGE, running: false });
    expect(container?.labels).toMatchObject({
      "io.github.quai.lease.holder": "alice",
      "io.github.quai.lease.run-url": ALICE.runUrl,
      "io.github.quai.lease.expires-at": "1970-01-01T01:00:00.000Z",
      [RUN_ID_LABEL]: "run-1",
    });
    await lease.release();
    expect(api.containers.size).toBe(0);
    await leases.acquire(KEY, BOB, { ttlMs: HOUR, waitMs: 0, clock });
    expect(api.events.filter((event) => event.startsWith("import"))).toEqual([`import ${LEASE_IMAGE}`]);
  });

  it("tells who holds a lease until it is released or past its expiry", async () => {
    expect(await leases.heldBy(KEY, clock)).toBeUndefined();
    const lease = await leases.acquire(KEY, ALICE, { ttlMs: 1000, waitMs: 0, clock });
    expect(await leases.heldBy(KEY, clock)).toEqual(ALICE);
    await lease.renew(3000);
    await clock.sleep(2000);
    expect(await leases.heldBy(KEY, clock)).toEqual(ALICE);
    await clock.sleep(1500);
    expect(await leases.heldBy(KEY, clock)).toBeUndefined();
    await lease.release();
    expect(await leases.heldBy(KEY, clock)).toBeUndefined();
  });

  it("names the holder, its run and the expiry when the lease stays held", async () => {
    await leases.acquire(KEY, ALICE, { ttlMs: HOUR, waitMs: 0, clock });
    const error = (await leases
      .acquire(KEY, BOB, { ttlMs: HOUR, waitMs: 5000, clock })
      .catch((rejection: unknown) => rejection)) as UserError;
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toBe(
      "Environment production of shop is being deployed by alice (https://github.com/o/r/actions/runs/1) until 1970-01-01T01:00:00.000Z",
    );
    expect(error.hint).toMatch(/Raise lock-timeout to wait longer/);
    expect(clock.now()).toBe(5000);
  });

  it("keeps a renewed lease past its first expiry, and lets it be taken over once the renewal runs out", async () => {
    const lease = await leases.acquire(KEY, ALICE, { ttlMs: 1000, waitMs: 0, clock });
    await clock.sleep(500);
    await lease.renew(2000);
    expect(lease.expiresAt.toISOString()).toBe("1970-01-01T00:00:02.500Z");
    await clock.sleep(1000);
    const refused = (await leases
      .acquire(KEY, BOB, { ttlMs: HOUR, waitMs: 0, clock })
      .catch((rejection: unknown) => rejection)) as UserError;
    expect(refused.message).toMatch(/is being deployed by alice .* until 1970-01-01T00:00:02\.500Z$/);
    await clock.sleep(1001);
    expect((await leases.acquire(KEY, BOB, { ttlMs: HOUR, waitMs: 0, clock })).holder).toEqual(BOB);
  });

  it("waits for a lease that is released meanwhile", async () => {
    const first = await leases.acquire(KEY, ALICE, { ttlMs: HOUR, waitMs: 0, clock });
    const sleep = clock.sleep.bind(clock);
    clock.sleep = async (ms) => {
      await sleep(ms);
      if (clock.now() >= 3000) await first.release();
    };
    const second = await leases.acquire(KEY, BOB, { ttlMs: HOUR, waitMs: 10_000, clock });
    expect(second.holder).toEqual(BOB);
    expect(api.named("quai-lease-shop-production")?.labels["io.github.quai.lease.holder"]).toBe(
      "bob@laptop (cli)",
    );
  });

  it("takes over a lease past its expiry", async () => {
    await leases.acquire(KEY, ALICE, { ttlMs: 1000, waitMs: 0, clock });
    await clock.sleep(1001);
    const lease = await leases.acquire(KEY, BOB, { ttlMs: HOUR, waitMs: 0, clock });
    expect(lease.holder).toEqual(BOB);
    expect(api.containers.size).toBe(1);
  });

  it("keeps apart the leases of other environments", async () => {
    await leases.acquire(KEY, ALICE, { ttlMs: HOUR, waitMs: 0, clock });
    await leases.acquire({ ...KEY, environment: "staging" }, BOB, { ttlMs: HOUR, waitMs: 0, clock });
    expect(api.containers.size).toBe(2);
  });

  it("releases what a run still holds, and nothing else", async () => {
    await leases.acquire(KEY, ALICE, { ttlMs: HOUR, waitMs: 0, clock });
    await leases.acquire({ ...KEY, environment: "staging" }, ALICE, { ttlMs: HOUR, waitMs: 0, clock });
    await leases.acquire({ ...KEY, environment: "qa" }, BOB, { ttlMs: HOUR, waitMs: 0, clock });
    expect(await leases.releaseRun("run-1")).toBe(2);
    expect([...api.containers.values()].map((container) => container.name)).toEqual(["quai-lease-shop-qa"]);
  });
});
