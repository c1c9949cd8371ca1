import { type Clock, formatDuration, poll, type Reporter, TimeoutError, UserError } from "@quai/core";
import { throwIfCancelled } from "./cancellation";
import type { ComposeProject } from "./compose-project";
import { type HealthCheckResult, inspectContainer } from "./container-state";
import { type Exec, PULL_AND_BUILD_TIME_LIMIT_MS } from "./exec";
import { lastLine } from "./output-lines";
import { serviceLog } from "./service-logs";
import { type ContainerStatus, type ReadyAs, readinessOf, stackStatus } from "./stack-status";

export interface ServiceReadiness {
  service: string;
  container: string;
  as: ReadyAs;
}

/** Why a service is not ready: its state, its last health checks and its last log lines. */
export interface ServiceDiagnosis {
  service: string;
  container: string;
  why: string;
  healthLog: HealthCheckResult[];
  logTail: string[];
}

/** The stack did not come up: the message says which service, the diagnoses say why. */
export class StackNotReadyError extends UserError {
  constructor(
    message: string,
    hint: string,
    readonly diagnoses: ServiceDiagnosis[],
  ) {
    super(message, { hint });
    this.name = "StackNotReadyError";
  }
}

export interface StartStackOptions {
  services: string[];
  /** How long the services may take to be ready once their containers exist. */
  timeoutMs: number;
  clock: Clock;
  signal?: AbortSignal;
  reporter: Reporter;
}

const POLL_INTERVAL_MS = 250;
const UP_STOP_MARGIN_MS = 60_000;
const DIAGNOSIS_LOG_LINES = 20;
const DIAGNOSIS_HEALTH_CHECKS = 3;
// "Bind for 127.0.0.1:8080 failed: port is already allocated" (taken by a container),
// "listen tcp4 127.0.0.1:8080: bind: address already in use" (taken by another process).
const TAKEN_PORT =
  /(?:Bind for|listen tcp[46]?) (\S+?):? (?:failed: port is already allocated|bind: address already in use)/;
const SEE_ABOVE =
  "The health checks and last log lines of each service that is not ready are in the log and the job summary";
const TAKEN_PORT_HINT =
  'A port the compose files publish is already taken on this host: publish on an ephemeral port ("127.0.0.1::8080") or free it';

/**
 * Creates the containers (pulling and building do not count against the timeout), starts them,
 * then waits until every service is ready, with `up --wait` semantics. Fails with which service
 * is not ready and why, with the health checks and last log lines of each.
 */
export async function startStack(
  project: ComposeProject,
  exec: Exec,
  options: StartStackOptions,
): Promise<ServiceReadiness[]> {
  // Named no service, compose would create and start them all, the test service among them.
  if (options.services.length === 0) return [];
  await createContainers(project, options);
  const deadline = options.clock.now() + options.timeoutMs;
  await startContainers(project, exec, options);
  const ready = await waitUntilReady(project, exec, {
    ...options,
    timeoutMs: deadline - options.clock.now(),
  });
  for (const { service } of ready.filter((readiness) => readiness.as === "running")) {
    options.reporter.warning(
      `Service ${service} has no healthcheck, so it counted as ready once running: give it one (healthcheck: test: …) so that the tests start when it really answers`,
    );
  }
  return ready;
}

async function createContainers(project: ComposeProject, { services, reporter, signal }: StartStackOptions) {
  const created = await project.run(["create", ...services], {
    onLine: reporter.info,
    signal,
    timeLimitMs: PULL_AND_BUILD_TIME_LIMIT_MS,
  });
  throwIfCancelled(signal);
  if (created.exitCode !== 0) throw new UserError(`Could not create the stack: ${lastLine(created.stderr)}`);
}

