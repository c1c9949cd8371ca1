// The HTTP health probe on Swarm. Swarm gates each new task with its container's HEALTHCHECK, run
// inside the container, so the probe program quai carries (probe/probe-programs.ts) is mounted
// there as a Swarm config, made for 127.0.0.1 and the expected status: the image needs no shell
// and no HTTP client. Configs are content-addressed like secrets, and pruned once unused.
import { createHash } from "node:crypto";
import { runLabels, UserError } from "@quai/core";
import type { DeployPlan } from "../contract";
import { ACTION, roleLabels } from "../labels";
import { httpGetRequest, httpProbeProgram, probeArchitecture, probePath } from "../probe/probe-programs";
import { serviceName } from "./service-spec";
import type { SwarmApi } from "./swarm-api";

/** The longest one probe waits to connect, send, and for the answer. */
const PROBE_TIMEOUT_MS = 10_000;

export interface MountedConfig {
  id: string;
  name: string;
}

/** The config holding the plan's probe program, made unless it exists; none without an http probe. */
export async function ensureProbeConfig(api: SwarmApi, plan: DeployPlan): Promise<MountedConfig | undefined> {
  const probe = plan.health.probe;
  if (probe.kind !== "http") return undefined;
  const architectures = [...new Set((await api.nodeArchitectures()).map(probeArchitecture))];
  const [architecture] = architectures;
  if (!architecture || architectures.length > 1) {
    throw new UserError(
      `The Swarm's nodes run on ${architectures.join(" and ") || "no known architecture"}: quai's HTTP probe is one program for one architecture`,
      {
        hint: "Use health: image (the image's HEALTHCHECK) or a health command on a Swarm of mixed architectures",
      },
    );
  }
  const path = probePath(probe.path);
  const program = httpProbeProgram(architecture, {
    address: "127.0.0.1",
    port: plan.containerPort,
    request: httpGetRequest("127.0.0.1", plan.containerPort, path),
    timeoutMs: Math.min(PROBE_TIMEOUT_MS, plan.health.intervalMs),
    expectedStatus: probe.expectedStatus,
  });
  const labels = roleLabels(plan.release.app, plan.environment, "probe");
  const name = `${serviceName(plan.release.app, plan.environment)}-probe-${createHash("sha256").update(program).digest("hex").slice(0, 12)}`;
  const existing = (await api.listConfigs(labels)).find((config) => config.name === name);
  const id =
    existing?.id ?? (await api.createConfig(name, { ...labels, ...runLabels(plan.runId, ACTION) }, program));
  return { id, name };
}
