import { validateEnvironmentName } from "@quai/core";
import type { InputReader } from "@quai/github";

export const REPORTS = ["pull-request", "issue"] as const;

/** The inputs of action.yml, by their names there. */
export interface Inputs {
  environment: string;
  config: string;
  report: (typeof REPORTS)[number];
  "dry-run": boolean;
  "github-token"?: string;
}

export function readInputs(read: InputReader): Inputs {
  return {
    environment: validateEnvironmentName(read.required("environment")),
    config: read.optional("config") ?? "quai.yml",
    report: read.choice("report", REPORTS),
    "dry-run": read.boolean("dry-run"),
    "github-token": read.secret("github-token"),
  };
}
