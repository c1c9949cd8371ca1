// Not from "@quai/compose", which main imports with import() once the inputs are valid: the
// bundler would then load the whole library at start with this one check.
import { checkReportPattern } from "@quai/compose/report-pattern";
import { InvalidValueError, UserError } from "@quai/core";
import type { InputReader } from "@quai/github";

/** The inputs of action.yml, by their names there. */
export interface Inputs {
  /** Absolute: inside the workspace, or under RUNNER_TEMP when given absolute. */
  "compose-file": string[];
  image?: string;
  service?: string;
  "test-service"?: string;
  "test-command"?: string;
  env: Record<string, string>;
  "wait-timeout": number;
  /** As given: it names no folder outside the workspace (or the test container's working one). */
  reports?: string;
  "keep-on-failure": boolean;
  /** Services that can take over the runner warn (true) or are refused (false). */
  "allow-privileged": boolean;
  "project-name"?: string;
}

// Compose's own rule for project names.
const PROJECT_NAME = /^[a-z0-9][a-z0-9_-]*$/;

export function readInputs(read: InputReader): Inputs {
  const inputs: Inputs = {
    "compose-file": read.paths("compose-file", { allowRunnerTemp: true }),
    image: read.optional("image"),
    service: read.optional("service"),
    "test-service": read.optional("test-service"),
    "test-command": read.optional("test-command"),
    env: read.keyValues("env"),
    "wait-timeout": read.duration("wait-timeout"),
    reports: read.optional("reports"),
    "keep-on-failure": read.boolean("keep-on-failure"),
    // Empty is the default, true: existing suites with such services keep working, warned.
    "allow-privileged": read.optional("allow-privileged") === undefined || read.boolean("allow-privileged"),
    "project-name": read.optional("project-name"),
  };
  if (inputs["compose-file"].length === 0) {
    throw new UserError("compose-file is required", { hint: "Name at least one Compose file, one per line" });
  }
  if (Boolean(inputs["test-service"]) === Boolean(inputs["test-command"])) {
    throw new UserError("Set exactly one of test-service and test-command", {
      hint: "test-service runs the tests in a compose container; test-command runs them on the runner",
    });
  }
  if (Boolean(inputs.image) !== Boolean(inputs.service)) {
    throw new UserError("image and service go together", {
      hint: "service names the compose service whose image is replaced by the image under test",
    });
  }
  if (inputs["wait-timeout"] < 1000) {
    throw new InvalidValueError("wait-timeout", read.optional("wait-timeout") ?? "", "at least 1s");
  }
  const project = inputs["project-name"];
  if (project !== undefined && !PROJECT_NAME.test(project)) {
    throw new InvalidValueError(
      "project-name",
      project,
      "lowercase letters, digits, - and _, starting with a letter or digit",
    );
  }
  if (inputs.reports) checkReportPattern(inputs.reports, inputs["test-service"] ? "container" : "runner");
  return inputs;
}
