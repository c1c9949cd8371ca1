import { describe, expect, it } from "vitest";
import { sha256Digest } from "./digest";
import { buildImageConfig, type ImageConfigOptions } from "./image-config";

const BASE = `sha256:${"1".repeat(64)}`;
const APP = `sha256:${"2".repeat(64)}`;

const options: ImageConfigOptions = {
  epoch: 1_700_000_000,
  platform: { os: "linux", architecture: "amd64" },
  config: {
    User: "10001:10001",
    Env: ["PATH=/usr/bin:/bin", "LANG=C.UTF-8"],
    Entrypoint: ["/hello.sh"],
    Cmd: ["--quiet"],
    WorkingDir: "/app",
    Labels: { "org.opencontainers.image.source": "https://example.com/app", "io.github.quai.run-id": "r1" },
    ExposedPorts: { "8080/tcp": {} },
    StopSignal: "SIGTERM",
  },
  layers: [
    { diffId: BASE, createdBy: "base/debian:bookworm-slim" },
    { diffId: APP, createdBy: "quai build-minimal-image", comment: "app files" },
  ],
};

describe("buildImageConfig", () => {
  it("writes the config as canonical JSON, created at the epoch, one history entry per layer", () => {
    const { bytes } = buildImageConfig(options);
    expect(bytes.toString()).toBe(
      [
        '{"architecture":"amd64",',
        '"config":{"Cmd":["--quiet"],"Entrypoint":["/hello.sh"],"Env":["PATH=/usr/bin:/bin","LANG=C.UTF-8"],',
        '"ExposedPorts":{"8080/tcp":{}},',
        '"Labels":{"io.github.quai.run-id":"r1","org.opencontainers.image.source":"https://example.com/app"},',
        '"StopSignal":"SIGTERM","User":"10001:10001","WorkingDir":"/app"},',
        '"created":"2023-11-14T22:13:20Z",',
        '"history":[{"created":"2023-11-14T22:13:20Z","created_by":"base/debian:bookworm-slim"},',
        '{"comment":"app files","created":"2023-11-14T22:13:20Z","created_by":"quai build-minimal-image"}],',
        '"os":"linux",',
        `"rootfs":{"diff_ids":["${BASE}","${APP}"],"type":"layers"}}`,
      ].join(""),
    );
  });

  it("describes the config by the digest of those bytes", () => {
    const { bytes, descriptor } = buildImageConfig(options);
    expect(descriptor).toEqual({
      mediaType: "application/vnd.oci.image.config.v1+json",
      digest: sha256Digest(bytes),
      size: bytes.byteLength,
    });
  });

  it("gives the same bytes for the same options given in another key order", () => {
    const { Labels, ...rest } = options.config;
    const reordered = { ...options, config: { Labels: { ...Labels }, ...rest } };
    expect(buildImageConfig(reordered).bytes.equals(buildImageConfig(options).bytes)).toBe(true);
  });

  it("says the platform it is given, variant included, and writes no variant where there is none", () => {
    const arm = JSON.parse(
      buildImageConfig({
        ...options,
        platform: { os: "linux", architecture: "arm64", variant: "v8" },
      }).bytes.toString(),
    );
    expect(arm).toMatchObject({ os: "linux", architecture: "arm64", variant: "v8" });
    expect(JSON.parse(buildImageConfig(options).bytes.toString())).not.toHaveProperty("variant");
  });
});
