import { RUN_ID_LABEL, UserError } from "@quai/core";
import { beforeEach, describe, expect, it } from "vitest";
import { countResources, listRunResources, type ResourceApi, removeRunResources } from "./run-resources";

interface FakeResource {
  id: string;
  name: string;
  labels: Record<string, string>;
  running?: boolean;
}

type Kind = "container" | "network" | "volume";

function engineError(statusCode: number, message: string): Error {
  return Object.assign(new Error(`(HTTP code ${statusCode}) ${message}`), { statusCode });
}

/** Whether a resource carries every `key=value` of a `{"label": [...]}` filter, as the engine checks. */
function matchesFilters(resource: FakeResource, filters: string): boolean {
  const { label = [] } = JSON.parse(filters) as { label?: string[] };
  return label.every((pair) => {
    const [key = "", value] = pair.split("=");
    return resource.labels[key] === value;
  });
}

/** An engine in memory: lists by label, removes by id, and logs removals in the order they happen. */
class FakeEngine implements ResourceApi {
  readonly removals: string[] = [];
  readonly containerRemoveOptions: Array<{ force: boolean; v: boolean }> = [];
  /** A status the engine answers instead of removing, by resource name. */
  readonly failures = new Map<string, number>();
  private readonly resources: Record<Kind, FakeResource[]>;

  constructor(resources: Partial<Record<Kind, FakeResource[]>>) {
    this.resources = { container: [], network: [], volume: [], ...resources };
  }

  async listContainers(options: { all: boolean; filters: string }) {
    return this.matching("container", options.filters)
      .filter((container) => options.all || container.running)
      .map(({ id, name }) => ({ Id: id, Names: [`/${name}`] }));
  }

  async listNetworks(options: { filters: string }) {
    return this.matching("network", options.filters).map(({ id, name }) => ({ Id: id, Name: name }));
  }

  async listVolumes(options: { filters: string }) {
    return { Volumes: this.matching("volume", options.filters).map(({ name }) => ({ Name: name })) };
  }

  getContainer(id: string) {
    return {
      remove: async (options: { force: boolean; v: boolean }) => {
        this.containerRemoveOptions.push(options);
        this.remove("container", id);
      },
    };
  }

  getNetwork(id: string) {
    return { remove: async () => this.remove("network", id) };
  }

  getVolume(name: string) {
    return { remove: async () => this.remove("volume", name) };
  }

  private matching(kind: Kind, filters: string): FakeResource[] {
    return this.resources[kind].filter((resource) => matchesFilters(resource, filters));
  }

  private remove(kind: Kind, id: string): void {
    const resource = this.resources[kind].find((candidate) => candidate.id === id);
    if (!resource) throw engineError(404, `no such ${kind}: ${id}`);
    const failure = this.failures.get(resource.name);
    if (failure) throw engineError(failure, `${kind} ${resource.name} is in use`);
    this.resources[kind] = this.resources[kind].filter((candidate) => candidate !== resource);
    this.removals.push(`${kind} ${resource.name}`);
  }
}

const RUN = "1234-1-cafe";
const ofRun = (runId: string) => ({ [RUN_ID_LABEL]: runId });

let engine: FakeEngine;

beforeEach(() => {
  engine = new FakeEngine({
    container: [
      { id: "c1", name: "web", labels: ofRun(RUN), running: true },
      { id: "c2", name: "migrate", labels: ofRun(RUN), running: false },
      { id: "c3", name: "other-run-web", labels: ofRun("5678-1-beef"), running: true },
      { id: "c4", name: "unlabelled", labels: {}, running: true },
    ],
    network: [
      { id: "n1", name: "app", labels: ofRun(RUN) },
      { id: "n2", name: "app", labels: ofRun("5678-1-beef") },
    ],
    volume: [
      { id: "data", name: "data", labels: ofRun(RUN) },
      { id: "cache", name: "cache", labels: {} },
    ],
  });
});

describe("listRunResources", () => {
  it("finds what carries the run's label, stopped containers included", async () => {
    expect(await listRunResources(engine, RUN)).toEqual({
      containers: ["web", "migrate"],
      networks: ["app"],
      volumes: ["data"],
    });
  });

  it("finds nothing for a run that made nothing", async () => {
    expect(await listRunResources(engine, "9999-1-0000")).toEqual({
      containers: [],
      networks: [],
      volumes: [],
    });
  });
});

describe("removeRunResources", () => {
  it("removes containers, then networks, then volumes, and returns what it removed", async () => {
    expect(await removeRunResources(engine, RUN)).toEqual({
      containers: ["web", "migrate"],
      networks: ["app"],
      volumes: ["data"],
    });
    expect(engine.removals).toEqual(["container web", "container migrate", "network app", "volume data"]);
    expect(await listRunResources(engine, RUN)).toEqual({ containers: [], networks: [], volumes: [] });
  });

  it("leaves other runs' and unlabelled resources alone", async () => {
    await removeRunResources(engine, RUN);
    expect(await listRunResources(engine, "5678-1-beef")).toEqual({
      containers: ["other-run-web"],
      networks: ["app"],
      volumes: [],
    });
  });

  it("forces running containers out and takes their anonymous volumes with them", async () => {
    await removeRunResources(engine, RUN);
    expect(engine.containerRemoveOptions).toEqual([
      { force: true, v: true },
      { force: true, v: true },
    ]);
  });

  it("counts a resource gone since it was listed (404) as done, without claiming it", async () => {
    engine.failures.set("migrate", 404);
    engine.failures.set("app", 404);
    expect(await removeRunResources(engine, RUN)).toEqual({
      containers: ["web"],
      networks: [],
      volumes: ["data"],
    });
  });

  it("fails with one clear UserError on any other refusal", async () => {
    engine.failures.set("data", 409);
    const removal = removeRunResources(engine, RUN);
    await expect(removal).rejects.toBeInstanceOf(UserError);
    await expect(removal).rejects.toMatchObject({
      message: `Could not remove volume data of run ${RUN} ((HTTP code 409) volume data is in use)`,
      hint: `See what the run left with: docker volume ls --filter label=${RUN_ID_LABEL}=${RUN}`,
    });
  });
});

describe("countResources", () => {
  it("counts every kind", () => {
    expect(countResources({ containers: ["a", "b"], networks: ["n"], volumes: [] })).toBe(3);
  });
});
