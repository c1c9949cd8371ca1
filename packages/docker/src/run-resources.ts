import { RUN_ID_LABEL, UserError } from "@quai/core";
import { labelFilters } from "./engine-streams";
import { firstLine, isMissing } from "./node-errors";

/**
 * The part of dockerode that finding and removing a run's resources needs. Narrower than
 * `Pick<Dockerode, …>` on purpose: a test fakes it in a few lines instead of whole Container classes.
 */
export interface ResourceApi {
  listContainers(options: { all: boolean; filters: string }): Promise<Array<{ Id: string; Names: string[] }>>;
  listNetworks(options: { filters: string }): Promise<Array<{ Id: string; Name: string }>>;
  listVolumes(options: { filters: string }): Promise<{ Volumes: Array<{ Name: string }> }>;
  getContainer(id: string): { remove(options: { force: boolean; v: boolean }): Promise<unknown> };
  getNetwork(id: string): { remove(): Promise<unknown> };
  getVolume(name: string): { remove(): Promise<unknown> };
}

/** A run's resources by kind: their names, unless told otherwise. */
export interface RunResources<Resource = string> {
  containers: Resource[];
  networks: Resource[];
  volumes: Resource[];
}

type ResourceKind = "container" | "network" | "volume";

const LIST_COMMANDS: Record<ResourceKind, string> = {
  container: "docker ps -a",
  network: "docker network ls",
  volume: "docker volume ls",
};

/** Removal goes by id (network names need not be unique); reports go by name. */
interface FoundResource {
  id: string;
  name: string;
}

/** How many resources there are, of every kind. */
export function countResources(resources: RunResources<unknown>): number {
  return resources.containers.length + resources.networks.length + resources.volumes.length;
}

/** What carries RUN_ID_LABEL=runId now, stopped containers included. */
export async function listRunResources(api: ResourceApi, runId: string): Promise<RunResources> {
  const found = await findRunResources(api, runId);
  return {
    containers: names(found.containers),
    networks: names(found.networks),
    volumes: names(found.volumes),
  };
}

/**
 * Removes what carries RUN_ID_LABEL=runId and returns what it removed. Containers go first (with
 * their anonymous volumes), since a network or volume in use by one cannot be removed.
 */
export async function removeRunResources(api: ResourceApi, runId: string): Promise<RunResources> {
  const found = await findRunResources(api, runId);
  const containers = await removeEach("container", found.containers, runId, (id) =>
    api.getContainer(id).remove({ force: true, v: true }),
  );
  const networks = await removeEach("network", found.networks, runId, (id) => api.getNetwork(id).remove());
  const volumes = await removeEach("volume", found.volumes, runId, (name) => api.getVolume(name).remove());
  return { containers, networks, volumes };
}

async function findRunResources(api: ResourceApi, runId: string): Promise<RunResources<FoundResource>> {
  const filters = labelFilters({ [RUN_ID_LABEL]: runId });
  const [containers, networks, volumes] = await Promise.all([
    api.listContainers({ all: true, filters }),
    api.listNetworks({ filters }),
    api.listVolumes({ filters }),
  ]);
  return {
    // The engine lists container names with a leading slash, unlike `docker ps`.
    containers: containers.map(({ Id, Names }) => ({ id: Id, name: Names[0]?.replace(/^\//, "") ?? Id })),
    networks: networks.map(({ Id, Name }) => ({ id: Id, name: Name })),
    volumes: volumes.Volumes.map(({ Name }) => ({ id: Name, name: Name })),
  };
}

/** Removes each resource in turn; the names of those it removed, not of those already gone. */
async function removeEach(
  kind: ResourceKind,
  resources: FoundResource[],
  runId: string,
  remove: (id: string) => Promise<unknown>,
): Promise<string[]> {
  const removed: string[] = [];
  for (const resource of resources) {
    try {
      await remove(resource.id);
      removed.push(resource.name);
    } catch (error) {
      // Gone since it was listed (an --rm container, another cleanup): what removal wanted anyway.
      if (!isMissing(error)) throw removalError(kind, resource.name, runId, error);
    }
  }
  return removed;
}

function removalError(kind: ResourceKind, name: string, runId: string, error: unknown): UserError {
  return new UserError(`Could not remove ${kind} ${name} of run ${runId} (${firstLine(error)})`, {
    hint: `See what the run left with: ${LIST_COMMANDS[kind]} --filter label=${RUN_ID_LABEL}=${runId}`,
    cause: error,
  });
}

function names(resources: FoundResource[]): string[] {
  return resources.map((resource) => resource.name);
}
