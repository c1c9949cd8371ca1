import { validateEnvironmentName } from "@quai/core";
import { type InputReader, readTargetInputs, type TargetInputs } from "@quai/github";

/** One sweep's window, when watch is empty: a scheduled workflow's look at the environment now. */
export const SWEEP_WINDOW_MS = 2 * 60_000;

/** The inputs of action.yml, by their names there (those shared with deploy-env in TargetInputs). */
export interface Inputs extends TargetInputs {
  environment: string;
  /** How long to watch; SWEEP_WINDOW_MS for a sweep. */
  watch: number;
  sweep: boolean;
  "dry-run": boolean;
  /** As written: checked after the watch acted, so a bad value cannot cost a rollback. */
  report: string;
  assignees: string[];
  reviewers: string[];
}

export function readInputs(read: InputReader): Inputs {
  const watch = read.optional("watch");
  return {
    environment: validateEnvironmentName(read.required("environment")),
    watch: watch === undefined ? SWEEP_WINDOW_MS : read.duration("watch"),
    sweep: watch === undefined,
    "dry-run": read.boolean("dry-run"),
    report: read.optional("report") ?? "pull-request",
    assignees: read.list("assignees"),
    reviewers: read.list("reviewers"),
    ...readTargetInputs(read),
  };
}
