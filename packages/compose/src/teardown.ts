import { tmpdir } from "node:os";
import { type Reporter, RUN_ID_LABEL } from "@quai/core";
import { countResources, type RunResources } from "@quai/docker";
import { locateComposeCli } from "./compose-cli";
import { ComposeProject } from "./compose-project";
import { type Exec, QUERY_TIME_LIMIT_MS } from "./exec";
import { lastLine, linesOf } from "./output-lines";

/** Compose puts it on every container, network and volume of a project. */
export const COMPOSE_PROJECT_LABEL = "com.docker.compose.project";

/**
 * `down --volumes --remove-orphans`: containers, networks and volumes of the project. Every
 * profile is enabled, or the test service's container (behind a profile, as it often is) would stay.
 */
export async function tearDownStack(
  project: ComposeProject,
  reporter: Pick<Reporter, "info" | "warning">,
): Promise<boolean> {
  const down = await project.run(["--profile", "*", "down", "--volumes", "--remove-orphans"], {
    onLine: reporter.info,
  });
  if (down.exitCode !== 0) {
    reporter.warning(`Could not tear the stack ${project.name} down: ${lastLine(down.stderr)}`);
  }
  return down.exitCode === 0;
}

export interface RunToCleanUp {
  project: string;
  runId: string;
}

export interface CleanUpSeams {
  exec: Exec;
  /** Removes what carries the run's label: @quai/docker's removeRunResources on a connected engine. */
  removeRunResources(runId: string): Promise<RunResources>;
  env?: NodeJS.ProcessEnv;
}

export interface CleanUp {
  /** What was still there of the project or the run, by kind. */
  leftovers: RunResources;
  /** What carried the run's label and was removed after compose's teardown. */
  removed: RunResources;
}

/**
 * The post step's teardown, also after a cancelled or killed main step. When anything of the
 * project or the run is left, compose tears the project down (by its name alone: the files may be
 * gone), then whatever still carries the run's label is removed.
 */
export async function cleanUpRun(
  run: RunToCleanUp,
  seams: CleanUpSeams,
  reporter: Pick<Reporter, "info" | "warning">,
): Promise<CleanUp> {
  const leftovers = await findLeftovers(seams.exec, run);
  const none = { containers: [], networks: [], volumes: [] };
  if (countResources(leftovers) === 0) return { leftovers, removed: none };
  const cli = await locateComposeCli(seams.exec);
  const project = new ComposeProject(seams.exec, cli, {
    name: run.project,
    files: [],
    env: withoutComposeFiles(seams.env ?? process.env),
    // No compose file here, so compose goes by the project's labels alone.
    cwd: tmpdir(),
  });
  await tearDownStack(project, reporter);
  return { leftovers, removed: await seams.removeRunResources(run.runId) };
}

type ResourceKind = "container" | "network" | "volume";

/** Names of what carries the project's label, and of containers with the run's, with the docker CLI. */
async function findLeftovers(exec: Exec, run: RunToCleanUp): Promise<RunResources> {
  const named = async (kind: ResourceKind, label: string) => {
    const all = kind === "container" ? ["--all"] : [];
    const format = kind === "container" ? "{{.Names}}" : "{{.Name}}";
    const listed = await exec(
      "docker",
      [kind, "ls", ...all, "--filter", `label=${label}`, "--format", format],
      { timeLimitMs: QUERY_TIME_LIMIT_MS },
    );
    return linesOf(listed.stdout);
  };
  const project = `${COMPOSE_PROJECT_LABEL}=${run.project}`;
  const [projectContainers, runContainers, networks, volumes] = await Promise.all([
    named("container", project),
    named("container", `${RUN_ID_LABEL}=${run.runId}`),
    named("network", project),
    named("volume", project),
  ]);
  return { containers: [...new Set([...projectContainers, ...runContainers])], networks, volumes };
}

function withoutComposeFiles(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { COMPOSE_FILE: _file, COMPOSE_PROJECT_NAME: _name, ...rest } = env;
  return rest;
}
