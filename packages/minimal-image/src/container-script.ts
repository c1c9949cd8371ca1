import { PassThrough, type Readable } from "node:stream";
import { type LogTail, logTailNote, UserError } from "@quai/core";
import { Demultiplexer, engineHostProblem } from "@quai/docker";
import type Dockerode from "dockerode";
import type { ScriptOutcome } from "./build-engine";

/** What running a script in a throwaway container needs of dockerode. */
export type ContainerApi = Pick<Dockerode, "createContainer">;

export interface ScriptRun {
  /** What the step is, for messages: "the compile step", "fetching tini". */
  what: string;
  image: string;
  script: string;
  /** Tars unpacked into the container, in order, before it starts; the first path is the working directory. */
  inputs?: { path: string; tar: Buffer }[];
  env?: string[];
  /** host:container[:ro] bind mounts: caches and the CA bundle, never part of the output. */
  binds?: string[];
  labels: Record<string, string>;
  /** Directories whose contents come back, each as a tar, when the script succeeds. */
  outputs?: string[];
  onLog?: (line: string) => void;
  /** Commit the stopped container as an image after a successful script, before it is removed. */
  commit?: boolean;
}

export const LOG_TAIL_LINES = 40;

/** A script that exited non-zero; carries the end of its log for the user to read. */
export class ScriptFailedError extends UserError {
  declare readonly logTail: LogTail;

  constructor(
    what: string,
    readonly exitCode: number,
    lines: string[],
  ) {
    const logTail = { of: what, lines };
    super(`${what} failed with exit code ${exitCode}`, { hint: logTailNote(logTail), logTail });
    this.name = "ScriptFailedError";
  }
}

/**
 * Runs `script` with `sh -c` in a new container from `image`, streaming its log, and returns a
 * tar of each of `outputs`. The container is always removed, whatever happens.
 */
export async function runScript(api: ContainerApi, run: ScriptRun): Promise<ScriptOutcome> {
  const container = await api.createContainer({
    Image: run.image,
    Entrypoint: ["/bin/sh", "-c"],
    Cmd: [run.script],
    Env: run.env ?? [],
    WorkingDir: run.inputs?.[0]?.path ?? "/",
    User: "0:0",
    Labels: run.labels,
    HostConfig: { Binds: run.binds ?? [] },
  });
  try {
    for (const { tar, path } of run.inputs ?? []) await container.putArchive(tar, { path });
    const tail: string[] = [];
    const log = await container.attach({ stream: true, stdout: true, stderr: true });
    const lines = new PassThrough();
    const demultiplexer = new Demultiplexer((payload) => lines.write(payload));
    log.on("data", (chunk: Buffer) => demultiplexer.write(chunk));
    const logged = collectLines(lines, (line) => logLine(tail, line, run.onLog));
    // The attach stream ends once the container exits and its last output was sent.
    const logEnded = new Promise((resolve) => log.once("end", resolve));
    await container.start().catch((error: unknown) => {
      throw engineHostProblem(error, `start the container of ${run.what.toLowerCase()}`) ?? error;
    });
    const { StatusCode } = (await container.wait()) as { StatusCode: number };
    await logEnded;
    lines.end();
    await logged;
    if (StatusCode !== 0) throw new ScriptFailedError(run.what, StatusCode, tail);
    const committedImage = run.commit
      ? ((await container.commit({ changes: [] })) as { Id: string }).Id
      : undefined;
    const outputs: Buffer[] = [];
    // `dir/.` makes Docker archive the directory's contents, not the directory itself.
    for (const path of run.outputs ?? []) {
      outputs.push(await readStream((await container.getArchive({ path: `${path}/.` })) as Readable));
    }
    return { outputs, committedImage };
  } finally {
    await container.remove({ force: true, v: true }).catch(() => undefined);
  }
}

/** Hands a line of a script's log on, keeping the last LOG_TAIL_LINES for its ScriptFailedError. */
export function logLine(tail: string[], line: string, onLine?: (line: string) => void): void {
  tail.push(line);
  if (tail.length > LOG_TAIL_LINES) tail.shift();
  onLine?.(line);
}

function collectLines(stream: Readable, onLine: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let partial = "";
    stream.on("data", (chunk: Buffer) => {
      const text = partial + chunk.toString("utf8");
      const lines = text.split("\n");
      partial = lines.pop() ?? "";
      for (const line of lines) onLine(line);
    });
    stream.on("end", () => {
      if (partial) onLine(partial);
      resolve();
    });
    stream.on("error", reject);
  });
}

export async function readStream(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
