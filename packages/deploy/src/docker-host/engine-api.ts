// The one seam between the Docker-host target (and the engine lease) and a Docker engine: the
// few engine calls they make, in the shapes they need. Unit tests fake this interface; the
// dockerode adapter below is exercised against the real engine by the integration tests.
import { posix } from "node:path";
import { Readable } from "node:stream";
import { parseImageRef } from "@quai/core";
import {
  demultiplexedText,
  engineHostProblem,
  followProgress,
  httpStatus,
  isMissing,
  labelFilters,
  orUndefinedWhenMissing,
  pullTally,
} from "@quai/docker";
import { readTarFile, tarFromEntries } from "@quai/oci";
import type Dockerode from "dockerode";
import { portDescription } from "../configuration-record";
import type { RegistryAuth } from "../contract";

export interface ContainerSummary {
  id: string;
  /** Without the leading slash the engine puts on names. */
  name: string;
  /** The image as the container was created from (`repository@digest` for releases). */
  image: string;
  labels: Record<string, string>;
  running: boolean;
  /** Seconds since the epoch. */
  created: number;
}

export interface ContainerDetails extends ContainerSummary {
  exitCode: number;
  /** The image HEALTHCHECK's verdict (starting, healthy, unhealthy); undefined when it has none. */
  health?: string;
  restartPolicy: RestartPolicy;
  restartCount: number;
  oomKilled: boolean;
  /** The last outputs of the HEALTHCHECK, oldest first (the engine keeps five). */
  healthLog: string[];
  /** Its environment as created (`NAME=value`); secret variables appear only as `NAME_FILE=path`. */
  env: string[];
}

export interface FileToWrite {
  /** Absolute, in the container. */
  path: string;
  content: string | Buffer;
  /** 0o644 unless given. */
  mode?: number;
}

/** `no` while a container is a candidate, `unless-stopped` once it has served (see the top of docker-host-target.ts). */
export type RestartPolicy = "no" | "unless-stopped";

export interface PortBinding {
  containerPort: number;
  hostIp: string;
  hostPort: number;
}

export interface ContainerSpec {
  name: string;
  image: string;
  labels: Record<string, string>;
  env?: string[];
  entrypoint?: string[];
  cmd?: string[];
  user?: string;
  network?: string;
  /** Ports published on the host (the proxy's HTTP and, with TLS, HTTPS port). */
  publish?: PortBinding[];
  restartPolicy?: RestartPolicy;
  /** `no-new-privileges:true`, as `docker run --security-opt` takes them. */
  securityOpt?: string[];
  /** Capabilities dropped (ALL) and given back (CAP_NET_BIND_SERVICE). */
  capDrop?: string[];
  capAdd?: string[];
  readOnlyRootfs?: boolean;
  memoryBytes?: number;
  pidsLimit?: number;
  /** A fresh tmpfs at each start, by path, with its mount options: it hides what was there before. */
  tmpfs?: Record<string, string>;
  /**
   * Anonymous volumes, by path, removed with the container (and labelled like it). On a read-only
   * root filesystem they are the only places the engine writes files into (writeFile), started or not.
   */
  volumes?: string[];
  /** The engine keeps its stdout and stderr in json-file logs of this size, this many of them. */
  boundedLog?: { maxSize: string; maxFiles: number };
}

/** An image as the engine holds it. */
export interface ImageDetails {
  /** The image id (sha256 of its config): the very image, wherever it came from. */
  id: string;
  /**
   * `repository@sha256:…` for each registry manifest the engine pulled or pushed it as (familiar
   * names: `nginx@sha256:…`); none for an image built, loaded or imported here.
   */
  repoDigests: string[];
}

/** What a command run in a container gave; exitCode null when it did not end in time. */
export interface ExecResult {
  exitCode: number | null;
  output: string;
}

