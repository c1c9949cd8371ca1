// A LeaseStore on a Docker engine (a plain host or a Swarm manager). A lease is a container that is
// never started, named after the app and environment: creating a name that exists fails with 409,
// so the engine itself decides who holds it, with no lock of ours. Its labels say who holds it,
// for which run, and until when; labels cannot change, so a renewal writes the new expiry into a
// file of the container, which then wins over the label.
import {
  type Clock,
  formatDuration,
  poll,
  RUN_ID_LABEL,
  systemClock,
  TimeoutError,
  UserError,
} from "@quai/core";
import { type Engine, httpStatus } from "@quai/docker";
import type { Lease, LeaseHolder, LeaseStore } from "../contract";
import { nameSafe } from "../labels";
import { dockerodeHostApi, type HostApi } from "./engine-api";

/** An image without files, made once per engine with `docker import`: nothing to pull or trust. */
export const LEASE_IMAGE = "quai/lease:1";
const LEASE_LABEL = "io.github.quai.lease";
const LABELS = {
  app: `${LEASE_LABEL}.app`,
  environment: `${LEASE_LABEL}.environment`,
  holder: `${LEASE_LABEL}.holder`,
  runUrl: `${LEASE_LABEL}.run-url`,
  expiresAt: `${LEASE_LABEL}.expires-at`,
};
/** The end-of-archive marker alone: a tar with no entries. */
const EMPTY_TAR = Buffer.alloc(1024);
/** How often a waiting acquirer looks again. */
const WAIT_INTERVAL_MS = 1000;
/** Where a renewed lease keeps its expiry, in the lease container's own filesystem. */
const RENEWED_EXPIRY_PATH = "/expires-at";

function leaseName(key: { app: string; environment: string }): string {
  return `quai-lease-${nameSafe(key.app)}-${nameSafe(key.environment)}`;
}

export function engineLeaseStore(engine: Engine): LeaseStore {
  return new EngineLeaseStore(dockerodeHostApi(engine.api));
}

/** The lease as its container's labels tell it. */
interface HeldLease {
  containerId: string;
  holder: LeaseHolder;
  expiresAt: Date;
}

export class EngineLeaseStore implements LeaseStore {
  constructor(private readonly api: HostApi) {}

  async acquire(
    key: { app: string; environment: string },
    holder: LeaseHolder,
    options: { ttlMs: number; waitMs: number; clock?: Clock },
  ): Promise<Lease> {
    const clock = options.clock ?? systemClock;
    await this.ensureImage();
    const name = leaseName(key);
    let heldBy: HeldLease | undefined;
    try {
      return await poll(
        async () => {
          const attempt = await this.tryToTake(name, key, holder, options.ttlMs, clock);
          if ("lease" in attempt) return { done: true, value: attempt.lease };
          heldBy = attempt.heldBy;
          return { done: false, reason: heldBy ? `held by ${heldBy.holder.holder}` : "released just now" };
        },
        { what: `the lease of ${name}`, timeoutMs: options.waitMs, intervalMs: WAIT_INTERVAL_MS, clock },
      );
    } catch (error) {
      if (!(error instanceof TimeoutError) || !heldBy) throw error;
      const runUrl = heldBy.holder.runUrl ? ` (${heldBy.holder.runUrl})` : "";
      throw new UserError(
        `Environment ${key.environment} of ${key.app} is being deployed by ${heldBy.holder.holder}${runUrl} until ${heldBy.expiresAt.toISOString()}`,
        {
          hint: `Waited ${formatDuration(options.waitMs)} for it. Raise lock-timeout to wait longer; a lease past its expiry is taken over`,
        },
      );
    }
  }

  async releaseRun(runId: string): Promise<number> {
    const leases = (await this.api.listContainers({ [RUN_ID_LABEL]: runId })).filter(
      (container) => container.labels[LABELS.app] !== undefined,
    );
    for (const lease of leases) await this.api.removeContainer(lease.id);
    return leases.length;
  }

  async heldBy(key: { app: string; environment: string }, clock: Clock = systemClock) {
    const held = await this.heldLease(leaseName(key));
    return held && held.expiresAt.getTime() > clock.now() ? held.holder : undefined;
  }

  /** Creates the lease container, after removing a stale one; else says who holds it. */
  private async tryToTake(
    name: string,
    key: { app: string; environment: string },
    holder: LeaseHolder,
    ttlMs: number,
    clock: Clock,
  ): Promise<{ lease: Lease } | { heldBy: HeldLease | undefined }> {
    for (;;) {
      const expiresAt = new Date(clock.now() + ttlMs);
      try {
        const id = await this.api.createContainer({
          name,
          image: LEASE_IMAGE,
          // Never started, but the engine wants a command to create a container.
          cmd: ["lease"],
          labels: {
            [LABELS.app]: key.app,
            [LABELS.environment]: key.environment,
            [LABELS.holder]: holder.holder,
            [LABELS.runUrl]: holder.runUrl ?? "",
            [LABELS.expiresAt]: expiresAt.toISOString(),
            [RUN_ID_LABEL]: holder.runId,
          },
        });
        const lease = {
          holder,
          expiresAt,
          renew: async (renewTtlMs: number) => {
            lease.expiresAt = new Date(clock.now() + renewTtlMs);
            await this.api.writeFile(id, RENEWED_EXPIRY_PATH, lease.expiresAt.toISOString());
          },
          release: () => this.api.removeContainer(id),
        };
        return { lease };
      } catch (error) {
        if (httpStatus(error) !== 409) throw error;
      }
      const held = await this.heldLease(name);
      if (!held || held.expiresAt.getTime() > clock.now()) return { heldBy: held };
      // Removed by id: if another acquirer took the stale lease over first, its new lease stays.
      await this.api.removeContainer(held.containerId);
    }
  }

  private async heldLease(name: string): Promise<HeldLease | undefined> {
    const container = await this.api.inspectContainer(name);
    if (!container) return undefined;
    const label = (key: keyof typeof LABELS) => container.labels[LABELS[key]] || undefined;
    return {
      containerId: container.id,
      holder: {
        holder: label("holder") ?? "someone",
        runUrl: label("runUrl"),
        runId: container.labels[RUN_ID_LABEL] ?? "",
      },
      // A lease whose expiry cannot be read counts as expired rather than blocking forever.
      expiresAt: new Date(
        Date.parse(
          (await this.api.readFile(container.id, RENEWED_EXPIRY_PATH)) ?? label("expiresAt") ?? "",
        ) || 0,
      ),
    };
  }

  private async ensureImage(): Promise<void> {
    if (!(await this.api.hasImage(LEASE_IMAGE))) await this.api.importImage(EMPTY_TAR, LEASE_IMAGE);
  }
}
