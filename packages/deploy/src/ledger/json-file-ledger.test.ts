import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { TimeoutError, UserError } from "@quai/core";
import { FakeClock } from "@quai/core/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { JsonFileLedger } from "./json-file-ledger";
import { describeLedgerContract, release } from "./ledger-contract";

let folder: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "quai-ledger-"));
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

/** Where the ledgers' fake clocks start: their records are dated from the first day of 2026. */
const START_OF_2026 = Date.UTC(2026, 0, 1);

function ledgerPath(): string {
  return join(folder, "ledger", "deployments.json");
}

function writeLock(owner: { pid: number; host?: string; takenAt: number }): void {
  writeFileSync(
    `${ledgerPath()}.lock`,
    JSON.stringify({ token: "someone-else", host: hostname(), ...owner }),
  );
}

describeLedgerContract(
  "JsonFileLedger",
  () => new JsonFileLedger(ledgerPath(), { clock: new FakeClock(START_OF_2026) }),
);

describe("JsonFileLedger", () => {
  it("a ledger path that is a directory is a UserError naming it", async () => {
    const ledger = new JsonFileLedger(folder, { clock: new FakeClock(START_OF_2026) });
    for (const attempt of [ledger.history("shop", "staging"), ledger.start(release("1.0.0"))]) {
      const error = await attempt.then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).message).toBe(`The ledger ${folder} is a directory, not a file`);
    }
  });

  it("gives increasing ids and keeps the file readable JSON, leaving no temporary or lock file", async () => {
    const ledger = new JsonFileLedger(ledgerPath(), { clock: new FakeClock(START_OF_2026) });
    const ids = [];
    for (const version of ["1.0.0", "1.1.0", "1.2.0"]) ids.push((await ledger.start(release(version))).id);
    expect(ids).toEqual(["1", "2", "3"]);

    const file = JSON.parse(readFileSync(ledgerPath(), "utf8"));
    expect(file).toMatchObject({ version: 1, nextId: 4, blocked: [] });
    expect(file.deployments.map((deployment: { version: string }) => deployment.version)).toEqual([
      "1.0.0",
      "1.1.0",
      "1.2.0",
    ]);
    expect(readdirSync(join(folder, "ledger"))).toEqual(["deployments.json"]);
  });

  it("loses no record when two ledgers on the same file write at once", async () => {
    const first = new JsonFileLedger(ledgerPath());
    const second = new JsonFileLedger(ledgerPath());
    const versions = Array.from({ length: 12 }, (_, index) => `1.0.${index}`);
    const started = await Promise.all(
      versions.map((version, index) => (index % 2 ? first : second).start(release(version))),
    );

    expect(new Set(started.map((deployment) => deployment.id)).size).toBe(12);
    const history = await first.history("shop", "staging");
    expect(history.map((deployment) => deployment.version).sort()).toEqual([...versions].sort());
  });

  it("loses no record when two processes write at once", async () => {
    const writer = fileURLToPath(new URL("./json-file-ledger.writer.fixture.ts", import.meta.url));
    const run = promisify(execFile);
    await Promise.all(
      ["a", "b"].map((name) => run(process.execPath, ["--import", "tsx", writer, ledgerPath(), name, "10"])),
    );

    const history = await new JsonFileLedger(ledgerPath()).history("shop", "staging");
    expect(history).toHaveLength(20);
    expect(history.map((deployment) => deployment.id)).toEqual(
      Array.from({ length: 20 }, (_, index) => String(20 - index)),
    );
  });

  it("takes over a lock left by a process that is gone", async () => {
    const ledger = new JsonFileLedger(ledgerPath(), { clock: new FakeClock(START_OF_2026) });
    await ledger.start(release("1.0.0"));
    const exited = promisify(execFile)(process.execPath, ["-e", ""]);
    const pid = exited.child.pid ?? 0;
    await exited;
    writeLock({ pid, takenAt: Date.UTC(2026, 0, 1) });

    await ledger.start(release("1.1.0"));
    expect((await ledger.history("shop", "staging")).map((deployment) => deployment.version)).toEqual([
      "1.1.0",
      "1.0.0",
    ]);
  });

  it("takes over a lock held far longer than a write takes", async () => {
    const clock = new FakeClock(START_OF_2026);
    const ledger = new JsonFileLedger(ledgerPath(), { clock, staleLockMs: 60_000 });
    await ledger.start(release("1.0.0"));
    writeLock({ pid: process.pid, takenAt: clock.now() - 61_000 });

    await expect(ledger.start(release("1.1.0"))).resolves.toMatchObject({ id: "2" });
  });

  it("waits for a live lock, then fails saying which process holds it and what to do", async () => {
    const clock = new FakeClock(START_OF_2026);
    const ledger = new JsonFileLedger(ledgerPath(), { clock, lockTimeoutMs: 5_000, staleLockMs: 60_000 });
    await ledger.start(release("1.0.0"));
    writeLock({ pid: process.pid, takenAt: clock.now() });

    const failure = await ledger.start(release("1.1.0")).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TimeoutError);
    expect((failure as TimeoutError).message).toContain(`locked by pid ${process.pid}`);
    expect((failure as TimeoutError).hint).toContain(`remove ${ledgerPath()}.lock`);
  });

  it("refuses a file that is not a ledger, pointing at it", async () => {
    const ledger = new JsonFileLedger(ledgerPath());
    await ledger.start(release("1.0.0"));
    writeFileSync(ledgerPath(), "{ not json");

    const failure = await ledger.history("shop", "staging").catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UserError);
    expect(failure).toMatchObject({ location: { file: ledgerPath() } });
  });
});