export interface HostApi {
  /** Every container (stopped ones too) that carries all these labels. */
  listContainers(labels: Record<string, string>): Promise<ContainerSummary[]>;
  /** By id or name; undefined when there is no such container. */
  inspectContainer(idOrName: string): Promise<ContainerDetails | undefined>;
  /** Returns the new container's id; an existing name fails with HTTP status 409. */
  createContainer(spec: ContainerSpec): Promise<string>;
  startContainer(id: string): Promise<void>;
  stopContainer(id: string): Promise<void>;
  /** Removes it, running or not, with its anonymous volumes; a missing one is not an error. */
  removeContainer(id: string): Promise<void>;
  setRestartPolicy(id: string, policy: RestartPolicy): Promise<void>;
  exec(id: string, command: string[], timeoutMs: number): Promise<ExecResult>;
  /** stdout and stderr, interleaved as logged. */
  logTail(id: string, lines: number): Promise<string[]>;
  /** The lines it wrote to stdout since then (clock milliseconds, to the engine's whole second). */
  stdoutSince(id: string, sinceMs: number): Promise<string[]>;
  /** Writes a file (and the folders to it) into a container, started or not. */
  writeFile(id: string, path: string, content: string | Buffer, mode?: number): Promise<void>;
  /** Writes several files in one engine call, all or none (a switch's configuration and certificate). */
  writeFiles(id: string, files: FileToWrite[]): Promise<void>;
  readFile(id: string, path: string): Promise<string | undefined>;
  /** The networks a container is on and its published ports (portDescription); undefined when there is no such container. */
  containerWiring(id: string): Promise<{ networks: string[]; ports: string[] } | undefined>;
  /** The container's IPv4 address on that network; undefined when it is not on it (or not running). */
  containerAddress(id: string, network: string): Promise<string | undefined>;
  /**
   * The container's resident memory in bytes as the engine's stats report it (cgroup v1 `rss`,
   * v2 `anon`); undefined when the engine reports none (not running, no memory accounting).
   */
  memoryUsage(id: string): Promise<number | undefined>;
  /** The engine's processor architecture as `docker info` names it (`x86_64`, `aarch64`). */
  architecture(): Promise<string>;
  /** The container's processes as `docker top` shows them. */
  processes(id: string): Promise<Array<{ pid: string; command: string }>>;
  hasImage(ref: string): Promise<boolean>;
  /** By reference (name:tag, name@digest) or id; undefined when the engine has no such image. */
  inspectImage(ref: string): Promise<ImageDetails | undefined>;
  /** Pulls the image; `onBytes` hears how far, in bytes over all its layers, as the engine says. */
  pullImage(
    ref: string,
    auth?: RegistryAuth,
    onBytes?: (pulled: { current: number; total: number }) => void,
  ): Promise<void>;
  /** Untags or deletes it; an image still in use or already gone is left alone. */
  removeImage(ref: string): Promise<void>;
  /** `docker import`: an image of the tar's files, tagged `repository:tag`. */
  importImage(tar: Buffer, repositoryAndTag: string): Promise<void>;
  /** Creates a bridge network of that name unless one exists; true when it created it. */
  ensureNetwork(name: string, labels: Record<string, string>): Promise<boolean>;
  /** True when it removed it, false when there was no such network. */
  removeNetwork(name: string): Promise<boolean>;
  /** Attaches a created container to an existing network too (fails when there is none). */
  connectNetwork(id: string, network: string): Promise<void>;
}

