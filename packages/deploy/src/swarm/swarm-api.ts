// The one seam between the Swarm target and a Docker engine that is a Swarm manager: the few
// Engine API calls the target makes, in the shapes it needs. Unit tests fake this interface; the
// dockerode adapter below is exercised against the real engine by the integration tests.
import { parseImageRef } from "@quai/core";
import { demultiplexed, labelFilters, orUndefinedWhenMissing } from "@quai/docker";
import type Dockerode from "dockerode";
import type { RegistryAuth } from "../contract";
import { containerSpec } from "./service-spec";

export type ServiceSpec = Dockerode.ServiceSpec;
export type UpdateState = Dockerode.UpdateState;

export interface SwarmService {
  id: string;
  /** The version an update must name, so that it does not overwrite a change it has not seen. */
  version: number;
  spec: ServiceSpec;
  /** The spec before the last update: what `rollback=previous` brings back. */
  previousSpec?: ServiceSpec;
  /** Undefined before the first update, and again while a new update has not started. */
  updateState?: UpdateState;
  updateMessage?: string;
}

/**
 * Swarm refused an update that named an older version of the service. Swarm moves the version
 * itself too, each time it records an update's progress (moby/swarmkit#1379).
 */
export class ServiceVersionConflictError extends Error {}

/** The engine's words for it, sent as an HTTP 500. */
const VERSION_CONFLICT = "update out of sequence";

export interface SwarmTask {
  id: string;
  /** new, pending, assigned, preparing, starting, running, complete, failed, shutdown, rejected… */
  state: string;
  desiredState: string;
  /** Why the task failed or is not scheduled ("task: non-zero exit (137): dockerexec: unhealthy container"). */
  error?: string;
  /** The container spec's labels: which deployment the task runs. */
  labels: Record<string, string>;
  createdAt: string;
  /** The node it is scheduled on; undefined until it is. */
  nodeId?: string;
}

/** A Swarm secret or config: named, labelled data the services mount. */
export interface SwarmSecret {
  id: string;
  name: string;
  labels: Record<string, string>;
}

export type SwarmConfig = SwarmSecret;

export interface SwarmApi {
  /** By id or exact name; undefined when there is no such service. */
  inspectService(idOrName: string): Promise<SwarmService | undefined>;
  /** Services that carry all these labels. */
  listServices(labels: Record<string, string>): Promise<SwarmService[]>;
  /** Returns the new service's id. */
  createService(spec: ServiceSpec, auth?: RegistryAuth): Promise<string>;
  /**
   * Replaces the spec, or with "rollback" asks Swarm to bring back the previous one. Throws
   * ServiceVersionConflictError when the service is no longer at `service.version`.
   */
  updateService(service: SwarmService, change: ServiceSpec | "rollback", auth?: RegistryAuth): Promise<void>;
  /** A missing service is not an error. */
  removeService(id: string): Promise<void>;
  listTasks(serviceId: string): Promise<SwarmTask[]>;
  /** The task's last log lines, stdout and stderr interleaved. */
  taskLogTail(taskId: string, lines: number): Promise<string[]>;
  /** Secrets that carry all these labels (never their content: Swarm does not give it back). */
  listSecrets(labels: Record<string, string>): Promise<SwarmSecret[]>;
  /** Returns the new secret's id. */
  createSecret(name: string, labels: Record<string, string>, value: string): Promise<string>;
  /** A missing secret is not an error. */
  removeSecret(id: string): Promise<void>;
  /** Configs (files Swarm mounts, not secret: the probe program) that carry all these labels. */
  listConfigs(labels: Record<string, string>): Promise<SwarmConfig[]>;
  /** Returns the new config's id. */
  createConfig(name: string, labels: Record<string, string>, data: Buffer): Promise<string>;
  /** A missing config is not an error. */
  removeConfig(id: string): Promise<void>;
  /** The processor architecture of each node (`x86_64`, `aarch64`), as the nodes report it. */
  nodeArchitectures(): Promise<string[]>;
  /** The IPv4 address the node is reached at by the Swarm; undefined when there is no such node. */
  nodeAddress(nodeId: string): Promise<string | undefined>;
}

interface TaskInfo {
  ID: string;
  CreatedAt: string;
  DesiredState: string;
  NodeID?: string;
  Status: { State: string; Err?: string };
  Spec: { ContainerSpec?: { Labels?: Record<string, string> } };
}

