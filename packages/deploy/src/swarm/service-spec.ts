// The Swarm service one release of one app in one environment runs as: its name, labels, health
// check, update policy and published port, all from the plan.
import { InvalidValueError } from "@quai/core";
import type Dockerode from "dockerode";
import {
  type AppliedConfiguration,
  CONFIGURATION_LABEL,
  configurationRecord,
  portDescription,
} from "../configuration-record";
import type { DeployPlan, HealthGate, ServingRelease } from "../contract";
import { environmentName, releaseLabels, servingRelease } from "../labels";
import type { ServiceSpec } from "./swarm-api";

/** A Swarm secret the service mounts for one secret variable. */
export interface MountedSecret {
  variable: string;
  id: string;
  name: string;
}

/** Where secrets appear in the container; the app reads `/run/secrets/<NAME>`, named by `<NAME>_FILE`. */
export const SECRETS_DIRECTORY = "/run/secrets";
/** Where the HTTP probe program (probe-config.ts) appears in the app's container. */
export const PROBE_PATH = "/quai-probe";
/** Failed probes in a row that make a running container unhealthy. */
export const UNHEALTHY_AFTER = 3;
const NANOSECONDS_PER_MS = 1_000_000;

/** `quai-<app>-<env>`: one service per app and environment. */
export function serviceName(app: string, environment: string): string {
  return environmentName(app, environment);
}

/** What the service mounts: a Swarm secret per secret variable, and the HTTP probe's config. */
export interface ServiceMounts {
  secrets: MountedSecret[];
  probe?: { id: string; name: string };
}

/** The service that runs the plan's release, with its mounts. */
export function serviceSpec(plan: DeployPlan, mounts: ServiceMounts, replicas: number): ServiceSpec {
  const { secrets, probe } = mounts;
  const env = environment(plan, secrets);
  const port = { hostPort: publishedPort(plan.publish), containerPort: plan.containerPort };
  const ownLabels = releaseLabels(plan);
  // What the drift watcher compares the service with (configuration-record.ts).
  const record = configurationRecord({
    env,
    labels: ownLabels,
    ports: [portDescription(port)],
    networks: [],
  });
  const labels = { ...ownLabels, [CONFIGURATION_LABEL]: record };
  const order = plan.strategy === "blue-green" ? "start-first" : "stop-first";
  const monitor = monitorMs(plan.health) * NANOSECONDS_PER_MS;
  const updatePolicy = { Parallelism: 1, Order: order, Monitor: monitor, MaxFailureRatio: 0 };
  return {
    Name: serviceName(plan.release.app, plan.environment),
    Labels: labels,
    TaskTemplate: {
      ContainerSpec: {
        Image: plan.release.image,
        Labels: labels,
        Env: env,
        Secrets: secrets.map((secret) => ({
          File: { Name: secret.variable, UID: "0", GID: "0", Mode: 0o444 },
          SecretID: secret.id,
          SecretName: secret.name,
        })),
        ...(probe && {
          Configs: [
            {
              File: { Name: PROBE_PATH, UID: "0", GID: "0", Mode: 0o555 },
              ConfigID: probe.id,
              ConfigName: probe.name,
            },
          ],
        }),
        HealthCheck: healthCheck(plan.health),
        StopGracePeriod: plan.drainMs * NANOSECONDS_PER_MS,
        ...confined(plan),
      },
      Resources: { Limits: { MemoryBytes: plan.confinement.memoryBytes, Pids: plan.confinement.pids } },
    },
    Mode: { Replicated: { Replicas: replicas } },
    // quai, watching the update, asks for the rollback; Swarm rolling back by itself as well could
    // cross it and bring the failed release back. A failed rollback is left for a person too.
    UpdateConfig: { ...updatePolicy, FailureAction: "pause" },
    RollbackConfig: { ...updatePolicy, FailureAction: "pause" },
    EndpointSpec: {
      // The routing mesh needs IPVS, which not every kernel has; host mode publishes on each node.
      Ports: [
        {
          Protocol: "tcp",
          TargetPort: port.containerPort,
          PublishedPort: port.hostPort,
          PublishMode: "host",
        },
      ],
    },
  };
}

