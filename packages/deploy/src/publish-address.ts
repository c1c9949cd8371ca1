// Where an environment is served on its host (quai.yml's `publish`): a port, optionally after an
// address. The engine binds every address when its host IP is not an IP it can parse, so anything
// else is refused here rather than served publicly by surprise.
import { isIPv4, isIPv6 } from "node:net";
import { abbreviate, InvalidValueError } from "@quai/core";

/** The engine's port binding: hostIp "" binds every address (0.0.0.0 and [::]). */
export interface PublishBinding {
  hostIp: string;
  hostPort: number;
}

export const PUBLISH_HINT =
  "Write a port alone (publish: 8080, served on every address of the host) or an address and a port: 127.0.0.1:8080, [::1]:8080 or localhost:8080";

/** Why `publish` is not a port or address:port the engine binds as written; undefined when it is. */
export function publishProblem(publish: string): string | undefined {
  return readPublish(publish).problem;
}

/** `127.0.0.1:8080`, `[::1]:8080`, `localhost:8080` or `8080` (all addresses), as the engine's port binding takes it. */
export function parsePublish(publish: string): PublishBinding {
  const { binding, problem } = readPublish(publish);
  if (!binding) throw new InvalidValueError("publish", publish, problem, { hint: PUBLISH_HINT });
  return binding;
}

/** The address the engine actually binds, for logs: a port alone is 0.0.0.0:8080 and [::]:8080. */
export function describeBinding({ hostIp, hostPort }: PublishBinding): string {
  if (hostIp === "") return `0.0.0.0:${hostPort} and [::]:${hostPort}`;
  return isIPv6(hostIp) ? `[${hostIp}]:${hostPort}` : `${hostIp}:${hostPort}`;
}

/** Served on every address of the host: anyone who reaches the host reaches the environment. */
export function bindsEveryAddress({ hostIp }: PublishBinding): boolean {
  return hostIp === "" || hostIp === "0.0.0.0" || hostIp === "::";
}

function readPublish(
  publish: string,
): { binding: PublishBinding; problem?: undefined } | { binding?: undefined; problem: string } {
  const match = /^(?:(.*):)?(\d+)$/.exec(publish.trim());
  if (!match) return { problem: "expected a port, or address:port" };
  const [, address, portText = ""] = match;
  const hostPort = Number(portText);
  if (portText.length > 5 || hostPort < 1 || hostPort > 65535) {
    return { problem: `the port ${abbreviate(portText)} is not between 1 and 65535` };
  }
  if (address === undefined) return { binding: { hostIp: "", hostPort } };
  // The engine takes IPs only; localhost is the IPv4 loopback, as the docker CLI's -p would mean it.
  if (address === "localhost") return { binding: { hostIp: "127.0.0.1", hostPort } };
  if (isIPv4(address)) return { binding: { hostIp: address, hostPort } };
  const bracketed = /^\[(.*)\]$/.exec(address)?.[1];
  // A zone (fe80::1%eth0) is no address the engine can bind.
  if (bracketed !== undefined && isIPv6(bracketed) && !bracketed.includes("%")) {
    return { binding: { hostIp: bracketed, hostPort } };
  }
  if (isIPv6(address)) return { problem: `an IPv6 address goes in brackets: [${address}]:${portText}` };
  return { problem: `${abbreviate(address)} is not an IPv4 address, a bracketed IPv6 address or localhost` };
}
