// The ledger in one JSON file, for the CLI, the demo and tests. Readers never see a half-written
// file (each write goes to a temporary file renamed over the ledger), and writers take turns
// through a lock file created with O_EXCL, so two processes deploying at once lose no record.

import { randomUUID } from "node:crypto";
import { link, mkdir, open, readFile, rename, rm, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { dirname } from "node:path";
import { type Clock, poll, systemClock, UserError } from "@quai/core";
import type {
  BlockedRelease,
  DeploymentRecord,
  DeploymentStatus,
  Ledger,
  NewDeployment,
  TrafficFigures,
} from "../contract";
import { statusDescription } from "./status-description";

const FORMAT_VERSION = 1;

interface LedgerFile {
  version: typeof FORMAT_VERSION;
  /** The id the next deployment gets: ids only grow, even across removed records. */
  nextId: number;
  deployments: DeploymentRecord[];
  blocked: BlockedRelease[];
}

/** What the lock file says about who holds it, so a stale lock can be recognised. */
interface LockOwner {
  token: string;
  pid: number;
  host: string;
  /** Clock time the lock was taken. */
  takenAt: number;
}

export interface JsonFileLedgerOptions {
  clock?: Clock;
  /** How long a write waits for another process's lock. */
  lockTimeoutMs?: number;
  /** A lock older than this is left from a crashed process (a write holds it for milliseconds). */
  staleLockMs?: number;
}

export class JsonFileLedger implements Ledger {
  readonly description: string;
  private readonly lockPath: string;
  private readonly clock: Clock;
  private readonly lockTimeoutMs: number;
  private readonly staleLockMs: number;

  constructor(
    readonly path: string,
    options: JsonFileLedgerOptions = {},
  ) {
    this.description = `JSON file ${path}`;
    this.lockPath = `${path}.lock`;
    this.clock = options.clock ?? systemClock;
    this.lockTimeoutMs = options.lockTimeoutMs ?? 10_000;
    this.staleLockMs = options.staleLockMs ?? 60_000;
  }

  async start(deployment: NewDeployment): Promise<DeploymentRecord> {
    return this.update((file) => {
      const now = this.now();
      const record: DeploymentRecord = {
        ...deployment,
        id: String(file.nextId++),
        status: "in_progress",
        createdAt: now,
        updatedAt: now,
      };
      file.deployments.push(record);
      return record;
    });
  }

  async finish(
    id: string,
    status: Exclude<DeploymentStatus, "in_progress">,
    details: { description?: string; url?: string; logUrl?: string } = {},
  ): Promise<DeploymentRecord> {
    return this.update((file) => {
      const record = this.recordIn(file, id);
      Object.assign(record, {
        status,
        description: details.description === undefined ? undefined : statusDescription(details.description),
        url: details.url ?? record.url,
        logUrl: details.logUrl ?? record.logUrl,
        updatedAt: this.now(),
      });
      return record;
    });
  }

  async recordFigures(id: string, figures: TrafficFigures): Promise<DeploymentRecord> {
    return this.update((file) => {
      const record = this.recordIn(file, id);
      record.figures = figures;
      return record;
    });
  }

  async history(app: string, environment: string): Promise<DeploymentRecord[]> {
    const file = await this.read();
    return file.deployments
      .filter((deployment) => deployment.app === app && deployment.environment === environment)
      .sort((a, b) => Number(b.id) - Number(a.id));
  }

  /** Blocking a blocked release again keeps the first block: who found it bad, and why. */
  async block(release: Omit<BlockedRelease, "blockedAt">): Promise<BlockedRelease> {
    return this.update((file) => {
      const existing = findBlock(file, release.app, release.digest);
      if (existing) return existing;
      const block = { ...release, blockedAt: this.now() };
      file.blocked.push(block);
      return block;
    });
  }

  async blocked(app: string, digest: string): Promise<BlockedRelease | undefined> {
    return findBlock(await this.read(), app, digest);
  }

  async unblock(app: string, digest: string): Promise<BlockedRelease | undefined> {
    return this.update((file) => {
      const lifted = findBlock(file, app, digest);
      file.blocked = file.blocked.filter((block) => block !== lifted);
      return lifted;
    });
  }

  private recordIn(file: LedgerFile, id: string): DeploymentRecord {
    const record = file.deployments.find((deployment) => deployment.id === id);
    if (!record) {
      throw new UserError(`No deployment ${id} in the ledger ${this.path}`, {
        hint: "Was the ledger file replaced or edited while the deployment ran?",
      });
    }
    return record;
  }

  private now(): string {
    return new Date(this.clock.now()).toISOString();
  }

  private async read(): Promise<LedgerFile> {
    let text: string;
    try {
      text = await readFile(this.path, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") {
        return { version: FORMAT_VERSION, nextId: 1, deployments: [], blocked: [] };
      }
      if ((error as NodeJS.ErrnoException).code === "EISDIR") {
        throw new UserError(`The ledger ${this.path} is a directory, not a file`, {
          hint: "Point the ledger at a JSON file (made on first use), such as deployments.json inside it",
          cause: error,
        });
      }
      throw error;
    }
    const unreadable = (why: string) =>
      new UserError(`The ledger ${this.path} is not a quai ledger (${why})`, {
        hint: "Restore it from a backup, or move it away to start an empty ledger",
        location: { file: this.path },
      });
    let file: LedgerFile;
    try {
      file = JSON.parse(text) as LedgerFile;
    } catch (error) {
      throw unreadable(error instanceof Error ? error.message : String(error));
    }
    if (file?.version !== FORMAT_VERSION)
      throw unreadable(`format version ${file?.version}, not ${FORMAT_VERSION}`);
    if (!Number.isInteger(file.nextId) || !Array.isArray(file.deployments) || !Array.isArray(file.blocked)) {
      throw unreadable("nextId, deployments or blocked is missing");
    }
    return file;
  }

  /** Reads, changes and writes the file under the lock; returns a copy of what `change` returns. */
  private async update<T>(change: (file: LedgerFile) => T): Promise<T> {
    await mkdir(dirname(this.path), { recursive: true });
    const owner = await this.lock();
    try {
      const file = await this.read();
      const result = structuredClone(change(file));
      const temporary = `${this.path}.${owner.token}.tmp`;
      await writeFile(temporary, `${JSON.stringify(file, null, 2)}\n`);
      await rename(temporary, this.path);
      return result;
    } finally {
      await this.unlock(owner);
    }
  }

  private async lock(): Promise<LockOwner> {
    const token = randomUUID();
    return poll(
      async () => {
        try {
          const handle = await open(this.lockPath, "wx");
          const owner: LockOwner = { token, pid: process.pid, host: hostname(), takenAt: this.clock.now() };
          await handle.writeFile(JSON.stringify(owner));
          await handle.close();
          return { done: true, value: owner };
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
        }
        const holder = await readLockOwner(this.lockPath);
        if (holder && this.isStale(holder)) {
          await this.breakLock(holder);
          return { done: false, reason: `removed the stale lock of pid ${holder.pid} on ${holder.host}` };
        }
        return { done: false, reason: holder ? `locked by pid ${holder.pid} on ${holder.host}` : "locked" };
      },
      {
        what: `the lock on ${this.path}`,
        timeoutMs: this.lockTimeoutMs,
        intervalMs: 10,
        backoff: 1.5,
        maxIntervalMs: 100,
        hint: `Another quai process is writing the ledger; if none is, remove ${this.lockPath}`,
        clock: this.clock,
      },
    );
  }

  /** Left by a process that is gone (same host), or held far longer than any write takes. */
  private isStale(holder: LockOwner): boolean {
    if (this.clock.now() - holder.takenAt > this.staleLockMs) return true;
    if (holder.host !== hostname()) return false;
    try {
      process.kill(holder.pid, 0);
      return false;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === "ESRCH";
    }
  }

  // Moves the stale lock aside first: a rename succeeds for one process only, so two that found
  // the same stale lock do not both remove it (nor one of them the other's fresh lock).
  private async breakLock(stale: LockOwner): Promise<void> {
    const aside = `${this.lockPath}.${randomUUID()}.stale`;
    try {
      await rename(this.lockPath, aside);
    } catch {
      return;
    }
    if ((await readLockOwner(aside))?.token !== stale.token) {
      // A fresh lock was taken between reading and moving it: give it back unless another is there.
      await link(aside, this.lockPath).catch(() => undefined);
    }
    await rm(aside, { force: true });
  }

  /** Removes the lock if it is still this writer's (a stale-lock breaker may have moved it). */
  private async unlock(owner: LockOwner): Promise<void> {
    if ((await readLockOwner(this.lockPath))?.token === owner.token) await rm(this.lockPath, { force: true });
  }
}

/** The lock's owner; undefined while its owner is still writing it, or when it is gone. */
async function readLockOwner(path: string): Promise<LockOwner | undefined> {
  try {
    return JSON.parse(await readFile(path, "utf8")) as LockOwner;
  } catch {
    return undefined;
  }
}

function findBlock(file: LedgerFile, app: string, digest: string): BlockedRelease | undefined {
  return file.blocked.find((block) => block.app === app && block.digest === digest);
}
