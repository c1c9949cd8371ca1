import { posix } from "node:path";
import { locateKey, type SourceLocation, UserError, type YamlSource } from "@quai/core";
import { isMap, isScalar, isSeq, type YAMLMap } from "yaml";

/** A service setting that hands the service the runner's host. */
export interface HostAccess {
  service: string;
  /** What the setting does: "binds the Docker socket /var/run/docker.sock, which runs any container on the runner". */
  what: string;
  location: SourceLocation;
}

const DOCKER_SOCKETS = ["/var/run/docker.sock", "/run/docker.sock"];

/**
 * The settings of the services in one Compose file, as written, that give a service the runner:
 * a bind of the Docker socket or of `/`, `privileged: true`, `network_mode: host`, `pid: host`.
 */
export function hostAccessIn(source: YamlSource): HostAccess[] {
  const services = source.document.get("services", true);
  if (!isMap(services)) return [];
  return services.items.flatMap((pair) => {
    if (!isScalar(pair.key) || !isMap(pair.value)) return [];
    const service = String(pair.key.value);
    const at = (...keys: (string | number)[]) => locateKey(source, ["services", service, ...keys]);
    return findings(pair.value)
      .map(({ what, keys }) => ({ service, what, location: at(...keys) }))
      .sort((a, b) => (a.location.line ?? 0) - (b.location.line ?? 0));
  });
}

/** What each host-access setting of a service does, with the key path it is at. */
function findings(service: YAMLMap): { what: string; keys: (string | number)[] }[] {
  const found: { what: string; keys: (string | number)[] }[] = [];
  if (isTrue(service.get("privileged"))) {
    found.push({
      what: "runs privileged (privileged: true), with every capability and device of the runner",
      keys: ["privileged"],
    });
  }
  if (service.get("network_mode") === "host") {
    found.push({ what: "shares the runner's network (network_mode: host)", keys: ["network_mode"] });
  }
  if (service.get("pid") === "host") {
    found.push({ what: "shares the runner's processes (pid: host)", keys: ["pid"] });
  }
  const volumes = service.get("volumes", true);
  if (isSeq(volumes)) {
    volumes.items.forEach((volume, index) => {
      const what = boundHostPath(volume);
      if (what) found.push({ what, keys: ["volumes", index] });
    });
  }
  return found;
}

/** What a volume entry binds, when it is the Docker socket or the runner's root. */
function boundHostPath(volume: unknown): string | undefined {
  const source = bindSource(volume);
  if (source === undefined || !source.startsWith("/")) return undefined;
  const path = posix.normalize(source).replace(/(.)\/+$/, "$1");
  if (DOCKER_SOCKETS.includes(path)) {
    return `binds the Docker socket ${path}, which runs any container on the runner, privileged ones too`;
  }
  if (path === "/") return "binds the runner's root filesystem /";
  return undefined;
}

/** The host side of a bind: `/host:/container[:ro]` (short syntax) or `source:` of `type: bind`. */
function bindSource(volume: unknown): string | undefined {
  if (isScalar(volume)) {
    const parts = String(volume.value).split(":");
    return parts.length > 1 ? parts[0] : undefined;
  }
  if (isMap(volume)) {
    const type = volume.get("type");
    const source = volume.get("source");
    return (type === undefined || type === "bind") && typeof source === "string" ? source : undefined;
  }
  return undefined;
}

function isTrue(value: unknown): boolean {
  return value === true || (typeof value === "string" && value.toLowerCase() === "true");
}

/** The one line a host-access setting is reported by: file, line, service, what it does. */
export function describeHostAccess(access: HostAccess): string {
  const { file, line } = access.location;
  return `${file}${line ? `:${line}` : ""}: service ${access.service} ${access.what}`;
}

export interface HostAccessReporter {
  warning(message: string, location?: SourceLocation): void;
}

/**
 * Services that can take over the runner: warned about, each at its line, when `allow` (so that
 * existing suites keep working); otherwise the first one fails the run before anything starts.
 */
export function checkHostAccess(
  found: readonly HostAccess[],
  allow: boolean,
  reporter: HostAccessReporter,
): void {
  const [first] = found;
  if (!allow && first) {
    throw new UserError(`${describeHostAccess(first)}: refused, since allow-privileged is false`, {
      hint: "Remove the setting, or set allow-privileged: true to run such services with a warning",
      location: first.location,
    });
  }
  for (const access of found) {
    reporter.warning(
      `${describeHostAccess(access)}: it can take over the runner (allow-privileged: false refuses such services)`,
      access.location,
    );
  }
}
