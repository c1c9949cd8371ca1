// The dockerode adapter's translation of a ContainerSpec and of writeFile(s) into Engine API calls,
// on a client that records them (the engine's answers to them are the integration tests' part).
import { readTarEntries } from "@quai/oci";
import type Dockerode from "dockerode";
import { describe, expect, it } from "vitest";
import { engineError } from "../testing/fake-host-api";
import { dockerodeHostApi } from "./engine-api";

function recordingClient(options: { folders?: string[] } = {}) {
  const created: Dockerode.ContainerCreateOptions[] = [];
  const archives: { path: string; names: string[] }[] = [];
  const client = {
    createContainer: async (create: Dockerode.ContainerCreateOptions) => {
      created.push(create);
      return { id: "c1" };
    },
    getImage: (ref: string) => ({
      inspect: async () => {
        if (ref !== "nginx:1.27-alpine") throw engineError(404, `No such image: ${ref}`);
        return { Id: "sha256:1", RepoDigests: ["nginx@sha256:2"], RepoTags: [ref] };
      },
    }),
    getContainer: () => ({
      putArchive: async (tar: Buffer, { path }: { path: string }) => {
        if (path !== "/" && !options.folders?.includes(path))
          throw engineError(404, `Could not find the file ${path}`);
        archives.push({ path, names: (await readTarEntries(tar)).map(({ header }) => header.name) });
      },
    }),
  };
  return { api: dockerodeHostApi(client as unknown as Dockerode), created, archives };
}

describe("dockerodeHostApi", () => {
  it("creates a container with its confinement in HostConfig, a volume labelled like the container", async () => {
    const { api, created } = recordingClient();
    await api.createContainer({
      name: "quai-shop-staging-1.0.0-deploy-1",
      image: "registry.example/shop@sha256:abc",
      labels: { "io.github.quai.run-id": "run-1" },
      securityOpt: ["no-new-privileges:true"],
      capDrop: ["ALL"],
      capAdd: ["CAP_NET_BIND_SERVICE"],
      readOnlyRootfs: true,
      memoryBytes: 536_870_912,
      pidsLimit: 4096,
      tmpfs: { "/tmp": "rw,noexec,nosuid,nodev,mode=1777" },
      volumes: ["/run/secrets"],
    });
    expect(created[0]?.HostConfig).toMatchObject({
      SecurityOpt: ["no-new-privileges:true"],
      CapDrop: ["ALL"],
      CapAdd: ["CAP_NET_BIND_SERVICE"],
      ReadonlyRootfs: true,
      Memory: 536_870_912,
      PidsLimit: 4096,
      Tmpfs: { "/tmp": "rw,noexec,nosuid,nodev,mode=1777" },
      Mounts: [
        {
          Type: "volume",
          Source: "",
          Target: "/run/secrets",
          VolumeOptions: { NoCopy: true, Labels: { "io.github.quai.run-id": "run-1" } },
        },
      ],
    });
  });

  it("writes a file into its folder when the container has it: a read-only container's volume", async () => {
    const { api, archives } = recordingClient({ folders: ["/run/secrets"] });
    await api.writeFile("c1", "/run/secrets/API_TOKEN", "s3cret", 0o444);
    expect(archives).toEqual([{ path: "/run/secrets", names: ["API_TOKEN"] }]);
  });

  it("writes the folders on the way too when the container has no such folder", async () => {
    const { api, archives } = recordingClient();
    await api.writeFile("c1", "/run/secrets/API_TOKEN", "s3cret", 0o444);
    expect(archives).toEqual([{ path: "/", names: ["run/", "run/secrets/", "run/secrets/API_TOKEN"] }]);
  });

  it("writes several files in one archive, extracted where their folders meet", async () => {
    const { api, archives } = recordingClient({ folders: ["/etc/nginx"] });
    await api.writeFiles("c1", [
      { path: "/etc/nginx/conf.d/quai.conf", content: "server {}" },
      { path: "/etc/nginx/tls/cert.pem", content: "cert", mode: 0o444 },
    ]);
    expect(archives).toEqual([
      { path: "/etc/nginx", names: ["conf.d/", "conf.d/quai.conf", "tls/", "tls/cert.pem"] },
    ]);
  });

  it("writes several files from / with every folder on the way when their shared folder is missing", async () => {
    const { api, archives } = recordingClient();
    await api.writeFiles("c1", [
      { path: "/etc/nginx/conf.d/quai.conf", content: "server {}" },
      { path: "/run/quai/hash", content: "abc" },
    ]);
    expect(archives).toEqual([
      {
        path: "/",
        names: [
          "etc/",
          "etc/nginx/",
          "etc/nginx/conf.d/",
          "etc/nginx/conf.d/quai.conf",
          "run/",
          "run/quai/",
          "run/quai/hash",
        ],
      },
    ]);
  });

  it("reads an image's id and registry digests, undefined for an image the engine lacks", async () => {
    const { api } = recordingClient();
    expect(await api.inspectImage("nginx:1.27-alpine")).toEqual({
      id: "sha256:1",
      repoDigests: ["nginx@sha256:2"],
    });
    expect(await api.inspectImage("nginx:missing")).toBeUndefined();
  });
});

describe("dockerodeHostApi.memoryUsage", () => {
  const statsClient = (memoryStats: object, seen: object[] = []) =>
    dockerodeHostApi({
      getContainer: () => ({
        stats: async (options: object) => {
          seen.push(options);
          return { memory_stats: memoryStats };
        },
      }),
    } as unknown as Dockerode);

  it("reads the resident memory of cgroup v1 (rss) and v2 (anon), from one sample", async () => {
    const seen: object[] = [];
    expect(await statsClient({ stats: { rss: 1024, cache: 4096 } }, seen).memoryUsage("c1")).toBe(1024);
    expect(await statsClient({ stats: { anon: 2048, file: 4096 } }).memoryUsage("c1")).toBe(2048);
    expect(seen).toEqual([{ stream: false, "one-shot": true }]);
  });

  it("is undefined when the engine reports no memory (a stopped container)", async () => {
    expect(await statsClient({}).memoryUsage("c1")).toBeUndefined();
  });
});
