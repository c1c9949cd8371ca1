// The environment's reverse proxy: an nginx container on the environment's own network, published
// where the environment is served. Traffic moves by rewriting its configuration and reloading
// nginx, which is graceful: the old workers finish their requests, new ones route to the new release.
import { createHash } from "node:crypto";
import { type Clock, parseImageRef, poll, type Reporter, runLabels, UserError } from "@quai/core";
import { firstLine } from "@quai/docker";
import type { DeployPlan } from "../contract";
import { ACTION, environmentLabels, environmentName, roleLabels } from "../labels";
import { bindsEveryAddress, describeBinding, parsePublish } from "../publish-address";
import type { ContainerDetails, ContainerSummary, FileToWrite, HostApi, PortBinding } from "./engine-api";
import {
  activeContainerId,
  NGINX_COMMAND,
  PROXY_CONFIG_PATH,
  PROXY_PORT,
  PROXY_TLS_PORT,
  type Route,
  renderProxyConfig,
  routedHost,
  TLS_CERTIFICATE_PATH,
  TLS_KEY_PATH,
  type TlsListen,
} from "./nginx-config";
import { PUBLISH_LABEL, proxyName, TLS_LABEL } from "./resource-names";

/** How long nginx may take to check and load a configuration. */
const NGINX_TIMEOUT_MS = 10_000;
/** nobody:nogroup in Debian and Alpine: the proxy never runs as root. */
const PROXY_USER = "65534:65534";
const WORKER_COMMAND = "nginx: worker process";
/** At most three files of 10 MB: about 150 000 requests of access log. */
const PROXY_LOG = { maxSize: "10m", maxFiles: 3 };

export interface ProxyContainer {
  id: string;
  name: string;
  /** How it listens with TLS (its certificate rewritten at each switch); undefined: plain HTTP. */
  tls?: ProxyTlsFiles;
  /** Did this deploy create it (and its network)? Then a failed deploy removes them again. */
  created: boolean;
}

export async function findProxy(
  api: HostApi,
  app: string,
  environment: string,
): Promise<ContainerSummary | undefined> {
  return (await api.listContainers(roleLabels(app, environment, "proxy")))[0];
}

/** The id of the container the proxy routes to, or undefined when it routes nowhere. */
export async function activeContainerOf(api: HostApi, proxyId: string): Promise<string | undefined> {
  const config = await api.readFile(proxyId, PROXY_CONFIG_PATH);
  return config === undefined ? undefined : activeContainerId(config);
}

/**
 * The container the proxy's requests reach: the one its configuration marks, or, when that one is
 * gone, whatever now answers to the name it routes to (a container someone started by hand).
 */
export async function routedContainer(api: HostApi, proxyId: string): Promise<ContainerDetails | undefined> {
  const config = await api.readFile(proxyId, PROXY_CONFIG_PATH);
  if (config === undefined) return undefined;
  const marked = activeContainerId(config);
  const active = marked === undefined ? undefined : await api.inspectContainer(marked);
  if (active) return active;
  const host = routedHost(config);
  return host === undefined ? undefined : api.inspectContainer(host);
}

/**
 * The sha256 of the configuration quai wrote last, beside it: a configuration that no longer has
 * that hash was edited by hand. Kept rather than re-rendered from the route, so that a quai whose
 * rendering changed since (a new directive) does not take its own older file for an edit.
 */
export const PROXY_CONFIG_HASH_PATH = `${PROXY_CONFIG_PATH}.sha256`;

/** The configuration for that route, with the hash that tells it apart from a hand edit. */
function proxyConfigFiles(route: Route | undefined, tls: ProxyTlsFiles | undefined): FileToWrite[] {
  const config = renderProxyConfig(route, tls);
  return [
    { path: PROXY_CONFIG_PATH, content: config },
    { path: PROXY_CONFIG_HASH_PATH, content: configHash(config) },
  ];
}

/**
 * Whether the proxy's configuration differs from the one quai wrote last; undefined when there is
 * no hash to tell by (a quai before this one wrote it).
 */
