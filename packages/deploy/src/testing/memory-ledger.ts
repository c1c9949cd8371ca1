// A Ledger held in memory, for unit tests of what sits above the ledger seam.
import { UserError } from "@quai/core";
import type { BlockedRelease, DeploymentRecord, Ledger, NewDeployment, TrafficFigures } from "../contract";
import { statusDescription } from "../ledger/status-description";

export class MemoryLedger implements Ledger {
  readonly description = "memory";
  readonly deployments: DeploymentRecord[] = [];
  readonly blocks: BlockedRelease[] = [];
  private clock = 0;

  async start(deployment: NewDeployment): Promise<DeploymentRecord> {
    const now = this.tick();
    const record: DeploymentRecord = {
      ...deployment,
      id: String(this.deployments.length + 1),
      status: "in_progress",
      createdAt: now,
      updatedAt: now,
    };
    this.deployments.push(record);
    return { ...record };
  }

  async finish(
    id: string,
    status: Exclude<DeploymentRecord["status"], "in_progress">,
    details: { description?: string; url?: string; logUrl?: string } = {},
  ): Promise<DeploymentRecord> {
    const record = this.find(id);
    record.status = status;
    if (details.description !== undefined) record.description = statusDescription(details.description);
    record.url = details.url ?? record.url;
    record.logUrl = details.logUrl ?? record.logUrl;
    record.updatedAt = this.tick();
    return { ...record };
  }

  async recordFigures(id: string, figures: TrafficFigures): Promise<DeploymentRecord> {
    const record = this.find(id);
    record.figures = { ...figures };
    return { ...record };
  }

  async history(app: string, environment: string): Promise<DeploymentRecord[]> {
    return this.deployments
      .filter((deployment) => deployment.app === app && deployment.environment === environment)
      .reverse()
      .map((deployment) => ({ ...deployment }));
  }

  async block(release: Omit<BlockedRelease, "blockedAt">): Promise<BlockedRelease> {
    const block = { ...release, blockedAt: this.tick() };
    this.blocks.push(block);
    return block;
  }

  async blocked(app: string, digest: string): Promise<BlockedRelease | undefined> {
    return this.blocks.find((block) => block.app === app && block.digest === digest);
  }

  async unblock(app: string, digest: string): Promise<BlockedRelease | undefined> {
    const lifted = await this.blocked(app, digest);
    for (let index = this.blocks.length - 1; index >= 0; index--) {
      if (this.blocks[index]?.app === app && this.blocks[index]?.digest === digest)
        this.blocks.splice(index, 1);
    }
    return lifted;
  }

  /** Records a finished deployment directly, for tests that start from a history. */
  async record(deployment: NewDeployment, status: DeploymentRecord["status"]): Promise<DeploymentRecord> {
    const started = await this.start(deployment);
    return status === "in_progress" ? started : this.finish(started.id, status);
  }

  private find(id: string): DeploymentRecord {
    const record = this.deployments.find((deployment) => deployment.id === id);
    if (!record) throw new UserError(`No deployment ${id} in the memory ledger`);
    return record;
  }

  private tick(): string {
    return new Date(Date.UTC(2026, 0, 1) + ++this.clock * 1000).toISOString();
  }
}
