// From the target an environment names (docker, unix://…, tcp://…, ssh://…, swarm, swarm+…) to
// a connected DeployTarget and the lease store on the same engine.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InvalidValueError, quoteValue, type Reporter, UserError } from "@quai/core";
import {
  connectEngine,
  type Engine,
  plainTcpRisk,
  REFUSED_ENGINE_HOST_HINT,
  refusedEngineHost,
} from "@quai/docker";
import type { DeployTarget, LeaseStore } from "./contract";
import { dockerHostTarget, engineLeaseStore } from "./docker-host";
import { swarmTarget } from "./swarm";

/** TLS material for a tcp:// engine and the known hosts of an ssh:// one, as PEM/known_hosts text. */
export interface EngineMaterial {
  tls?: { ca: string; cert: string; key: string };
  knownHosts?: string;
}

export interface ConnectedTarget {
  target: DeployTarget;
  leases: LeaseStore;
  engine: Engine;
}

export interface TargetSpec {
  kind: "docker-host" | "swarm";
  /** DOCKER_HOST for the engine, undefined to keep the step's own. */
  dockerHost?: string;
}

export function parseTarget(text: string): TargetSpec {
  const [, swarm, rest = ""] = text.trim().match(/^(swarm)?\+?(.*)$/) ?? [];
  const host = rest === "" || rest === "docker" ? undefined : rest;
  if (host !== undefined && !/^(unix|tcp|ssh):\/\//.test(host)) {
    throw new UserError(`Unknown target ${quoteValue(text)}`, {
      hint: "A target is docker (DOCKER_HOST), unix://…, tcp://host:2376, ssh://user@host, swarm, or swarm+<one of those>",
    });
  }
  const why = host && URL.canParse(host) ? refusedEngineHost(new URL(host).hostname) : undefined;
  if (why) throw new InvalidValueError("target", text, why, { hint: REFUSED_ENGINE_HOST_HINT });
  return { kind: swarm ? "swarm" : "docker-host", dockerHost: host };
}

export interface ConnectTargetOptions {
  /** Told of a usable but insecure connection (plain tcp:// off the loopback). */
  reporter?: Pick<Reporter, "warning">;
  /** The engine's connection; tests give a fake one. */
  connect?: typeof connectEngine;
}

export async function connectTarget(
  text: string,
  material: EngineMaterial = {},
  env: NodeJS.ProcessEnv = process.env,
  { reporter, connect = connectEngine }: ConnectTargetOptions = {},
): Promise<ConnectedTarget> {
  const spec = parseTarget(text);
  const { engineEnv, materialDir } = withMaterial(spec, material, env);
  // The files are read as the connection is made: the private key is on disk only meanwhile.
  const engine = await connect(engineEnv).finally(
    () => materialDir && rmSync(materialDir, { recursive: true, force: true }),
  );
  const risk = plainTcpRisk(engine.endpoint);
  if (risk) reporter?.warning(risk);
  if (spec.kind === "swarm") {
    const info = (await engine.api.info()) as {
      Swarm?: { LocalNodeState?: string; ControlAvailable?: boolean };
    };
    if (info.Swarm?.LocalNodeState !== "active" || !info.Swarm.ControlAvailable) {
      throw new UserError(`The engine at ${engine.endpoint.address} is not a Swarm manager`, {
        hint: "Point the target at a manager node (docker swarm init makes one), or deploy to it as a plain Docker host (target: docker)",
      });
    }
    return { target: swarmTarget(engine), leases: engineLeaseStore(engine), engine };
  }
  return { target: dockerHostTarget(engine), leases: engineLeaseStore(engine), engine };
}

/** The engine's environment, and the folder holding the material as files (docker-modem takes files). */
function withMaterial(
  spec: TargetSpec,
  material: EngineMaterial,
  env: NodeJS.ProcessEnv,
): { engineEnv: NodeJS.ProcessEnv; materialDir?: string } {
  const result = { ...env };
  if (spec.dockerHost) result.DOCKER_HOST = spec.dockerHost;
  let dir: string | undefined;
  if (material.tls || material.knownHosts) {
    dir = mkdtempSync(join(env.RUNNER_TEMP ?? tmpdir(), "quai-engine-"));
    if (material.tls) {
      writeFileSync(join(dir, "ca.pem"), material.tls.ca);
      writeFileSync(join(dir, "cert.pem"), material.tls.cert);
      writeFileSync(join(dir, "key.pem"), material.tls.key, { mode: 0o600 });
      result.DOCKER_CERT_PATH = dir;
      result.DOCKER_TLS_VERIFY = "1";
    }
    if (material.knownHosts) {
      writeFileSync(
        join(dir, "known_hosts"),
        material.knownHosts.endsWith("\n") ? material.knownHosts : `${material.knownHosts}\n`,
      );
      result.QUAI_SSH_KNOWN_HOSTS = join(dir, "known_hosts");
      // That file is removed once connected: a refused key's hint names the input instead.
      result.QUAI_SSH_KNOWN_HOSTS_SOURCE = "the ssh-known-hosts input";
    }
  }
  return { engineEnv: result, materialDir: dir };
}