export async function proxyConfigEdited(api: HostApi, proxyId: string): Promise<boolean | undefined> {
  const hash = await api.readFile(proxyId, PROXY_CONFIG_HASH_PATH);
  if (hash === undefined) return undefined;
  const config = await api.readFile(proxyId, PROXY_CONFIG_PATH);
  return config === undefined || configHash(config) !== hash.trim();
}

function configHash(config: string): string {
  return createHash("sha256").update(config).digest("hex");
}

/** The proxy's TLS: how it listens, and the certificate and key it is given. */
export interface ProxyTlsFiles extends TlsListen {
  certificate: string;
  key: string;
}

function proxyTls(plan: DeployPlan): ProxyTlsFiles | undefined {
  if (!plan.tls) return undefined;
  return {
    certificate: plan.tls.certificate,
    key: plan.tls.key,
    httpsHostPort: parsePublish(plan.publish).hostPort,
    redirectHttp: plan.tls.redirectHttp !== undefined,
  };
}

/** What the proxy's TLS label records: it is set when the proxy is made and cannot change after. */
function tlsLabel(plan: DeployPlan): string {
  if (!plan.tls) return "off";
  const redirect = plan.tls.redirectHttp;
  return redirect === undefined ? "https" : `https, http on ${describeBinding(parsePublish(redirect))}`;
}

/** The host ports: publish (HTTPS with TLS), and with TLS the redirected plain HTTP port. */
function proxyPorts(plan: DeployPlan): PortBinding[] {
  const main = { containerPort: plan.tls ? PROXY_TLS_PORT : PROXY_PORT, ...parsePublish(plan.publish) };
  const redirect = plan.tls?.redirectHttp;
  return redirect === undefined ? [main] : [main, { containerPort: PROXY_PORT, ...parsePublish(redirect) }];
}

/** The certificate and key where nginx reads them; readable by its unprivileged user. */
function tlsFiles(tls: ProxyTlsFiles | undefined): FileToWrite[] {
  if (!tls) return [];
  return [
    { path: TLS_CERTIFICATE_PATH, content: tls.certificate, mode: 0o444 },
    { path: TLS_KEY_PATH, content: tls.key, mode: 0o444 },
  ];
}

