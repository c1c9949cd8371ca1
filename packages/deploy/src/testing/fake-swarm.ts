// An in-memory Swarm for unit tests of the target: services, their tasks, secrets and configs. Each new
// spec (created, updated, rolled back to) gets one task, in the state `nextTask` says.
import { containerSpec } from "../swarm/service-spec";
import {
  type ServiceSpec,
  ServiceVersionConflictError,
  type SwarmApi,
  type SwarmConfig,
  type SwarmSecret,
  type SwarmService,
  type SwarmTask,
} from "../swarm/swarm-api";

export class FakeSwarm implements SwarmApi {
  readonly services = new Map<string, SwarmService>();
  readonly tasks: Array<SwarmTask & { serviceId: string }> = [];
  readonly secrets: Array<SwarmSecret & { value: string }> = [];
  readonly configs: Array<SwarmConfig & { data: Buffer }> = [];
  /** The nodes' architectures, one per node. */
  architectures = ["x86_64"];
  readonly calls: string[] = [];
  /** The state of the task the next spec gets; a failed one also pauses the update, as Swarm does. */
  nextTask: { state: string; error?: string } = { state: "running" };
  /**
   * Changes to the service that land just before the next update calls, one each: Swarm recording
   * an update's progress (a new version only), or a person changing the spec.
   */
  readonly changesBeforeUpdate: Array<(service: SwarmService) => SwarmService> = [];
  private counter = 0;

  async inspectService(idOrName: string): Promise<SwarmService | undefined> {
    const service = [...this.services.values()].find((s) => s.id === idOrName || s.spec.Name === idOrName);
    return service && structuredClone(service);
  }

  async listServices(labels: Record<string, string>): Promise<SwarmService[]> {
    return [...this.services.values()].filter((service) => hasLabels(service.spec.Labels ?? {}, labels));
  }

  async createService(spec: ServiceSpec): Promise<string> {
    const id = this.newId("service");
    this.calls.push(`create ${spec.Name}`);
    this.services.set(id, { id, version: 1, spec });
    this.startTask(id, spec);
    return id;
  }

  async updateService(service: SwarmService, change: ServiceSpec | "rollback"): Promise<void> {
    const intervening = this.changesBeforeUpdate.shift();
    const stored = this.services.get(service.id);
    if (intervening && stored) {
      this.services.set(service.id, { ...intervening(stored), version: stored.version + 1 });
    }
    const current = this.services.get(service.id);
    if (!current) throw new Error(`no service ${service.id}`);
    if (current.version !== service.version) throw new ServiceVersionConflictError("update out of sequence");
    this.calls.push(change === "rollback" ? `rollback ${service.spec.Name}` : `update ${service.spec.Name}`);
    const spec = change === "rollback" ? current.previousSpec : change;
    if (!spec) throw new Error("no previous spec");
    const next: SwarmService = {
      id: current.id,
      version: current.version + 1,
      spec,
      previousSpec: change === "rollback" ? undefined : current.spec,
      updateState: change === "rollback" ? "rollback_completed" : "completed",
    };
    this.services.set(current.id, next);
    const task = this.startTask(current.id, spec);
    if (change !== "rollback" && task.state === "failed") {
      this.services.set(current.id, { ...next, updateState: "paused" });
      this.nextTask = { state: "running" };
    }
  }

  async removeService(id: string): Promise<void> {
    this.calls.push(`remove ${this.services.get(id)?.spec.Name ?? id}`);
    this.services.delete(id);
  }

  async listTasks(serviceId: string): Promise<SwarmTask[]> {
    return this.tasks.filter((task) => task.serviceId === serviceId);
  }

  async taskLogTail(taskId: string): Promise<string[]> {
    return [`log of ${taskId}`];
  }

  async listSecrets(labels: Record<string, string>): Promise<SwarmSecret[]> {
    return this.secrets.filter((secret) => hasLabels(secret.labels, labels));
  }

  async createSecret(name: string, labels: Record<string, string>, value: string): Promise<string> {
    const id = this.newId("secret");
    this.secrets.push({ id, name, labels, value });
    return id;
  }

  async removeSecret(id: string): Promise<void> {
    const index = this.secrets.findIndex((secret) => secret.id === id);
    if (index >= 0) this.secrets.splice(index, 1);
  }

  async listConfigs(labels: Record<string, string>): Promise<SwarmConfig[]> {
    return this.configs.filter((config) => hasLabels(config.labels, labels));
  }

  async createConfig(name: string, labels: Record<string, string>, data: Buffer): Promise<string> {
    if (this.configs.some((config) => config.name === name)) throw new Error(`config ${name} exists`);
    const id = this.newId("config");
    this.configs.push({ id, name, labels, data });
    return id;
  }

  async removeConfig(id: string): Promise<void> {
    const index = this.configs.findIndex((config) => config.id === id);
    if (index >= 0) this.configs.splice(index, 1);
  }

  async nodeArchitectures(): Promise<string[]> {
    return [...this.architectures];
  }

  /** Each node's address, by id; tasks are scheduled on node-1. */
  readonly nodeAddresses = new Map([["node-1", "10.1.0.1"]]);

  async nodeAddress(nodeId: string): Promise<string | undefined> {
    return this.nodeAddresses.get(nodeId);
  }

  private startTask(serviceId: string, spec: ServiceSpec): SwarmTask {
    const task = {
      serviceId,
      id: this.newId("task"),
      desiredState: "running",
      labels: containerSpec(spec)?.Labels ?? {},
      createdAt: new Date(Date.UTC(2025, 0, 1, 0, 0, this.counter)).toISOString(),
      nodeId: "node-1",
      ...this.nextTask,
    };
    this.tasks.push(task);
    return task;
  }

  private newId(kind: string): string {
    this.counter++;
    return `${kind}-${this.counter}`;
  }
}

function hasLabels(labels: Record<string, string>, wanted: Record<string, string>): boolean {
  return Object.entries(wanted).every(([key, value]) => labels[key] === value);
}
