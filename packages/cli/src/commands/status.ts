// quai status [ENV…] [--watch]: one row per environment, from the ledger, with each lock's holder.
import { shortDigest } from "@quai/core";
import type { EnvironmentObservation, LeaseHolder } from "@quai/deploy";
import type { CliContext } from "../context";
import { type EnvironmentState, environmentState } from "../environment-state";
import { EXIT, type ExitCode } from "../exit-codes";
import { age, json, positiveInteger, table } from "../format";
import { colorsFor, liveOutput } from "../io";

interface StatusRow extends EnvironmentState {
  /** Who holds the environment's deployment lock; `unknown` with why when its target is unreachable. */
  lock: { holder?: LeaseHolder; unknown?: string };
  /** What the target runs now, read live from its engine; absent when the target is unreachable. */
  now?: EnvironmentObservation;
}

export async function statusCommand(
  context: CliContext,
  environments: string[],
  options: { json?: boolean; watch?: boolean; interval: string },
): Promise<ExitCode> {
  const names = environments.length ? environments : context.environmentNames();
  const settings = names.map((name) => context.settings(name));
  const ledger = context.ledger();
  const read = async () =>
    Promise.all(
      settings.map(async (environment): Promise<StatusRow> => {
        const [state, lock, now] = await Promise.all([
          environmentState(environment, ledger),
          context.lockHolder(environment).then(
            (holder) => ({ holder }),
            (error: unknown) => ({ unknown: error instanceof Error ? error.message : String(error) }),
          ),
          // An unreachable target is said once, in the lock's column.
          context.observe(environment).catch(() => undefined),
        ]);
        return { ...state, lock, now };
      }),
    );
  if (options.json) {
    context.io.stdout.write(json({ app: context.app, environments: await read() }));
    return EXIT.ok;
  }
  if (!options.watch) {
    context.io.stdout.write(`${renderStatus(context, await read(), Date.now())}\n`);
    return EXIT.ok;
  }
  return watchStatus(context, read, positiveInteger("--interval", options.interval) * 1000);
}

/** Redraws in place in a terminal (log-update); elsewhere prints each reading as it comes. */
async function watchStatus(
  context: CliContext,
  read: () => Promise<StatusRow[]>,
  intervalMs: number,
): Promise<ExitCode> {
  const live = liveOutput(context.io, context.io.stdout, context.options.progress);
  const { createLogUpdate } = await import("log-update");
  const draw = live
    ? createLogUpdate(context.io.stdout as NodeJS.WriteStream, { showCursor: false })
    : (text: string) => context.io.stdout.write(`${text}\n\n`);
  let wake: () => void = () => {};
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const stop = () => {
    stopped = true;
    clearTimeout(timer);
    wake();
  };
  // `on`, not `once`: log-update's cursor restorer re-raises a SIGINT nobody else listens to.
  process.on("SIGINT", stop);
  while (!stopped) {
    const rows = await read();
    draw(`${renderStatus(context, rows, Date.now())}\n\n(every ${intervalMs / 1000}s; Ctrl-C to stop)`);
    await new Promise<void>((resolve) => {
      wake = resolve;
      if (!stopped) timer = setTimeout(resolve, intervalMs);
    });
  }
  process.off("SIGINT", stop);
  if (live && "done" in draw) draw.done();
  return EXIT.ok;
}

export function renderStatus(context: CliContext, rows: StatusRow[], nowMs: number): string {
  const color = colorsFor(context.io);
  const header = ["ENVIRONMENT", "VERSION", "DIGEST", "SINCE", "BY", "NOW", "RETAINED", "LOCK", "BLOCKED"];
  const cells = rows.map((row) => [
    row.environment,
    (row.serving?.version ?? "-") + (row.inProgress ? ` (${row.inProgress.version} in progress)` : ""),
    shortDigest(row.serving?.digest ?? ""),
    row.serving ? age(row.serving.updatedAt, nowMs) : "",
    row.serving?.actor ?? "",
    describeNow(row),
    row.retained.map((release) => release.version).join(", ") || "-",
    row.lock.holder ? row.lock.holder.holder : row.lock.unknown ? "unknown (target unreachable)" : "free",
    row.blocked ? `${row.blocked.reason} (by ${row.blocked.by})` : "",
  ]);
  const body = table(header, cells, (row, column, cell) => {
    if (row === -1) return color("bold", cell);
    if (column === 5 && cell !== "running" && cell !== "running, healthy") return color("yellow", cell);
    if (column === 7 && rows[row]?.lock.holder) return color("yellow", cell);
    if (column === 8 && cell) return color("red", cell);
    return cell;
  });
  const unreachable = rows
    .filter((row) => row.lock.unknown)
    .map((row) => `  ${row.environment}: ${row.lock.unknown}`);
  return [
    `${color("bold", context.app)} (ledger: ${context.ledgerDescription})`,
    body,
    ...(unreachable.length ? ["Locks not read:", ...unreachable] : []),
  ].join("\n");
}

/**
 * How what serves fares now, read from the engine: `running, healthy`; its restarts, an exit or
 * an OOM kill; or another digest than the ledger's (drift); `?` when the target could not be read.
 */
export function describeNow({ now, serving }: Pick<StatusRow, "now" | "serving">): string {
  if (!now) return "?";
  if (!now.serving) return serving ? "nothing serves" : "-";
  const parts: string[] = [];
  if (serving && now.serving.digest !== serving.digest) {
    parts.push(`runs ${now.serving.version || shortDigest(now.serving.digest)}, not the ledger's`);
  }
  const state = now.state;
  if (state) {
    parts.push(state.running ? "running" : `exited ${state.exitCode}`);
    if (state.health) parts.push(state.health);
    if (state.oomKilled) parts.push("OOM-killed");
    if (state.restartCount > 0) parts.push(`${state.restartCount} restarts`);
  }
  return parts.join(", ") || "serving";
}