/** The environment's network and running proxy, made the first time. */
export async function ensureProxy(
  api: HostApi,
  plan: DeployPlan,
  reporter: Reporter,
): Promise<ProxyContainer> {
  const { app } = plan.release;
  const existing = await findProxy(api, app, plan.environment);
  if (existing) {
    // The engine cannot move a published port, and keeping the old one (maybe every address of
    // the host) while quai.yml says otherwise would be a lie: refused before anything changes.
    const bound = describeBinding(parsePublish(existing.labels[PUBLISH_LABEL] ?? ""));
    const wanted = describeBinding(parsePublish(plan.publish));
    const tlsNow = existing.labels[TLS_LABEL] ?? "off";
    if (tlsNow !== tlsLabel(plan)) {
      throw new UserError(
        `The proxy ${existing.name} of ${plan.environment} serves with TLS ${tlsNow}, but quai.yml now says ${tlsLabel(plan)}`,
        {
          hint: `Its ports cannot change while it runs, and moving it takes ${plan.environment} off the air until the next deploy ends: on the Docker host run \`docker rm -f ${existing.name}\`, then deploy again`,
        },
      );
    }
    if (bound !== wanted) {
      throw new UserError(
        `The proxy ${existing.name} of ${plan.environment} listens on ${bound}, but publish now says ${wanted}`,
        {
          hint: `Moving it takes ${plan.environment} off the air until the next deploy ends: on the Docker host run \`docker rm -f ${existing.name}\`, then deploy again, and quai makes the proxy anew on ${wanted}`,
        },
      );
    }
    const tls = proxyTls(plan);
    if (!existing.running) {
      if (tls) await api.writeFiles(existing.id, tlsFiles(tls));
      await startProxy(api, existing.id, plan);
    }
    return { id: existing.id, name: existing.name, created: false, tls };
  }
  const network = environmentName(app, plan.environment);
  const labels = { ...roleLabels(app, plan.environment, "proxy"), ...runLabels(plan.runId, ACTION) };
  await api.ensureNetwork(network, labels);
  const image = await pinnedProxyImage(api, plan.proxyImage, reporter);
  const name = proxyName(app, plan.environment);
  const binding = parsePublish(plan.publish);
  const tls = proxyTls(plan);
  const id = await api.createContainer({
    name,
    image,
    labels: { ...labels, [PUBLISH_LABEL]: plan.publish, [TLS_LABEL]: tlsLabel(plan) },
    user: PROXY_USER,
    entrypoint: [...NGINX_COMMAND, "-g", "daemon off;"],
    cmd: [],
    network,
    publish: proxyPorts(plan),
    restartPolicy: "unless-stopped",
    // Its stdout is the access log: bounded whatever the engine's default log driver does.
    boundedLog: PROXY_LOG,
  });
  const proxy = { id, name, created: true, tls };
  try {
    await api.writeFiles(id, [...tlsFiles(tls), ...proxyConfigFiles(undefined, tls)]);
    await startProxy(api, id, plan);
  } catch (error) {
    await removeEnvironment(api, app, plan.environment);
    throw error;
  }
  // What the engine bound, not what was written: a port alone is every address of the host.
  reporter.info(
    `Started the proxy ${name} (${plan.proxyImage}) on ${describeBinding(binding)}${tls ? ` (HTTPS${plan.tls?.redirectHttp ? `; plain HTTP on ${describeBinding(parsePublish(plan.tls.redirectHttp))} redirected to it` : ""})` : ""}`,
  );
  if (bindsEveryAddress(binding)) {
    reporter.warning(
      `${plan.environment} is served on every address of the Docker host (${describeBinding(binding)}): anyone who reaches the host reaches it. To keep it on the host, publish 127.0.0.1:${binding.hostPort}`,
    );
  }
  return proxy;
}

/**
 * The proxy image, pulled when the engine lacks it, as the proxy container is created from: the
 * registry digest the engine recorded for it (`nginx@sha256:…`), or its image id when it has none
 * (built or loaded on the host). A tag moved or pulled again later does not change the proxy.
 */
async function pinnedProxyImage(api: HostApi, ref: string, reporter: Reporter): Promise<string> {
  let image = await api.inspectImage(ref);
  if (!image) {
    reporter.info(`Pulling the proxy image ${ref}`);
    await api.pullImage(ref);
    image = await api.inspectImage(ref);
    if (!image) throw new UserError(`The Docker host has no proxy image ${ref}, even after pulling it`);
  }
  const pinned =
    image.repoDigests.find((repoDigest) => sameRepository(repoDigest, ref)) ?? image.repoDigests[0];
  if (pinned) {
    reporter.info(`The proxy image ${ref} is pinned by its registry digest: ${pinned}`);
    return pinned;
  }
  reporter.info(
    `The proxy image ${ref} has no registry digest (built or loaded on the host): pinned by its image id ${image.id}`,
  );
  return image.id;
}

function sameRepository(a: string, b: string): boolean {
  try {
    const [first, second] = [parseImageRef(a), parseImageRef(b)];
    return first.registry === second.registry && first.repository === second.repository;
  } catch {
    return false;
  }
}

/**
 * Sends new requests to `route` (nowhere when undefined). nginx checks the new configuration
 * before it is loaded (a refused one is replaced by the old file again), and the switch counts as
 * done only once every worker that listens is a new one.
 */
