// How deploy, promote, rollback and watch show their steps, on stderr (stdout keeps the result):
// in a terminal, the step running now, its latest line and how it stands (bytes pulled, a drain
// counting down), redrawn in place (log-update), and one line per finished step; elsewhere (not a
// terminal, CI=true, --no-progress) every line but those of how a step stands.

import type { Reporter } from "@quai/core";
import { formatDuration } from "@quai/core";
import { createLogUpdate } from "log-update";
import { type CliIo, colorsFor, liveOutput } from "./io";

export function progressReporter(io: CliIo, progress: boolean): Reporter {
  return liveOutput(io, io.stderr, progress) ? liveReporter(io) : lineReporter(io);
}

function lineReporter(io: CliIo): Reporter {
  const color = colorsFor(io);
  let depth = 0;
  const line = (text: string) => io.stderr.write(`${"  ".repeat(depth)}${text}\n`);
  return {
    info: (text) => line(text),
    warning: (text) => line(color("yellow", `warning: ${text}`)),
    async group(name, work) {
      line(color("bold", `▸ ${name}`));
      depth++;
      try {
        return await work();
      } finally {
        depth--;
      }
    },
  };
}

interface RunningStep {
  name: string;
  startedMs: number;
  /** Its latest line ("Check 2: passed (2 of 2 in a row)"), shown beside it while it runs. */
  latest?: string;
  /** How it stands now ("12 MiB of 40 MiB pulled"): shown while it runs, gone once it ends. */
  now?: string;
}

function liveReporter(io: CliIo): Reporter {
  const color = colorsFor(io);
  const draw = createLogUpdate(io.stderr as NodeJS.WriteStream, { showCursor: true });
  const running: RunningStep[] = [];
  const redraw = () =>
    running.length
      ? draw(
          running
            .map(
              (step, depth) =>
                `${"  ".repeat(depth)}${color("dim", "…")} ${step.name}${step.latest ? `: ${step.latest}` : ""}${step.now ? color("dim", ` (${step.now})`) : ""}`,
            )
            .join("\n"),
        )
      : draw.clear();
  /** A line that stays: written above the redrawn steps. */
  const keep = (text: string) => {
    draw.clear();
    io.stderr.write(`${"  ".repeat(running.length)}${text}\n`);
    redraw();
  };
  return {
    info(text) {
      const step = running.at(-1);
      if (!step) return keep(text);
      step.latest = text;
      redraw();
    },
    warning: (text) => keep(color("yellow", `warning: ${text}`)),
    progress(text) {
      const step = running.at(-1);
      if (!step) return;
      step.now = text;
      redraw();
    },
    async group(name, work) {
      const step: RunningStep = { name, startedMs: Date.now() };
      running.push(step);
      redraw();
      let mark = color("red", "✗");
      try {
        const result = await work();
        mark = color("green", "✓");
        return result;
      } finally {
        running.pop();
        const took = formatDuration(Date.now() - step.startedMs);
        keep(`${mark} ${name} ${color("dim", took)}${step.latest ? `: ${step.latest}` : ""}`);
      }
    },
  };
}