/** The HostApi of a dockerode client. */
export function dockerodeHostApi(api: Dockerode): HostApi {
  /** One tar, extracted where the files' folders meet. */
  async function writeFiles(id: string, files: FileToWrite[]): Promise<void> {
    const paths = files.map((file) => file.path.split("/").filter(Boolean));
    const shared = sharedFolder(paths);
    const fileEntries = (from: number) =>
      files.map((file, index) => ({
        path: (paths[index] ?? []).slice(from).join("/"),
        type: "file" as const,
        mode: file.mode ?? 0o644,
        content: file.content,
      }));
    const foldersBelow = (from: number) =>
      [
        ...new Set(
          paths.flatMap((parts) => parts.slice(0, -1).map((_, end) => parts.slice(from, end + 1).join("/"))),
        ),
      ]
        .filter(Boolean)
        .map((folder) => ({ path: folder, type: "directory" as const, mode: 0o755 }));
    // Into the shared folder when it exists: on a read-only root filesystem the engine extracts
    // only into a volume (ContainerSpec.volumes), whose folder it makes as it mounts it.
    try {
      const tar = await tarFromEntries([...foldersBelow(shared.length), ...fileEntries(shared.length)], 0);
      await api.getContainer(id).putArchive(tar, { path: `/${shared.join("/")}` });
      return;
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
    // Else every folder on the way is in the tar, extracted at /, so none of them need exist yet
    // (a scratch image has no /run).
    await api.getContainer(id).putArchive(await tarFromEntries([...foldersBelow(0), ...fileEntries(0)], 0), {
      path: "/",
    });
  }

  const container = (id: string) => api.getContainer(id);
  return {
    async listContainers(labels) {
      const found = await api.listContainers({ all: true, filters: labelFilters(labels) });
      return found.map((summary) => ({
        id: summary.Id,
        name: summary.Names[0]?.replace(/^\//, "") ?? summary.Id,
        image: summary.Image,
        labels: summary.Labels,
        running: summary.State === "running",
        created: summary.Created,
      }));
    },

    async inspectContainer(idOrName) {
      const info = await orUndefinedWhenMissing(container(idOrName).inspect());
      if (!info) return undefined;
      const state = info.State as Dockerode.ContainerInspectInfo["State"] & {
        Health?: { Status: string; Log?: Array<{ Output: string }> };
      };
      return {
        id: info.Id,
        name: info.Name.replace(/^\//, ""),
        image: info.Config.Image,
        labels: info.Config.Labels ?? {},
        running: state.Running,
        created: Math.floor(Date.parse(info.Created) / 1000),
        exitCode: state.ExitCode,
        health: state.Health?.Status,
        restartPolicy: info.HostConfig.RestartPolicy?.Name === "unless-stopped" ? "unless-stopped" : "no",
        restartCount: info.RestartCount ?? 0,
        oomKilled: state.OOMKilled,
        healthLog: (state.Health?.Log ?? []).map((check) => check.Output.trim()),
        env: info.Config.Env ?? [],
      };
    },

    async createContainer(spec) {
      const ports = (spec.publish ?? []).map((binding) => ({
        ...binding,
        port: `${binding.containerPort}/tcp`,
      }));
      const created = await api.createContainer({
        name: spec.name,
        Image: spec.image,
        Labels: spec.labels,
        Env: spec.env,
        Entrypoint: spec.entrypoint,
        Cmd: spec.cmd,
        User: spec.user,
        ExposedPorts: ports.length > 0 ? Object.fromEntries(ports.map(({ port }) => [port, {}])) : undefined,
        HostConfig: {
          NetworkMode: spec.network,
          RestartPolicy: { Name: spec.restartPolicy ?? "no" },
          PortBindings:
            ports.length > 0
              ? Object.fromEntries(
                  ports.map(({ port, hostIp, hostPort }) => [
                    port,
                    [{ HostIp: hostIp, HostPort: String(hostPort) }],
                  ]),
                )
              : undefined,
          SecurityOpt: spec.securityOpt,
          CapDrop: spec.capDrop,
          CapAdd: spec.capAdd,
          ReadonlyRootfs: spec.readOnlyRootfs,
          Memory: spec.memoryBytes,
          PidsLimit: spec.pidsLimit,
          Tmpfs: spec.tmpfs,
          LogConfig: spec.boundedLog && {
            Type: "json-file",
            Config: { "max-size": spec.boundedLog.maxSize, "max-file": String(spec.boundedLog.maxFiles) },
          },
          Mounts: spec.volumes?.map((target) => ({
            Type: "volume" as const,
            // No source: an anonymous volume, which `remove({ v: true })` removes with the container.
            Source: "",
            Target: target,
            VolumeOptions: {
              NoCopy: true,
              Labels: spec.labels,
              DriverConfig: { Name: "local", Options: {} },
            },
          })),
        },
      });
      return created.id;
    },

    async startContainer(id) {
      await container(id)
        .start()
        .catch((error: unknown) => {
          throw engineHostProblem(error, `start container ${id.slice(0, 12)}`) ?? error;
        });
    },

    async stopContainer(id) {
      await orUndefinedWhenMissing(container(id).stop().catch(ignoreNotModified));
    },

    async removeContainer(id) {
      try {
        await orUndefinedWhenMissing(container(id).remove({ force: true, v: true }));
      } catch (error) {
        // Someone else (a cleanup in post) is removing it already: what we wanted.
        if (!(httpStatus(error) === 409 && /already in progress/.test(String(error)))) throw error;
      }
    },

    async setRestartPolicy(id, policy) {
      await container(id).update({ RestartPolicy: { Name: policy } });
    },

    async exec(id, command, timeoutMs) {
      const exec = await container(id).exec({ Cmd: command, AttachStdout: true, AttachStderr: true });
      const stream = (await exec.start({ hijack: true, stdin: false })) as Readable;
      const output = demultiplexedText(stream);
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<"timeout">((resolve) => {
        timer = setTimeout(() => resolve("timeout"), timeoutMs);
      });
      try {
        // A command that never ends (a probe of a hung app) must not hold the deploy: it is left
        // running in the container and counts as not finished.
        if ((await Promise.race([output, timedOut])) === "timeout") {
          stream.destroy();
          return { exitCode: null, output: "" };
        }
      } finally {
        clearTimeout(timer);
      }
      const { ExitCode } = await exec.inspect();
      return { exitCode: ExitCode ?? null, output: await output };
    },

    async logTail(id, lines) {
      const log = (await container(id).logs({
        stdout: true,
        stderr: true,
        tail: lines,
        follow: false,
      })) as Buffer;
      const text = await demultiplexedText(Readable.from([log]));
      return text.split("\n").filter((line) => line !== "");
    },

    async stdoutSince(id, sinceMs) {
      const log = (await container(id).logs({
        stdout: true,
        stderr: false,
        // Whole seconds, rounded down: a line of the second it starts in is read, not lost.
        since: Math.floor(sinceMs / 1000),
        follow: false,
      })) as Buffer;
      const text = await demultiplexedText(Readable.from([log]));
      return text.split("\n").filter((line) => line !== "");
    },

    async writeFile(id, path, content, mode) {
      await writeFiles(id, [{ path, content, mode }]);
    },

    writeFiles,

    async readFile(id, path) {
      const tar = await orUndefinedWhenMissing(container(id).getArchive({ path }));
      return tar && (await readTarFile(tar, posix.basename(path)))?.toString("utf8");
    },

    async containerWiring(id) {
      const info = await orUndefinedWhenMissing(container(id).inspect());
      if (!info) return undefined;
      const bindings = Object.entries(info.HostConfig.PortBindings ?? {}) as Array<
        [string, Array<{ HostIp?: string; HostPort?: string }> | null]
      >;
      return {
        networks: Object.keys(info.NetworkSettings.Networks ?? {}),
        ports: bindings.flatMap(([port, hosts]) =>
          (hosts ?? []).map((host) =>
            portDescription({
              hostIp: host.HostIp,
              hostPort: Number(host.HostPort),
              containerPort: Number(port.split("/")[0]),
              protocol: port.split("/")[1],
            }),
          ),
        ),
      };
    },

    async containerAddress(id, network) {
      const info = await orUndefinedWhenMissing(container(id).inspect());
      return info?.NetworkSettings.Networks[network]?.IPAddress || undefined;
    },

    async memoryUsage(id) {
      // One sample, not the default two a second apart (for the CPU share, which is not wanted).
      const stats = await container(id).stats({ stream: false, "one-shot": true });
      const memory = stats.memory_stats.stats as { rss?: number; anon?: number } | undefined;
      return memory?.rss ?? memory?.anon;
    },

    async architecture() {
      return ((await api.info()) as { Architecture: string }).Architecture;
    },

    async processes(id) {
      const top = (await container(id).top()) as { Titles: string[]; Processes: string[][] };
      const pid = top.Titles.indexOf("PID");
      const command = top.Titles.indexOf("CMD");
      return top.Processes.map((row) => ({ pid: row[pid] ?? "", command: row[command] ?? "" }));
    },

    async hasImage(ref) {
      return (await orUndefinedWhenMissing(api.getImage(ref).inspect())) !== undefined;
    },

    async inspectImage(ref) {
      const info = await orUndefinedWhenMissing(api.getImage(ref).inspect());
      return info && { id: info.Id, repoDigests: info.RepoDigests ?? [] };
    },

    async pullImage(ref, auth, onBytes) {
      const authconfig = auth && { ...auth, serveraddress: parseImageRef(ref).registry };
      const tally = pullTally();
      await followProgress(
        api.modem,
        await api.pull(ref, authconfig ? { authconfig } : {}),
        onBytes && ((event) => onBytes(tally.add(event))),
      );
    },

    async removeImage(ref) {
      try {
        await api.getImage(ref).remove();
      } catch (error) {
        if (!isMissing(error) && httpStatus(error) !== 409) throw error;
      }
    },

    async importImage(tar, repositoryAndTag) {
      const separator = repositoryAndTag.lastIndexOf(":");
      const stream = await api.importImage(Readable.from([tar]), {
        repo: repositoryAndTag.slice(0, separator),
        tag: repositoryAndTag.slice(separator + 1),
      });
      await followProgress(api.modem, stream);
    },

    async ensureNetwork(name, labels) {
      // The engine's name filter matches parts of names too.
      const found = await api.listNetworks({ filters: JSON.stringify({ name: [name] }) });
      if (found.some((network) => network.Name === name)) return false;
      await api.createNetwork({ Name: name, Driver: "bridge", CheckDuplicate: true, Labels: labels });
      return true;
    },

    async connectNetwork(id, network) {
      await api.getNetwork(network).connect({ Container: id });
    },

    async removeNetwork(name) {
      return (
        (await orUndefinedWhenMissing(
          api
            .getNetwork(name)
            .remove()
            .then(() => true),
        )) ?? false
      );
    },
  };
}

/** Stopping a container that is already stopped answers 304. */
function ignoreNotModified(error: unknown): void {
  if (httpStatus(error) !== 304) throw error;
}

/** The longest folder every path is in (paths as their parts, the file name last). */
function sharedFolder(paths: string[][]): string[] {
  const [first = [], ...rest] = paths;
  const shared = first.slice(0, -1);
  for (const parts of rest) {
    let same = 0;
    while (same < shared.length && same < parts.length - 1 && shared[same] === parts[same]) same++;
    shared.length = same;
  }
  return shared;
}
