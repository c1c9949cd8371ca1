import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import {
  Demultiplexer,
  demultiplexed,
  demultiplexedText,
  followProgress,
  labelFilters,
  pullTally,
} from "./engine-streams";

const framed = (stream: number, text: string) => {
  const header = Buffer.alloc(8);
  header[0] = stream;
  header.writeUInt32BE(Buffer.byteLength(text), 4);
  return Buffer.concat([header, Buffer.from(text)]);
};

describe("demultiplexed", () => {
  it("joins the payloads of the engine's stdout/stderr frames", () => {
    expect(demultiplexed(Buffer.concat([framed(1, "listening\n"), framed(2, "warning\n")]))).toBe(
      "listening\nwarning\n",
    );
  });
});

describe("Demultiplexer", () => {
  it("reads frames whose headers and payloads are split across chunks", () => {
    const log = Buffer.concat([framed(1, "first line\n"), framed(2, "second\n")]);
    const payloads: string[] = [];
    const demultiplexer = new Demultiplexer((payload) => payloads.push(payload.toString()));
    let offset = 0;
    for (const cut of [3, 12, 19, 25, log.length]) {
      demultiplexer.write(log.subarray(offset, cut));
      offset = cut;
    }
    expect(payloads.join("")).toBe("first line\nsecond\n");
  });
});

describe("demultiplexedText", () => {
  it("gives the text of a multiplexed stream once it ends", async () => {
    const stream = Readable.from([framed(1, "out\n"), framed(2, "err\n")]);
    await expect(demultiplexedText(stream)).resolves.toBe("out\nerr\n");
  });
});

describe("followProgress", () => {
  const modem = (error: Error | null, events: Array<{ error?: string }>) => ({
    followProgress: (_stream: NodeJS.ReadableStream, done: (e: Error | null, ev: typeof events) => void) =>
      done(error, events),
  });
  const stream = Readable.from([]);

  it("resolves when the progress stream ends without an error", async () => {
    await expect(followProgress(modem(null, [{}]), stream)).resolves.toBeUndefined();
  });

  it("fails with the error the engine reported in the stream", async () => {
    await expect(followProgress(modem(null, [{}, { error: "manifest unknown" }]), stream)).rejects.toThrow(
      "manifest unknown",
    );
  });

  it("fails with the stream's own error", async () => {
    await expect(followProgress(modem(new Error("socket hang up"), []), stream)).rejects.toThrow(
      "socket hang up",
    );
  });
});

describe("labelFilters", () => {
  it("asks for objects carrying every label", () => {
    expect(JSON.parse(labelFilters({ a: "1", b: "2" }))).toEqual({ label: ["a=1", "b=2"] });
  });
});

describe("pullTally", () => {
  it("adds up every layer's downloaded bytes, a finished layer at its full size", () => {
    const tally = pullTally();
    expect(tally.add({ id: "a", status: "Pulling fs layer" })).toEqual({ current: 0, total: 0 });
    expect(
      tally.add({ id: "a", status: "Downloading", progressDetail: { current: 10, total: 100 } }),
    ).toEqual({
      current: 10,
      total: 100,
    });
    expect(tally.add({ id: "b", status: "Downloading", progressDetail: { current: 5, total: 50 } })).toEqual({
      current: 15,
      total: 150,
    });
    expect(tally.add({ id: "a", status: "Download complete" })).toEqual({ current: 105, total: 150 });
    expect(tally.add({ status: "Digest: sha256:abc" })).toEqual({ current: 105, total: 150 });
  });
});
