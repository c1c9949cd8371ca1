// HTTP health probes from outside the app's container: a probe container on the environment's
// network, made from the programs quai carries (probe/probe-programs.ts), sends each request to
// the app's address there. The app's image needs no shell and no HTTP client, and nothing is
// pulled: the probe image is imported from a few hundred bytes.
import { createHash } from "node:crypto";
import { UserError } from "@quai/core";
import { tarFromEntries } from "@quai/oci";
import type { HttpProbe } from "../contract";
import {
  httpGetRequest,
  httpProbeProgram,
  idleProgram,
  type ProbeArchitecture,
  probeArchitecture,
} from "../probe/probe-programs";
import { httpProbeVerdict, type ProbeResult } from "../probe/probe-verdict";
import type { HostApi } from "./engine-api";

const IDLE_PATH = "/quai-idle";
const PROBE_PATH = "/quai-probe";
/** Enough for a static program that makes a dozen system calls. */
const PROBE_MEMORY_BYTES = 16 * 1024 * 1024;

/** Where the probe container goes and how it is labelled (for cleanUpRun). */
export interface ProbeSite {
  name: string;
  network: string;
  labels: Record<string, string>;
}

export interface HttpProbeRequest {
  containerId: string;
  containerName: string;
  port: number;
  path: string;
  expectedStatus: number;
  timeoutMs: number;
}

/** Starts a probe container next to the app's container, ready to probe it. */
export async function openHttpProbe(
  api: HostApi,
  site: ProbeSite,
  request: HttpProbeRequest,
): Promise<HttpProbe> {
  const address = await api.containerAddress(request.containerId, site.network);
  if (!address) {
    throw new UserError(`${request.containerName} has no IPv4 address on ${site.network} to probe`);
  }
  return openHttpProbeAt(api, site, { ...request, address });
}

/** What a probe container requests: an IPv4 address it reaches from its network, and a path there. */
export interface HttpProbeAddress {
  address: string;
  port: number;
  path: string;
  expectedStatus: number;
  timeoutMs: number;
}

/** Starts a probe container on `site.network` (a bridge, or `host`), ready to probe that address. */
export async function openHttpProbeAt(
  api: HostApi,
  site: ProbeSite,
  request: HttpProbeAddress,
): Promise<HttpProbe> {
  const { address } = request;
  const architecture = probeArchitecture(await api.architecture());
  const image = await ensureProbeImage(api, architecture);
  const id = await api.createContainer({
    name: site.name,
    image,
    cmd: [IDLE_PATH],
    user: "65534:65534",
    network: site.network,
    labels: site.labels,
    restartPolicy: "no",
    securityOpt: ["no-new-privileges:true"],
    capDrop: ["ALL"],
    memoryBytes: PROBE_MEMORY_BYTES,
    pidsLimit: 8,
  });
  try {
    await api.writeFile(id, PROBE_PATH, probeProgram(architecture, address, request), 0o755);
    await api.startContainer(id);
  } catch (error) {
    await api.removeContainer(id);
    throw error;
  }
  return {
    probe: async () => {
      // A little longer than the program's own timeouts, so it is the program that reports them.
      const { exitCode, output } = await api.exec(id, [PROBE_PATH], request.timeoutMs * 3 + 2000);
      return httpProbeVerdict(request, exitCode, output);
    },
    close: () => api.removeContainer(id),
  };
}

/** Where the proxy holds the probe program of its quick check (probeFromProxy). */
export const PROXY_PROBE_PATH = "/etc/quai/probe";

/**
 * One HTTP probe of a release from the environment's proxy, which is on its network already: the
 * program is written into the proxy and run there, so there is no probe container to make and
 * remove, and the answer comes in the time of one exec (a rollback's check of the standby).
 */
export async function probeFromProxy(
  api: HostApi,
  proxy: { id: string; network: string },
  request: HttpProbeRequest,
): Promise<ProbeResult> {
  const architecture = probeArchitecture(await api.architecture());
  const address = await api.containerAddress(request.containerId, proxy.network);
  if (!address) {
    return { healthy: false, reason: `${request.containerName} has no IPv4 address on ${proxy.network}` };
  }
  await api.writeFile(proxy.id, PROXY_PROBE_PATH, probeProgram(architecture, address, request), 0o755);
  const { exitCode, output } = await api.exec(proxy.id, [PROXY_PROBE_PATH], request.timeoutMs * 3 + 2000);
  return httpProbeVerdict(request, exitCode, output);
}

/** Where a following probe's target is now: its address, or why there is none (a failed probe). */
export type ProbeLocation = { address: string } | { absent: string };

/**
 * A probe that asks `locate` before each request, and moves its probe container when the target's
 * address has changed (a proxy started again, a Swarm task on another node): the address is baked
 * into the probe program, and a probe kept for a whole watch must not go on asking the old one.
 */
export function followingHttpProbe(
  api: HostApi,
  site: ProbeSite,
  request: Omit<HttpProbeAddress, "address">,
  locate: () => Promise<ProbeLocation>,
): HttpProbe {
  let current: { address: string; probe: HttpProbe } | undefined;
  return {
    probe: async () => {
      const location = await locate();
      if ("absent" in location) return { healthy: false, reason: location.absent };
      if (current?.address !== location.address) {
        await current?.probe.close();
        current = undefined;
        const probe = await openHttpProbeAt(api, site, { ...request, address: location.address });
        current = { address: location.address, probe };
      }
      return current.probe.probe();
    },
    close: async () => {
      await current?.probe.close();
      current = undefined;
    },
  };
}

/** The probe image of this architecture, imported once per engine; its tag names its content. */
async function ensureProbeImage(api: HostApi, architecture: ProbeArchitecture): Promise<string> {
  const idle = idleProgram(architecture);
  const tag = `quai/probe:${architecture}-${createHash("sha256").update(idle).digest("hex").slice(0, 12)}`;
  if (!(await api.hasImage(tag))) {
    const tar = await tarFromEntries(
      [{ path: IDLE_PATH.slice(1), type: "file", mode: 0o755, content: idle }],
      0,
    );
    await api.importImage(tar, tag);
  }
  return tag;
}

/** The static program that sends the request's GET to `address` and reports the status. */
function probeProgram(
  architecture: ProbeArchitecture,
  address: string,
  request: Pick<HttpProbeRequest, "port" | "path" | "timeoutMs">,
): Buffer {
  return httpProbeProgram(architecture, {
    address,
    port: request.port,
    request: httpGetRequest(address, request.port, request.path),
    timeoutMs: request.timeoutMs,
  });
}
