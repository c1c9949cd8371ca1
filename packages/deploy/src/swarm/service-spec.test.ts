import { describe, expect, it } from "vitest";
import type { DeployPlan, HealthGate } from "../contract";
import { healthCheck, publishedPort, serviceSpec } from "./service-spec";

const GATE: HealthGate = {
  probe: { kind: "http", path: "/health", expectedStatus: 200 },
  successes: 3,
  intervalMs: 2000,
  timeoutMs: 60_000,
};
const SECONDS = 1_000_000_000;

const PLAN: DeployPlan = {
  release: {
    app: "shop",
    version: "1.2.0",
    image: "registry.example/shop@sha256:abc",
    digest: "sha256:abc",
    commit: "c0ffee",
  },
  environment: "production",
  strategy: "blue-green",
  health: GATE,
  containerPort: 3000,
  publish: "8080",
  variables: [
    { name: "MODE", value: "live", secret: false },
    { name: "DB_PASSWORD", value: "hunter2", secret: true },
  ],
  labels: {
    app: "shop",
    environment: "production",
    version: "1.2.0",
    digest: "sha256:abc",
    commit: "c0ffee",
    "deploy-id": "d-1",
    "deployed-at": "2025-01-01T00:00:00Z",
    actor: "octocat",
  },
  confinement: { capAdd: [], readOnly: false, pids: 4096 },
  retain: 1,
  drainMs: 5000,
  proxyImage: "unused",
  runId: "run-1",
};

describe("serviceSpec", () => {
  const secrets = [
    { variable: "DB_PASSWORD", id: "s1", name: "quai-shop-production-DB_PASSWORD-0123456789ab" },
  ];
  const probe = { id: "c1", name: "quai-shop-production-probe-0123456789ab" };
  const spec = serviceSpec(PLAN, { secrets, probe }, 2);
  const container =
    spec.TaskTemplate && "ContainerSpec" in spec.TaskTemplate ? spec.TaskTemplate.ContainerSpec : undefined;

  it("runs the pinned image as quai-<app>-<env>, labelled with the deployment on service and container", () => {
    expect(spec.Name).toBe("quai-shop-production");
    expect(container?.Image).toBe("registry.example/shop@sha256:abc");
    for (const labels of [spec.Labels, container?.Labels]) {
      expect(labels).toMatchObject({
        "io.github.quai.deploy.version": "1.2.0",
        "io.github.quai.deploy.deploy-id": "d-1",
        "io.github.quai.deploy.actor": "octocat",
        "io.github.quai.run-id": "run-1",
      });
    }
    expect(spec.Mode).toEqual({ Replicated: { Replicas: 2 } });
  });

  it("passes plain variables as env and secret ones only as a file named by <NAME>_FILE", () => {
    expect(container?.Env).toEqual(["MODE=live", "DB_PASSWORD_FILE=/run/secrets/DB_PASSWORD"]);
    expect(container?.Secrets).toEqual([
      {
        File: { Name: "DB_PASSWORD", UID: "0", GID: "0", Mode: 0o444 },
        SecretID: "s1",
        SecretName: secrets[0]?.name,
      },
    ]);
    expect(JSON.stringify(spec)).not.toContain("hunter2");
  });

  it("mounts the probe program's config, executable, where the HEALTHCHECK runs it", () => {
    expect(container?.Configs).toEqual([
      {
        File: { Name: "/quai-probe", UID: "0", GID: "0", Mode: 0o555 },
        ConfigID: "c1",
        ConfigName: probe.name,
      },
    ]);
    expect(container?.HealthCheck?.Test).toEqual(["CMD", "/quai-probe"]);
    expect(serviceSpec(PLAN, { secrets }, 1).TaskTemplate).not.toHaveProperty("ContainerSpec.Configs");
  });

  it("starts the new task first for blue-green and stops the old one first for recreate, pausing on failure", () => {
    expect(spec.UpdateConfig).toEqual({
      Parallelism: 1,
      Order: "start-first",
      FailureAction: "pause",
      Monitor: 6 * SECONDS,
      MaxFailureRatio: 0,
    });
    expect(spec.RollbackConfig).toMatchObject({ Order: "start-first", FailureAction: "pause" });
    expect(serviceSpec({ ...PLAN, strategy: "recreate" }, { secrets: [] }, 1).UpdateConfig?.Order).toBe(
      "stop-first",
    );
  });

  it("drops every capability but cap_add and limits the task's processes, memory only when set", () => {
    expect(container).toMatchObject({ CapabilityDrop: ["ALL"], CapabilityAdd: [], ReadOnly: false });
    expect(container?.Mounts).toBeUndefined();
    expect(spec.TaskTemplate?.Resources).toEqual({ Limits: { MemoryBytes: undefined, Pids: 4096 } });
  });

  it("read_only, memory and cap_add: a read-only root with /tmp a tmpfs, and a memory limit", () => {
    const confinement = { capAdd: ["CAP_NET_BIND_SERVICE"], readOnly: true, memoryBytes: 2 ** 30, pids: 64 };
    const confined = serviceSpec({ ...PLAN, confinement }, { secrets }, 1);
    const confinedContainer =
      confined.TaskTemplate && "ContainerSpec" in confined.TaskTemplate
        ? confined.TaskTemplate.ContainerSpec
        : undefined;
    expect(confinedContainer).toMatchObject({
      CapabilityDrop: ["ALL"],
      CapabilityAdd: ["CAP_NET_BIND_SERVICE"],
      ReadOnly: true,
      Mounts: [{ Type: "tmpfs", Source: "", Target: "/tmp" }],
    });
    // Swarm mounts the secrets itself, read-only root or not.
    expect(confinedContainer?.Secrets).toHaveLength(1);
    expect(confined.TaskTemplate?.Resources).toEqual({ Limits: { MemoryBytes: 2 ** 30, Pids: 64 } });
  });

  it("publishes the port in host mode", () => {
    expect(spec.EndpointSpec?.Ports).toEqual([
      { Protocol: "tcp", TargetPort: 3000, PublishedPort: 8080, PublishMode: "host" },
    ]);
  });
});

describe("healthCheck", () => {
  it("runs the probe program for http, leaving the deploy timeout to start up", () => {
    expect(healthCheck(GATE)).toEqual({
      Test: ["CMD", "/quai-probe"],
      Interval: 2 * SECONDS,
      Timeout: 2 * SECONDS,
      Retries: 3,
      StartPeriod: 54 * SECONDS,
    });
  });

  it("runs a command as it is, and keeps the image's own HEALTHCHECK for image", () => {
    expect(
      healthCheck({ ...GATE, probe: { kind: "command", command: ["/app/check", "--quick"] } })?.Test,
    ).toEqual(["CMD", "/app/check", "--quick"]);
    expect(healthCheck({ ...GATE, probe: { kind: "image" } })).toBeUndefined();
  });
});

describe("publishedPort", () => {
  it("takes a port alone or on every address", () => {
    expect(publishedPort("8080")).toBe(8080);
    expect(publishedPort("0.0.0.0:8080")).toBe(8080);
  });

  it.each(["127.0.0.1:8080", "10.0.0.5:80", "http", "70000"])("refuses %s", (publish) => {
    expect(() => publishedPort(publish)).toThrow(`Invalid publish: ${JSON.stringify(publish)}`);
  });
});