/** `up`, within the timeout: it waits for depends_on conditions itself, with no limit of its own. */
async function startContainers(project: ComposeProject, exec: Exec, options: StartStackOptions) {
  const { signal } = options;
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const started = await project.run(["up", "--detach", ...options.services], {
    onLine: options.reporter.info,
    signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    // wait-timeout stops it first, and says which service is not ready; a stop that hangs fails here.
    timeLimitMs: options.timeoutMs + UP_STOP_MARGIN_MS,
  });
  throwIfCancelled(signal);
  if (timeout.aborted) {
    throw await notReadyError(project, exec, (services) => timedOut(options.timeoutMs, services));
  }
  if (started.exitCode === 0) return;
  const complaint = lastLine(started.stderr);
  const takenPort = complaint.match(TAKEN_PORT)?.[1];
  throw await notReadyError(
    project,
    exec,
    () => `Could not start the stack: ${takenPort ? `host port ${takenPort} is already taken` : complaint}`,
    takenPort ? TAKEN_PORT_HINT : SEE_ABOVE,
  );
}

async function waitUntilReady(
  project: ComposeProject,
  exec: Exec,
  options: StartStackOptions,
): Promise<ServiceReadiness[]> {
  try {
    return await poll(
      async () => {
        const statuses = await stackStatus(project);
        throwIfCancelled(options.signal);
        const waiting = notReady(statuses);
        if (waiting.some(({ readiness }) => readiness.broken)) throw new BrokenServiceSignal();
        if (waiting.length > 0) return { done: false, reason: describe(waiting) };
        return { done: true, value: readyServices(statuses) };
      },
      {
        what: "every service to be ready",
        timeoutMs: Math.max(0, options.timeoutMs),
        intervalMs: POLL_INTERVAL_MS,
        clock: options.clock,
      },
    );
  } catch (error) {
    if (error instanceof BrokenServiceSignal) {
      throw await notReadyError(project, exec, (services) => {
        const broken = services.filter(({ readiness }) => readiness.broken);
        return `The stack did not start: ${describe(broken)}`;
      });
    }
    if (error instanceof TimeoutError) {
      throw await notReadyError(project, exec, (services) => timedOut(options.timeoutMs, services));
    }
    throw error;
  }
}

/** A service failed for good: poll stops at once instead of waiting for the timeout. */
class BrokenServiceSignal extends Error {}

interface NotReady {
  status: ContainerStatus;
  readiness: { why: string; broken: boolean };
}

function notReady(statuses: ContainerStatus[]): NotReady[] {
  return statuses.flatMap((status) => {
    const readiness = readinessOf(status);
    return readiness.ready ? [] : [{ status, readiness }];
  });
}

function describe(services: NotReady[]): string {
  return services.map(({ status, readiness }) => `${status.service} ${readiness.why}`).join(", ");
}

function readyServices(statuses: ContainerStatus[]): ServiceReadiness[] {
  return statuses.flatMap((status) => {
    const readiness = readinessOf(status);
    return readiness.ready ? [{ service: status.service, container: status.name, as: readiness.as }] : [];
  });
}

function timedOut(timeoutMs: number, services: NotReady[]): string {
  return `The stack was not ready within ${formatDuration(timeoutMs)} (wait-timeout): ${describe(services)}`;
}

/** The error, with the diagnosis of each started service that is not ready; `messageFor` says what is not. */
async function notReadyError(
  project: ComposeProject,
  exec: Exec,
  messageFor: (services: NotReady[]) => string,
  hint = SEE_ABOVE,
): Promise<StackNotReadyError> {
  const waiting = notReady(await stackStatus(project));
  const started = waiting.filter(({ status }) => status.state !== "created");
  const notStarted = waiting.filter(({ status }) => status.state === "created");
  const diagnoses = await Promise.all(started.map((service) => diagnose(project, exec, service)));
  // Those that started come first: the cause is among them, the others wait for it.
  return new StackNotReadyError(messageFor([...started, ...notStarted]), hint, diagnoses);
}

async function diagnose(
  project: ComposeProject,
  exec: Exec,
  { status, readiness }: NotReady,
): Promise<ServiceDiagnosis> {
  const [state, logTail] = await Promise.all([
    inspectContainer(exec, status.name),
    serviceLog(project, status.service, DIAGNOSIS_LOG_LINES),
  ]);
  return {
    service: status.service,
    container: status.name,
    why: readiness.why,
    healthLog: (state?.healthLog ?? []).slice(-DIAGNOSIS_HEALTH_CHECKS),
    logTail,
  };
}