/** The SwarmApi of a dockerode client. */
export function dockerodeSwarmApi(api: Dockerode): SwarmApi {
  return {
    async inspectService(idOrName) {
      const info = await orUndefinedWhenMissing(api.getService(idOrName).inspect());
      return info && swarmService(info);
    },

    async listServices(labels) {
      const services = await api.listServices({ filters: labelFilters(labels) });
      return services.map(swarmService);
    },

    async createService(spec, auth) {
      // Always both arguments: given one, dockerode also sends the spec as X-Registry-Auth.
      const service = await api.createService(authConfig(spec, auth) as Dockerode.AuthConfig, spec);
      return service.id;
    },

    async updateService(service, change, auth) {
      // rollback=previous is a query parameter; Swarm then ignores the spec sent with it.
      const query =
        change === "rollback"
          ? { version: service.version, rollback: "previous" }
          : { version: service.version };
      const spec = change === "rollback" ? service.spec : change;
      try {
        // dockerode sends _query as the query string and _body as the body.
        await api
          .getService(service.id)
          .update({ authconfig: authConfig(spec, auth), _query: query, _body: spec });
      } catch (error) {
        if (!(error as Error).message?.includes(VERSION_CONFLICT)) throw error;
        throw new ServiceVersionConflictError(`${service.spec.Name}: ${VERSION_CONFLICT}`);
      }
    },

    async removeService(id) {
      await orUndefinedWhenMissing(api.getService(id).remove());
    },

    async listTasks(serviceId) {
      const tasks = (await api.listTasks({
        filters: JSON.stringify({ service: [serviceId] }),
      })) as TaskInfo[];
      return tasks.map((task) => ({
        id: task.ID,
        state: task.Status.State,
        desiredState: task.DesiredState,
        error: task.Status.Err || undefined,
        labels: task.Spec.ContainerSpec?.Labels ?? {},
        createdAt: task.CreatedAt,
        nodeId: task.NodeID || undefined,
      }));
    },

    async taskLogTail(taskId, lines) {
      const task = api.getTask(taskId) as unknown as {
        logs(options: Record<string, unknown>): Promise<Buffer>;
      };
      const log = await task.logs({ stdout: true, stderr: true, tail: lines, follow: false });
      return demultiplexed(log)
        .split("\n")
        .filter((line) => line !== "");
    },

    async listSecrets(labels) {
      return swarmObjects(await api.listSecrets({ filters: labelFilters(labels) }));
    },

    async createSecret(name, labels, value) {
      const created = await api.createSecret(
        objectSpec(name, labels, Buffer.from(value)) as Dockerode.SecretSpec,
      );
      return (created as unknown as { id: string }).id;
    },

    async removeSecret(id) {
      await orUndefinedWhenMissing(api.getSecret(id).remove());
    },

    async listConfigs(labels) {
      return swarmObjects(await api.listConfigs({ filters: labelFilters(labels) }));
    },

    async createConfig(name, labels, data) {
      const created = await api.createConfig(objectSpec(name, labels, data) as Dockerode.ConfigSpec);
      return (created as unknown as { id: string }).id;
    },

    async removeConfig(id) {
      await orUndefinedWhenMissing(api.getConfig(id).remove());
    },

    async nodeArchitectures() {
      const nodes = (await api.listNodes()) as Array<{
        Description?: { Platform?: { Architecture?: string } };
      }>;
      return nodes.map((node) => node.Description?.Platform?.Architecture ?? "unknown");
    },

    async nodeAddress(nodeId) {
      const node = (await orUndefinedWhenMissing(api.getNode(nodeId).inspect())) as
        | { Status?: { Addr?: string }; ManagerStatus?: { Addr?: string } }
        | undefined;
      const address = node?.Status?.Addr;
      // A manager may report 0.0.0.0 as its address (moby/moby#35437); its manager address is right.
      if (address && address !== "0.0.0.0") return address;
      return node?.ManagerStatus?.Addr?.replace(/:\d+$/, "") || address || undefined;
    },
  };
}

/** A secret's or config's create body, sent as the body only: dockerode would also put every field in the query string. */
function objectSpec(name: string, labels: Record<string, string>, data: Buffer): unknown {
  return { _query: {}, _body: { Name: name, Labels: labels, Data: data.toString("base64") } };
}

function swarmObjects(
  objects: Array<{ ID: string; Spec?: { Name?: string; Labels?: Record<string, string> } }>,
): SwarmSecret[] {
  return objects.map((object) => ({
    id: object.ID,
    name: object.Spec?.Name ?? object.ID,
    labels: object.Spec?.Labels ?? {},
  }));
}

function swarmService(info: Dockerode.Service): SwarmService {
  return {
    id: info.ID,
    version: info.Version?.Index ?? 0,
    spec: info.Spec ?? {},
    previousSpec: info.PreviousSpec,
    updateState: info.UpdateStatus?.State,
    updateMessage: info.UpdateStatus?.Message,
  };
}

/** X-Registry-Auth, so that every node can pull the release from a private registry. */
function authConfig(spec: ServiceSpec, auth: RegistryAuth | undefined): Dockerode.AuthConfig | undefined {
  const image = containerSpec(spec)?.Image;
  return auth && image ? { ...auth, serveraddress: parseImageRef(image).registry } : undefined;
}
