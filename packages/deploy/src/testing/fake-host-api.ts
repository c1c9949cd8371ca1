// An engine in memory behind the HostApi seam, for the unit tests of the Docker-host target and
// the engine lease: containers, files, images and networks, with nginx and probes scripted.
import { createHash } from "node:crypto";
import type { Reporter } from "@quai/core";
import { portDescription } from "../configuration-record";
import type {
  ContainerDetails,
  ContainerSpec,
  ExecResult,
  FileToWrite,
  HostApi,
  ImageDetails,
  RestartPolicy,
} from "../docker-host/engine-api";
import { ROLE_LABEL } from "../labels";

export interface FakeContainer extends ContainerDetails {
  spec: ContainerSpec;
  /** By path; a binary file (the probe program) as latin1 text. */
  files: Map<string, string>;
  /** The mode each file was written with. */
  modes: Map<string, number>;
  /** Networks joined after creation (the environment's own is in spec.network). */
  networks: string[];
  log: string[];
  /** What it wrote to stdout, each line with the clock time it was logged at. */
  stdout: Array<{ atMs: number; line: string }>;
  /** Bumped by each nginx reload: the proxy's workers are new ones. */
  workerGeneration: number;
}

/** Each container's address on its networks: one per container, from its id. */
function fakeAddress(container: FakeContainer): string {
  return `10.0.0.${Number(container.id.slice(1)) % 250}`;
}

/** An engine error as docker-modem makes it: the HTTP status on the error. */
export function engineError(statusCode: number, message: string): Error {
  return Object.assign(new Error(message), { statusCode });
}

export class FakeHostApi implements HostApi {
  readonly containers = new Map<string, FakeContainer>();
  readonly images = new Set<string>();
  /**
   * What the engine recorded of an image, by the reference it holds it as. Without a record an
   * image has an id made from its reference and no registry digest (built or loaded here); a
   * pulled one gets its registry digest.
   */
  readonly imageRecords = new Map<string, ImageDetails>();
  readonly networks = new Map<string, Record<string, string>>();
  /** What happened, in order: "create <name>", "start <name>", "stop <name>", "remove <name>", "pull <image>". */
  readonly events: string[] = [];
  /** Answers commands run in app containers; by default every probe sees 200. */
  probe: (container: FakeContainer, command: string[]) => ExecResult | Promise<ExecResult> = () => ({
    exitCode: 0,
    output: "  HTTP/1.1 200 OK\n",
  });
  /** Runs as a container starts: throw to refuse the start, or set `running` false to crash it. */
  onStart: (container: FakeContainer) => void = () => {};
  /** Answers `nginx -t`: nginx's verdict on the configuration. */
  nginxCheck: ExecResult = { exitCode: 0, output: "nginx: configuration file test is successful" };
  /** The resident memory the engine reports of each running container. */
  memoryBytes = 38 * 1024 * 1024;
  /** What `docker info` says the engine runs on. */
  engineArchitecture = "x86_64";
  private lastId = 0;

  async listContainers(labels: Record<string, string>) {
    return [...this.containers.values()]
      .filter((container) => Object.entries(labels).every(([key, value]) => container.labels[key] === value))
      .map((container) => this.copy(container));
  }

  async inspectContainer(idOrName: string) {
    const container = this.find(idOrName);
    return container && this.copy(container);
  }

  async createContainer(spec: ContainerSpec): Promise<string> {
    if ([...this.containers.values()].some((container) => container.name === spec.name)) {
      throw engineError(409, `Conflict. The container name "/${spec.name}" is already in use`);
    }
    if (!(await this.inspectImage(spec.image))) throw engineError(404, `No such image: ${spec.image}`);
    this.lastId++;
    const id = `c${this.lastId}`;
    this.containers.set(id, {
      id,
      name: spec.name,
      image: spec.image,
      labels: { ...spec.labels },
      running: false,
      created: this.lastId,
      exitCode: 0,
      restartPolicy: spec.restartPolicy ?? "no",
      restartCount: 0,
      oomKilled: false,
      healthLog: [],
      env: [...(spec.env ?? [])],
      spec,
      files: new Map(),
      modes: new Map(),
      networks: [],
      log: [],
      stdout: [],
      workerGeneration: 0,
    });
    this.events.push(`create ${spec.name}`);
    return id;
  }

