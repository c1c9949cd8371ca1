import type { Readable } from "node:stream";

/**
 * Splits the engine's multiplexed stdout/stderr (a container's attach, logs or exec without a
 * TTY): frames of an 8-byte header (stream, 3 zero bytes, big-endian length) and their payload.
 * Payload bytes are handed on as they arrive, so a log is read line by line while it is written.
 */
export class Demultiplexer {
  private header = Buffer.alloc(0);
  /** Payload bytes still to come of the current frame. */
  private remaining = 0;

  constructor(private readonly onPayload: (payload: Buffer) => void) {}

  write(chunk: Buffer): void {
    let offset = 0;
    while (offset < chunk.length) {
      if (this.remaining > 0) {
        const payload = chunk.subarray(offset, offset + this.remaining);
        this.remaining -= payload.length;
        offset += payload.length;
        this.onPayload(payload);
        continue;
      }
      const needed = 8 - this.header.length;
      this.header = Buffer.concat([this.header, chunk.subarray(offset, offset + needed)]);
      offset += needed;
      if (this.header.length === 8) {
        this.remaining = this.header.readUInt32BE(4);
        this.header = Buffer.alloc(0);
      }
    }
  }
}

/** The text of a whole multiplexed log. */
export function demultiplexed(log: Buffer): string {
  const payloads: Buffer[] = [];
  new Demultiplexer((payload) => payloads.push(payload)).write(log);
  return Buffer.concat(payloads).toString("utf8");
}

/** The text of a multiplexed stream (exec, logs), once it ends or closes. */
export function demultiplexedText(stream: Readable): Promise<string> {
  const payloads: Buffer[] = [];
  const demultiplexer = new Demultiplexer((payload) => payloads.push(payload));
  const text = () => Buffer.concat(payloads).toString("utf8");
  return new Promise((resolve, reject) => {
    stream.on("data", (chunk: Buffer) => demultiplexer.write(chunk));
    stream.once("end", () => resolve(text()));
    // An exec's hijacked socket may close without ending.
    stream.once("close", () => resolve(text()));
    stream.once("error", reject);
  });
}

/** One event of a pull's progress stream: a layer (`id`) and how far its download is. */
export interface ProgressEvent {
  id?: string;
  status?: string;
  error?: string;
  progressDetail?: { current?: number; total?: number };
}

/** The part of dockerode's modem that reads a progress stream (a pull's, an import's). */
export interface ProgressModem {
  followProgress(
    stream: NodeJS.ReadableStream,
    onFinished: (error: Error | null, events: Array<{ error?: string }>) => void,
    onProgress?: (event: ProgressEvent) => void,
  ): void;
}

/** Bytes downloaded of bytes to download, over every layer a pull's progress has named so far. */
export function pullTally(): { add(event: ProgressEvent): { current: number; total: number } } {
  const layers = new Map<string, { current: number; total: number }>();
  return {
    add(event) {
      const { id, status, progressDetail } = event;
      const known = id ? layers.get(id) : undefined;
      if (id && status === "Downloading" && progressDetail?.total) {
        layers.set(id, { current: progressDetail.current ?? 0, total: progressDetail.total });
      } else if (id && known && (status === "Download complete" || status === "Pull complete")) {
        layers.set(id, { current: known.total, total: known.total });
      }
      let current = 0;
      let total = 0;
      for (const layer of layers.values()) {
        current += layer.current;
        total += layer.total;
      }
      return { current, total };
    },
  };
}

/** Waits for a pull's or an import's progress stream to end; an error the engine reports in it fails. */
export function followProgress(
  modem: ProgressModem,
  stream: NodeJS.ReadableStream,
  onProgress?: (event: ProgressEvent) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    modem.followProgress(
      stream,
      (error, events) => {
        const failed = error?.message ?? events.find((event) => event.error)?.error;
        if (failed) reject(new Error(failed));
        else resolve();
      },
      onProgress,
    );
  });
}

/** The engine's `filters` query for objects carrying every one of these labels. */
export function labelFilters(labels: Record<string, string>): string {
  return JSON.stringify({ label: Object.entries(labels).map(([key, value]) => `${key}=${value}`) });
}
