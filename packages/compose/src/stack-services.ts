import type { ComposeFiles } from "./compose-files";
import type { ComposeProject } from "./compose-project";
import { QUERY_TIME_LIMIT_MS } from "./exec";
import { lastLine } from "./output-lines";

/** The part of compose's resolved model (`config --format json`) that decides what to start. */
export interface ComposeModel {
  services: Record<string, { profiles?: string[]; depends_on?: Record<string, unknown> }>;
}

/**
 * Every service of the files, profiles all enabled, as compose resolves them (merged, extended,
 * interpolated); resolving also validates the files, and compose's complaint points at the key.
 */
export async function readComposeModel(project: ComposeProject, files: ComposeFiles): Promise<ComposeModel> {
  const config = await project.run(["--profile", "*", "config", "--format", "json"], {
    timeLimitMs: QUERY_TIME_LIMIT_MS,
  });
  if (config.exitCode !== 0) throw files.refusal(lastLine(config.stderr));
  return JSON.parse(config.stdout) as ComposeModel;
}

/**
 * The services `up` starts: those `up` would start anyway (no profile, or an enabled one), plus
 * whatever the test service depends on, so that it can run without waiting for them again; never
 * the test service itself.
 */
export function stackServices(
  model: ComposeModel,
  enabledProfiles: readonly string[],
  testService?: string,
): string[] {
  const active = Object.entries(model.services)
    .filter(
      ([, service]) => !service.profiles?.length || service.profiles.some((p) => enabledProfiles.includes(p)),
    )
    .map(([name]) => name);
  const needed = testService ? dependenciesOf(model, testService) : [];
  return [...new Set([...active, ...needed])].filter((name) => name !== testService);
}

/** The services `name` depends on, directly or not. */
function dependenciesOf(model: ComposeModel, name: string, seen = new Set<string>()): string[] {
  for (const dependency of Object.keys(model.services[name]?.depends_on ?? {})) {
    if (seen.has(dependency)) continue;
    seen.add(dependency);
    dependenciesOf(model, dependency, seen);
  }
  return [...seen];
}

/** The profiles COMPOSE_PROFILES enables, as compose reads it. */
export function enabledProfiles(env: NodeJS.ProcessEnv): string[] {
  return (env.COMPOSE_PROFILES ?? "")
    .split(",")
    .map((profile) => profile.trim())
    .filter(Boolean);
}
