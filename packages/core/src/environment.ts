import { InvalidValueError, UserError } from "./errors";

/** A stage a release goes through; `after` names the stage that must have validated it first. */
export interface Environment {
  name: string;
  after?: string;
  url?: string;
}

const ENVIRONMENT_NAME = /^[a-z][a-z0-9-]{0,62}$/;

export function validateEnvironmentName(name: string, input = "environment"): string {
  if (!ENVIRONMENT_NAME.test(name)) {
    throw new InvalidValueError(input, name, "lower-case letters, digits and dashes, starting with a letter");
  }
  return name;
}

/**
 * The promotion order (staging → qualification → production): every environment comes after
 * the one it names in `after`. Refuses unknown stages, duplicates and cycles.
 */
export function promotionOrder(environments: readonly Environment[]): Environment[] {
  const byName = new Map<string, Environment>();
  for (const environment of environments) {
    validateEnvironmentName(environment.name, "environment name");
    if (byName.has(environment.name))
      throw new UserError(`Environment ${environment.name} is declared twice`);
    byName.set(environment.name, environment);
  }
  for (const environment of environments) {
    if (environment.after !== undefined && !byName.has(environment.after)) {
      throw new UserError(
        `Environment ${environment.name} comes after ${environment.after}, which is not declared`,
        {
          hint: `Declare ${environment.after} or remove the after: key`,
        },
      );
    }
  }
  const ordered: Environment[] = [];
  const placed = new Set<string>();
  const place = (environment: Environment, path: string[]) => {
    if (placed.has(environment.name)) return;
    if (path.includes(environment.name)) {
      throw new UserError(`Environments form a cycle: ${[...path, environment.name].join(" → ")}`);
    }
    const before = environment.after === undefined ? undefined : byName.get(environment.after);
    if (before) place(before, [...path, environment.name]);
    placed.add(environment.name);
    ordered.push(environment);
  };
  for (const environment of environments) place(environment, []);
  return ordered;
}