export async function routeTo(
  api: HostApi,
  proxy: { id: string; name: string; tls?: ProxyTlsFiles },
  route: Route | undefined,
  clock?: Clock,
): Promise<void> {
  // Each engine call is a round trip that keeps a rollback waiting: the reads go together, and the
  // configuration goes in with this step's certificate (a renewed one takes effect with the reload).
  const [previousConfig, previousHash, workersBefore] = await Promise.all([
    api.readFile(proxy.id, PROXY_CONFIG_PATH),
    api.readFile(proxy.id, PROXY_CONFIG_HASH_PATH),
    workerPids(api, proxy.id).then((pids) => new Set(pids)),
  ]);
  await api.writeFiles(proxy.id, [...tlsFiles(proxy.tls), ...proxyConfigFiles(route, proxy.tls)]);
  const check = await api.exec(proxy.id, [...NGINX_COMMAND, "-t"], NGINX_TIMEOUT_MS);
  const reload =
    check.exitCode === 0
      ? await api.exec(proxy.id, [...NGINX_COMMAND, "-s", "reload"], NGINX_TIMEOUT_MS)
      : check;
  if (reload.exitCode !== 0) {
    // The hash as it was too: a configuration edited by hand before stays told apart.
    const previous = [
      { path: PROXY_CONFIG_PATH, content: previousConfig },
      { path: PROXY_CONFIG_HASH_PATH, content: previousHash },
    ].filter((file): file is { path: string; content: string } => file.content !== undefined);
    if (previous.length > 0) await api.writeFiles(proxy.id, previous);
    throw new UserError(
      `The proxy ${proxy.name} refused its new configuration (${lastLine(reload.output)})`,
      {
        hint: "Check that the proxy image is an nginx that runs as a non-root user (such as nginx:1.27-alpine)",
      },
    );
  }
  await poll(
    async () => {
      // An old worker accepts requests until it has taken in the quit signal, when it stops
      // listening and calls itself "worker process is shutting down" (or, idle, just exits).
      const workers = await workerPids(api, proxy.id);
      if (workers.some((pid) => workersBefore.has(pid)))
        return { done: false, reason: "an old worker still listens" };
      return workers.length > 0
        ? { done: true, value: undefined }
        : { done: false, reason: "no new worker yet" };
    },
    {
      what: `nginx in ${proxy.name} to load its new configuration`,
      timeoutMs: NGINX_TIMEOUT_MS,
      // nginx starts its new workers within a few milliseconds: a listing is cheap, waiting is not.
      intervalMs: 20,
      clock,
    },
  );
}

/**
 * Removes the environment's proxy, and its network once no release container is left on it (the
 * first deploy failed, or a cancelled run made them); returns the names of what it removed.
 */
export async function removeEnvironment(api: HostApi, app: string, environment: string): Promise<string[]> {
  const removed: string[] = [];
  const proxy = await findProxy(api, app, environment);
  if (proxy) {
    await api.removeContainer(proxy.id);
    removed.push(proxy.name);
  }
  if ((await api.listContainers(environmentLabels(app, environment))).length === 0) {
    const network = environmentName(app, environment);
    if (await api.removeNetwork(network)) removed.push(network);
  }
  return removed;
}

async function startProxy(api: HostApi, id: string, plan: DeployPlan): Promise<void> {
  try {
    await api.startContainer(id);
  } catch (error) {
    const ports = [plan.publish, ...(plan.tls?.redirectHttp ? [plan.tls.redirectHttp] : [])].join(" or ");
    if (/port is already allocated|address already in use/i.test(firstLine(error))) {
      throw new UserError(
        `Port ${ports} is already in use on the Docker host, so the proxy cannot listen there`,
        {
          hint: "Stop what listens there, or serve the environment on another port (publish)",
          cause: error,
        },
      );
    }
    if (/executable file not found|no such file or directory/i.test(firstLine(error))) {
      throw new UserError(`The proxy image ${plan.proxyImage} has no nginx to run`, {
        hint: "proxy-image must be an nginx image (nginx:1.27-alpine, or any with nginx on its PATH): quai starts nginx with its own configuration",
        cause: error,
      });
    }
    throw error;
  }
}

async function workerPids(api: HostApi, proxyId: string): Promise<string[]> {
  return (await api.processes(proxyId))
    .filter((process) => process.command.trim() === WORKER_COMMAND)
    .map((process) => process.pid);
}

function lastLine(output: string): string {
  return output.trim().split("\n").at(-1)?.trim() ?? "";
}
