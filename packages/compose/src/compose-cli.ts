import { UserError } from "@quai/core";
import { type Exec, QUERY_TIME_LIMIT_MS } from "./exec";
import { lastLine } from "./output-lines";

/** How to call Compose on this machine: `docker compose …` (the plugin) or `docker-compose …`. */
export interface ComposeCli {
  command: string;
  /** Arguments before compose's own: ["compose"] for the plugin. */
  prefix: string[];
  version: string;
}

const INSTALL_HINT =
  "Install the Compose v2 plugin (docker-compose-plugin, or Debian's docker-compose 2.x), which GitHub-hosted runners have";

/** The Compose v2 plugin, else a standalone docker-compose v2; v1 is refused. */
export async function locateComposeCli(exec: Exec): Promise<ComposeCli> {
  const plugin = await exec("docker", ["compose", "version", "--short"], {
    timeLimitMs: QUERY_TIME_LIMIT_MS,
  });
  if (plugin.exitCode === 0)
    return requireV2({ command: "docker", prefix: ["compose"], version: plugin.stdout.trim() });
  const standalone = await exec("docker-compose", ["version", "--short"], {
    timeLimitMs: QUERY_TIME_LIMIT_MS,
  });
  if (standalone.exitCode === 0) {
    return requireV2({ command: "docker-compose", prefix: [], version: standalone.stdout.trim() });
  }
  throw new UserError(
    `Docker Compose is not installed: neither \`docker compose\` nor \`docker-compose\` answers (${lastLine(plugin.stderr)})`,
    { hint: INSTALL_HINT },
  );
}

function requireV2(cli: ComposeCli): ComposeCli {
  const major = Number(cli.version.replace(/^v/, "").split(".")[0]);
  if (major < 2) {
    throw new UserError(`${cli.command} ${cli.version} is Compose v1, which quai does not support`, {
      hint: INSTALL_HINT,
    });
  }
  return cli;
}