  async startContainer(id: string) {
    const container = this.get(id);
    this.events.push(`start ${container.name}`);
    // Each start mounts an empty tmpfs over what was written there before.
    for (const path of container.files.keys()) {
      if (Object.keys(container.spec.tmpfs ?? {}).some((mount) => isAtOrUnder(path, mount))) {
        container.files.delete(path);
      }
    }
    container.running = true;
    this.onStart(container);
  }

  async stopContainer(id: string) {
    const container = this.get(id);
    this.events.push(`stop ${container.name}`);
    container.running = false;
  }

  async removeContainer(id: string) {
    const container = this.containers.get(id);
    if (!container) return;
    this.events.push(`remove ${container.name}`);
    this.containers.delete(id);
  }

  async setRestartPolicy(id: string, policy: RestartPolicy) {
    this.get(id).restartPolicy = policy;
  }

  async exec(id: string, command: string[]): Promise<ExecResult> {
    const container = this.get(id);
    // The probe program, in a probe container or written into the proxy (probeFromProxy).
    if (
      container.labels[ROLE_LABEL] === "probe" ||
      container.files.get(command[0] ?? "")?.includes("Host: ")
    ) {
      return this.probeFromOutside(container, command);
    }
    if (container.labels[ROLE_LABEL] !== "proxy") return this.probe(container, command);
    if (command.includes("-t")) return this.nginxCheck;
    if (command.includes("reload")) container.workerGeneration++;
    return { exitCode: 0, output: "" };
  }

  /**
   * The probe program's run, as the real one would go: the app container it was made for (found
   * by the address in its request) answers through `probe`; one that no longer runs refuses.
   */
  private probeFromOutside(
    probeContainer: FakeContainer,
    command: string[],
  ): ExecResult | Promise<ExecResult> {
    const program = probeContainer.files.get(command[0] ?? "") ?? "";
    const address = program.match(/Host: ([\d.]+):/)?.[1];
    const target = [...this.containers.values()].find(
      (container) => container.running && fakeAddress(container) === address,
    );
    if (!target) return { exitCode: 111, output: "" };
    return this.probe(target, command);
  }

  async logTail(id: string, lines: number) {
    return this.get(id).log.slice(-lines);
  }

  async stdoutSince(id: string, sinceMs: number) {
    return this.get(id)
      .stdout.filter((entry) => entry.atMs >= sinceMs)
      .map((entry) => entry.line);
  }

  async writeFile(id: string, path: string, content: string | Buffer, mode = 0o644) {
    const container = this.get(id);
    this.refuseReadOnly(container, path);
    container.files.set(path, typeof content === "string" ? content : content.toString("latin1"));
    container.modes.set(path, mode);
  }

  /** As the engine: into a read-only root filesystem only through a volume mounted there. */
  private refuseReadOnly(container: FakeContainer, path: string) {
    if (
      container.spec.readOnlyRootfs &&
      !container.spec.volumes?.some((volume) => isAtOrUnder(path, volume))
    ) {
      throw engineError(500, "container rootfs is marked read-only");
    }
  }

  async writeFiles(id: string, files: FileToWrite[]) {
    // All or none, as one tar is.
    const container = this.get(id);
    for (const file of files) this.refuseReadOnly(container, file.path);
    for (const file of files) await this.writeFile(id, file.path, file.content, file.mode);
  }

  async connectNetwork(id: string, network: string) {
    this.get(id).networks.push(network);
  }

  async readFile(id: string, path: string) {
    return this.containers.get(id)?.files.get(path);
  }

  async containerWiring(id: string) {
    const container = this.containers.get(id);
    if (!container) return undefined;
    return {
      networks: [container.spec.network, ...container.networks].filter(
        (network): network is string => network !== undefined,
      ),
      ports: (container.spec.publish ?? []).map((binding) => portDescription(binding)),
    };
  }

