import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ComposeProject } from "./compose-project";
import { QUERY_TIME_LIMIT_MS } from "./exec";
import { lastLine, linesOf } from "./output-lines";

export interface SavedLog {
  /** A service, or "test-command". */
  name: string;
  path: string;
  lines: string[];
}

/** A service's log (stdout and stderr), its last `tailLines` when given. */
export async function serviceLog(
  project: ComposeProject,
  service: string,
  tailLines?: number,
): Promise<string[]> {
  const limit = tailLines === undefined ? [] : ["--tail", String(tailLines)];
  const logs = await project.run(["logs", "--no-color", "--no-log-prefix", ...limit, service], {
    timeLimitMs: QUERY_TIME_LIMIT_MS,
  });
  return logs.exitCode === 0 ? linesOf(logs.stdout) : [`(no log: ${lastLine(logs.stderr)})`];
}

/** Writes `<dir>/<name>.log` and returns what it wrote. */
export function saveLog(dir: string, name: string, lines: string[]): SavedLog {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.log`);
  writeFileSync(path, lines.length > 0 ? `${lines.join("\n")}\n` : "");
  return { name, path, lines };
}
