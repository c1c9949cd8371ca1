// What the drift watcher asks of a Docker host besides what serves: an HTTP probe of the
// environment as its clients reach it, and how the environment differs from what quai wrote.
import { createHash } from "node:crypto";
import { runLabels, UserError } from "@quai/core";
import { configurationDifferences } from "../configuration-record";
import type { EnvironmentProbeRequest, HttpProbe } from "../contract";
import { environmentName, roleLabels } from "../labels";
import type { ContainerDetails, ContainerSummary, HostApi } from "./engine-api";
import { followingHttpProbe, type ProbeSite } from "./network-probe";
import { PROXY_PORT } from "./nginx-config";
import { proxyConfigEdited } from "./proxy";
import { proxyName, TLS_LABEL, WATCH_ACTION } from "./resource-names";

/**
 * A probe container on the environment's network that requests the proxy on its port: what a
 * client reaches, so the proxy and its route are probed too, not only the release behind them.
 */
export async function openProxyProbe(
  api: HostApi,
  proxy: ContainerSummary,
  where: { app: string; environment: string; runId: string },
  request: EnvironmentProbeRequest,
): Promise<HttpProbe> {
  const { app, environment } = where;
  if ((proxy.labels[TLS_LABEL] ?? "off") !== "off") {
    throw new UserError(
      `The proxy ${proxy.name} of ${environment} serves HTTPS, and quai's HTTP probe speaks plain HTTP`,
      {
        hint: "Write probes: [] under watch: for an environment with tls: (the default there), until quai's probe speaks TLS",
      },
    );
  }
  const network = environmentName(app, environment);
  const site = watchProbeSite(proxyName(app, environment), network, where, request);
  return followingHttpProbe(api, site, { ...request, port: PROXY_PORT }, async () => {
    const address = await api.containerAddress(proxy.id, network);
    // A proxy that does not run is what clients meet: a failed probe, not one that cannot run.
    return address ? { address } : { absent: `the proxy ${proxy.name} does not run` };
  });
}

/** Where a watch's probe container goes: named after `stem`, labelled for cleanUpRun of its run. */
export function watchProbeSite(
  stem: string,
  network: string,
  { app, environment, runId }: { app: string; environment: string; runId: string },
  request: EnvironmentProbeRequest,
): ProbeSite {
  // One container per run and request: two probes of a run, or a dead run's, never share a name.
  const key = createHash("sha256")
    .update(`${runId} ${request.path} ${request.expectedStatus}`)
    .digest("hex")
    .slice(0, 10);
  return {
    name: `${stem}-watch-${key}`,
    network,
    labels: { ...roleLabels(app, environment, "probe"), ...runLabels(runId, WATCH_ACTION) },
  };
}

/**
 * How the serving container and the proxy's configuration differ from what quai wrote; undefined
 * when quai kept no record of either (deployed by a quai before records).
 */
export async function configurationDrift(
  api: HostApi,
  proxy: ContainerSummary,
  active: ContainerDetails,
): Promise<string[] | undefined> {
  const wiring = await api.containerWiring(active.id);
  const container =
    wiring &&
    configurationDifferences(
      { env: active.env, labels: active.labels, ...wiring },
      { extraVariables: false },
    );
  const edited = await proxyConfigEdited(api, proxy.id);
  if (container === undefined && edited === undefined) return undefined;
  return [...(container ?? []), ...(edited ? [`nginx config of ${proxy.name} edited outside quai`] : [])];
}