  async containerAddress(id: string, network: string) {
    const container = this.containers.get(id);
    if (!container?.running) return undefined;
    const networks = [container.spec.network, ...container.networks];
    return networks.includes(network) ? fakeAddress(container) : undefined;
  }

  async memoryUsage(id: string) {
    return this.get(id).running ? this.memoryBytes : undefined;
  }

  async architecture() {
    return this.engineArchitecture;
  }

  async processes(id: string) {
    const container = this.get(id);
    return container.running
      ? [{ pid: `worker-${container.workerGeneration}`, command: "nginx: worker process" }]
      : [];
  }

  async hasImage(ref: string) {
    return (await this.inspectImage(ref)) !== undefined;
  }

  async inspectImage(ref: string): Promise<ImageDetails | undefined> {
    for (const image of this.images) {
      const record = this.recordOf(image);
      if (image === ref || record.id === ref || record.repoDigests.includes(ref)) return record;
    }
    return undefined;
  }

  async pullImage(ref: string) {
    this.events.push(`pull ${ref}`);
    this.images.add(ref);
    if (!this.imageRecords.has(ref)) {
      const repository = ref.replace(/@sha256:[0-9a-f]{64}$/, "").replace(/:[\w][\w.-]*$/, "");
      const digest = ref.match(/@(sha256:[0-9a-f]{64})$/)?.[1] ?? `sha256:${sha256(`manifest of ${ref}`)}`;
      this.imageRecords.set(ref, { id: fakeImageId(ref), repoDigests: [`${repository}@${digest}`] });
    }
  }

  async removeImage(ref: string) {
    if ([...this.containers.values()].some((container) => container.image === ref)) return;
    this.images.delete(ref);
  }

  async importImage(_tar: Buffer, repositoryAndTag: string) {
    this.events.push(`import ${repositoryAndTag}`);
    this.images.add(repositoryAndTag);
  }

  async ensureNetwork(name: string, labels: Record<string, string>) {
    if (this.networks.has(name)) return false;
    this.networks.set(name, labels);
    return true;
  }

  async removeNetwork(name: string) {
    return this.networks.delete(name);
  }

  private recordOf(image: string): ImageDetails {
    return this.imageRecords.get(image) ?? { id: fakeImageId(image), repoDigests: [] };
  }

  /** A container by name, for assertions. */
  named(name: string): FakeContainer | undefined {
    return [...this.containers.values()].find((container) => container.name === name);
  }

  private find(idOrName: string): FakeContainer | undefined {
    return this.containers.get(idOrName) ?? this.named(idOrName);
  }

  private get(id: string): FakeContainer {
    const container = this.find(id);
    if (!container) throw engineError(404, `No such container: ${id}`);
    return container;
  }

  private copy(container: FakeContainer): ContainerDetails {
    const {
      spec: _spec,
      files: _files,
      modes: _modes,
      networks: _networks,
      log: _log,
      stdout: _stdout,
      workerGeneration: _generation,
      ...details
    } = container;
    return { ...details, labels: { ...details.labels }, env: [...details.env] };
  }
}

/** A Reporter that keeps every line and group name. */
export class RecordingReporter implements Reporter {
  readonly lines: string[] = [];
  readonly warnings: string[] = [];

  info(line: string): void {
    this.lines.push(line);
  }

  warning(line: string): void {
    this.warnings.push(line);
  }

  async group<T>(name: string, work: () => Promise<T>): Promise<T> {
    this.lines.push(`[${name}]`);
    return work();
  }
}

function isAtOrUnder(path: string, folder: string): boolean {
  return path === folder || path.startsWith(`${folder.replace(/\/$/, "")}/`);
}

/** The id the fake engine gives the image it holds as `ref` when no record says otherwise. */
export function fakeImageId(ref: string): string {
  return `sha256:${sha256(`config of ${ref}`)}`;
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
