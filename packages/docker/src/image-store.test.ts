import { Readable } from "node:stream";
import { buildImageConfig, dockerArchive } from "@quai/oci";
import { describe, expect, it } from "vitest";
import { imageStoreOf, readEngineImage } from "./image-store";

const CONTAINERD_INFO = {
  ServerVersion: "29.0.1",
  Driver: "overlayfs",
  DriverStatus: [["driver-type", "io.containerd.snapshotter.v1"]] as [string, string][],
  OSType: "linux",
  Architecture: "x86_64",
};

/** An engine whose `docker save` answers with `archive`. */
const engineSaving = (archive: () => NodeJS.ReadableStream, info: object = CONTAINERD_INFO) => ({
  info: async () => info,
  getImage: () => ({ get: async () => archive() }),
});

describe("imageStoreOf", () => {
  it("tells containerd's image store from the classic one, and the engine's platform", () => {
    expect(imageStoreOf(CONTAINERD_INFO)).toEqual({
      kind: "containerd",
      description: "Docker 29.0.1, containerd image store (overlayfs)",
      platform: { os: "linux", architecture: "amd64", variant: undefined },
    });
    expect(
      imageStoreOf({
        ServerVersion: "20.10.24",
        Driver: "overlay2",
        DriverStatus: [["Backing Filesystem", "extfs"]],
      }),
    ).toMatchObject({ kind: "classic", description: "Docker 20.10.24, classic image store (overlay2)" });
  });
});

describe("readEngineImage", () => {
  it("says in one line which engine and store it cannot read, never a digest mismatch alone", async () => {
    const config = buildImageConfig({
      platform: { os: "linux", architecture: "amd64" },
      epoch: 1,
      config: {},
      layers: [],
    });
    const archive = () => dockerArchive({ config: config.bytes, layers: [], repoTags: [] });
    const reading = readEngineImage(engineSaving(archive), "app:1", {
      platform: { os: "linux", architecture: "arm64" },
    });
    await expect(reading).rejects.toThrowError(
      "quai cannot read app:1 from the engine (Docker 29.0.1, containerd image store (overlayfs)): The image is linux/amd64, not linux/arm64",
    );
  });

  it("says an image the engine does not have is missing, naming the engine, not an unexpected 404", async () => {
    const missing = {
      info: async () => CONTAINERD_INFO,
      getImage: () => ({
        get: async () => {
          throw Object.assign(new Error("(HTTP code 404) no such image - reference does not exist"), {
            statusCode: 404,
          });
        },
      }),
    };
    await expect(readEngineImage(missing, "app:1")).rejects.toThrowError(
      "No image app:1 in the engine (Docker 29.0.1, containerd image store (overlayfs))",
    );
  });

  it("lets other errors through as they are", async () => {
    const broken = () => Readable.from([Buffer.from("not a tar")]);
    await expect(readEngineImage(engineSaving(broken), "app:1")).rejects.not.toThrowError(/quai cannot read/);
  });
});