/**
 * The container's confinement (see Confinement): every capability dropped but cap_add, and a
 * read-only root filesystem when asked for, with /tmp a tmpfs (Swarm mounts the secrets from a
 * tmpfs of its own, read-only root or not). no-new-privileges is not there: the ContainerSpec of Engine API 1.41 (Docker 20.10)
 * has no such field, nor do the dockerode types; set "no-new-privileges": true in the nodes'
 * daemon.json instead.
 */
function confined(plan: DeployPlan): Dockerode.ContainerSpec {
  const { capAdd, readOnly } = plan.confinement;
  return {
    CapabilityDrop: ["ALL"],
    CapabilityAdd: capAdd,
    ReadOnly: readOnly,
    ...(readOnly && {
      // Mode 1777 and noexec, nosuid, nodev: the engine's defaults for a tmpfs.
      Mounts: [{ Type: "tmpfs", Source: "", Target: "/tmp" }],
    }),
  };
}

/** How long Swarm watches each new task for failure: as long as the gate's successes take. */
export function monitorMs(gate: HealthGate): number {
  return gate.successes * gate.intervalMs;
}

/** Plain variables as they are; a secret one only as `<NAME>_FILE`, the path of its file. */
function environment(plan: DeployPlan, secrets: MountedSecret[]): string[] {
  return [
    ...plan.variables.filter((variable) => !variable.secret).map(({ name, value }) => `${name}=${value}`),
    ...secrets.map(({ variable }) => `${variable}_FILE=${SECRETS_DIRECTORY}/${variable}`),
  ];
}

/**
 * The container HEALTHCHECK Swarm gates tasks with. Its start period lets the release use the
 * whole deploy timeout to come up: after it, UNHEALTHY_AFTER failed probes fail the task and
 * Swarm rolls the update back. `image` keeps the image's own HEALTHCHECK (none: no gate).
 */
export function healthCheck(gate: HealthGate) {
  const test = healthTest(gate);
  if (!test) return undefined;
  const interval = gate.intervalMs * NANOSECONDS_PER_MS;
  return {
    Test: test,
    Interval: interval,
    Timeout: interval,
    Retries: UNHEALTHY_AFTER,
    StartPeriod: Math.max(0, gate.timeoutMs - UNHEALTHY_AFTER * gate.intervalMs) * NANOSECONDS_PER_MS,
  };
}

function healthTest(gate: HealthGate): string[] | undefined {
  const probe = gate.probe;
  switch (probe.kind) {
    case "image":
      return undefined;
    case "command":
      return ["CMD", ...probe.command];
    case "http":
      // The program in the probe config knows its URL and status: it exits 0 only on that status.
      return ["CMD", PROBE_PATH];
  }
}

/**
 * The port the service is published on: Swarm binds every address of each node (its PortConfig
 * has no host IP), so a plan that names one address is refused rather than silently widened.
 */
export function publishedPort(publish: string): number {
  const match = publish.trim().match(/^(?:(0\.0\.0\.0|\[::\]):)?(\d{1,5})$/);
  const port = Number(match?.[2]);
  if (!match || port < 1 || port > 65535) {
    throw new InvalidValueError("publish", publish, "Swarm publishes a port on every address of its nodes", {
      hint: "Write the port alone (publish: 8080) and let a firewall keep it private, or deploy to a Docker host (target: docker), which can bind one address",
    });
  }
  return port;
}

/** What a service's spec says it serves. */
export function servingFromSpec(serviceId: string, spec: ServiceSpec): ServingRelease {
  return servingRelease({
    id: serviceId,
    image: containerSpec(spec)?.Image ?? "",
    labels: spec.Labels ?? {},
  });
}

export function containerSpec(spec: ServiceSpec) {
  return spec.TaskTemplate && "ContainerSpec" in spec.TaskTemplate
    ? spec.TaskTemplate.ContainerSpec
    : undefined;
}

/** What a service's spec sets now, in the terms of its configuration record. */
export function appliedConfiguration(spec: ServiceSpec): AppliedConfiguration {
  const ports = spec.EndpointSpec?.Ports ?? [];
  return {
    env: containerSpec(spec)?.Env ?? [],
    labels: spec.Labels ?? {},
    ports: ports.map((port) =>
      portDescription({
        hostPort: port.PublishedPort ?? 0,
        containerPort: port.TargetPort ?? 0,
        protocol: port.Protocol,
      }),
    ),
    networks: (spec.TaskTemplate?.Networks ?? []).map((network) => network.Target ?? ""),
  };
}
