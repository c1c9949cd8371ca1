import { RUN_ID_LABEL, UserError } from "@quai/core";
import { FakeClock } from "@quai/core/testing";
import { beforeEach, describe, expect, it } from "vitest";
import type { DeployPlan, Strategy } from "../contract";
import { ReleaseFailedError } from "../deploy-phases";
import { describeDeployTargetContract, examplePlan } from "../deploy-target-contract";
import { engineError, FakeHostApi, RecordingReporter } from "../testing/fake-host-api";
import { DockerHostTarget } from "./docker-host-target";
import { activeContainerId, PROXY_CONFIG_PATH } from "./nginx-config";
import { STANDBY_RECORD_PATH } from "./standby";

/** The proxy image every example plan names. */
const PROXY_IMAGE = examplePlan("1.0.0").proxyImage;
/** The registry digest the engine recorded when it pulled the proxy image. */
const PROXY_PINNED = `nginx@sha256:${"e".repeat(64)}`;

const plan = examplePlan;

/** A Docker host on a fake engine that has the proxy image, and the clock it sleeps on. */
function fakeDockerHost(): { api: FakeHostApi; clock: FakeClock; target: DockerHostTarget } {
  const api = new FakeHostApi();
  const clock = new FakeClock();
  api.images.add(PROXY_IMAGE);
  api.imageRecords.set(PROXY_IMAGE, { id: `sha256:${"1".repeat(64)}`, repoDigests: [PROXY_PINNED] });
  return { api, clock, target: new DockerHostTarget(api, "docker host fake", { clock }) };
}

describeDeployTargetContract("DockerHostTarget on a FakeHostApi", () => {
  const { api, target } = fakeDockerHost();
  return {
    target,
    plan,
    failNextRelease: () => {
      api.probe = () => ({ exitCode: 0, output: "HTTP/1.1 500 Internal Server Error\r\n" });
    },
  };
});

describe("DockerHostTarget", () => {
  let api: FakeHostApi;
  let clock: FakeClock;
  let reporter: RecordingReporter;
  let target: DockerHostTarget;

  beforeEach(() => {
    ({ api, clock, target } = fakeDockerHost());
    reporter = new RecordingReporter();
  });

  const routedTo = () => {
    const proxy = api.named("quai-shop-staging-proxy");
    const config = proxy?.files.get(PROXY_CONFIG_PATH);
    return config === undefined ? undefined : activeContainerId(config);
  };
  const nameOf = (id: string | undefined) => (id ? api.containers.get(id)?.name : undefined);

  it("serves nothing before the first deploy", async () => {
    expect(await target.serving("shop", "staging")).toBeUndefined();
  });

  it("observes the container the proxy routes to, as the engine reports its restarts, OOM kill and health", async () => {
    expect(await target.observe("shop", "staging")).toEqual({});
    await target.deploy(plan("1.0.0"), reporter);
    const { serving } = await target.deploy(plan("1.1.0"), reporter);
    const active = api.containers.get(routedTo() ?? "");
    if (!active) throw new Error("expected the routed container");
    Object.assign(active, {
      running: false,
      restartCount: 3,
      oomKilled: true,
      exitCode: 137,
      health: "unhealthy",
      healthLog: ["HTTP 503"],
    });
    expect(await target.observe("shop", "staging")).toEqual({
      serving,
      state: {
        running: false,
        restartCount: 3,
        oomKilled: true,
        exitCode: 137,
        health: "unhealthy",
        healthLog: ["HTTP 503"],
      },
      configuration: [],
    });
  });

  it("observes what answers to the routed name when someone replaced the release by hand, and its real digest", async () => {
    const { serving } = await target.deploy(plan("1.0.0"), reporter);
    const quais = api.containers.get(serving.id);
    if (!quais) throw new Error("expected the release container");
    await api.removeContainer(serving.id);
    const otherDigest = `sha256:${"e".repeat(64)}`;
    // docker run --name <the same name> on the environment's network, with no quai labels.
    api.images.add(`127.0.0.1:5000/shop@${otherDigest}`);
    await api.createContainer({ ...quais.spec, image: `127.0.0.1:5000/shop@${otherDigest}`, labels: {} });
    const observed = await target.observe("shop", "staging");
    expect(observed.serving).toMatchObject({ version: "", digest: otherDigest });
    // Deploys only ever stop what quai marked: the serving() of a deploy sees nothing of its own.
    expect(await target.serving("shop", "staging")).toBeUndefined();
  });

  it("reads the proxy's access log from its stdout since a time, with a bounded log, naming each release", async () => {
    expect(await target.accessLog("shop", "staging", 0)).toBeUndefined();
    await target.deploy(plan("1.0.0"), reporter);
    const proxy = api.named("quai-shop-staging-proxy");
    if (!proxy) throw new Error("expected the proxy");
    expect(proxy.spec.boundedLog).toEqual({ maxSize: "10m", maxFiles: 3 });
    expect(proxy.files.get(PROXY_CONFIG_PATH)).toContain('"release":"1.0.0"}');
    proxy.stdout.push({ atMs: 1_000, line: "before" }, { atMs: 5_000, line: "since" });
    proxy.log.push("nginx: [warn] on stderr");
    expect(await target.accessLog("shop", "staging", 5_000)).toEqual(["since"]);
    expect(await target.accessLog("shop", "production", 0)).toBeUndefined();
  });

  it("first deploy: pulls, makes the network and a non-root nginx proxy, gates and routes to the release", async () => {
    const outcome = await target.deploy(plan("1.0.0"), reporter);

    expect(api.events.slice(0, 4)).toEqual([
      "pull registry.example/shop@sha256:1000000000000000000000000000000000000000000000000000000000000000",
      "create quai-shop-staging-proxy",
      "start quai-shop-staging-proxy",
      "create quai-shop-staging-1.0.0-deploy-1",
    ]);
    expect(api.networks.has("quai-shop-staging")).toBe(true);
    const proxy = api.named("quai-shop-staging-proxy");
    expect(proxy?.spec).toMatchObject({
      image: PROXY_PINNED,
      user: "65534:65534",
      network: "quai-shop-staging",
      publish: [{ containerPort: 8080, hostIp: "127.0.0.1", hostPort: 18080 }],
      restartPolicy: "unless-stopped",
    });
    expect(proxy?.spec.entrypoint).toEqual([
      "nginx",
      "-c",
      "/etc/quai/nginx.conf",
      "-e",
      "stderr",
      "-g",
      "daemon off;",
    ]);
    expect(nameOf(routedTo())).toBe("quai-shop-staging-1.0.0-deploy-1");
    expect(proxy?.workerGeneration).toBe(1);

    const release = api.named("quai-shop-staging-1.0.0-deploy-1");
    expect(release?.running).toBe(true);
    expect(release?.restartPolicy).toBe("unless-stopped");
    // The secret is a file, never part of the container's configuration.
    expect(release?.spec.env).toEqual(["LOG_LEVEL=info", "API_TOKEN_FILE=/run/secrets/API_TOKEN"]);
    expect(release?.files.get("/run/secrets/API_TOKEN")).toBe("s3cret-token");
    expect(release?.labels).toMatchObject({
      "io.github.quai.deploy.version": "1.0.0",
      "io.github.quai.deploy.deploy-id": "deploy-1.0.0",
      "io.github.quai.deploy.role": "app",
      [RUN_ID_LABEL]: "run-1.0.0",
    });
    expect(JSON.stringify(release?.labels)).not.toContain("s3cret");
    expect(reporter.lines.join("\n")).not.toContain("s3cret");

    expect(outcome).toMatchObject({ serving: { version: "1.0.0", id: release?.id }, reused: false });
    expect(outcome.previous).toBeUndefined();
    expect(outcome.phases.map((phase) => phase.name)).toEqual([
      "Pull",
      "Proxy",
      "Start",
      "Health",
      "Switch",
      "Prune",
    ]);
    expect(await target.serving("shop", "staging")).toMatchObject({
      version: "1.0.0",
      deployId: "deploy-1.0.0",
    });
  });

  it("logs the address the proxy is bound on, and warns when a port alone makes it public", async () => {
    await target.deploy(plan("1.0.0", { publish: "18080" }), reporter);
    expect(api.named("quai-shop-staging-proxy")?.spec.publish?.[0]).toEqual({
      containerPort: 8080,
      hostIp: "",
      hostPort: 18080,
    });
    expect(reporter.lines).toContain(
      `Started the proxy quai-shop-staging-proxy (${PROXY_IMAGE}) on 0.0.0.0:18080 and [::]:18080`,
    );
    expect(reporter.warnings).toEqual([
      "staging is served on every address of the Docker host (0.0.0.0:18080 and [::]:18080): anyone who reaches the host reaches it. To keep it on the host, publish 127.0.0.1:18080",
    ]);
  });

  it("refuses a publish that moved, naming both bindings and the command, and keeps serving as it was", async () => {
    await target.deploy(plan("1.0.0", { publish: "127.0.0.1:18080" }), reporter);
    const moved = target.deploy(plan("1.1.0", { publish: "18080" }), reporter);
    await expect(moved).rejects.toThrowError(
      "The proxy quai-shop-staging-proxy of staging listens on 127.0.0.1:18080, but publish now says 0.0.0.0:18080 and [::]:18080",
    );
    await expect(moved).rejects.toMatchObject({
      hint: expect.stringContaining("`docker rm -f quai-shop-staging-proxy`"),
    });
    expect(api.named("quai-shop-staging-proxy")?.spec.publish?.[0]).toMatchObject({
      hostIp: "127.0.0.1",
      hostPort: 18080,
    });
    expect((await target.serving("shop", "staging"))?.version).toBe("1.0.0");
    // The same binding written another way is no move.
    await target.deploy(plan("1.1.0", { publish: "localhost:18080" }), reporter);
    expect((await target.serving("shop", "staging"))?.version).toBe("1.1.0");
  });

  it("creates the proxy from its image's registry digest, that of its own repository, and says so", async () => {
    const mirrored = `mirror.example/library/nginx@sha256:${"a".repeat(64)}`;
    api.imageRecords.set(PROXY_IMAGE, {
      id: `sha256:${"1".repeat(64)}`,
      repoDigests: [mirrored, PROXY_PINNED],
    });
    await target.deploy(plan("1.0.0"), reporter);
    expect(api.named("quai-shop-staging-proxy")?.spec.image).toBe(PROXY_PINNED);
    expect(reporter.lines).toContain(
      `The proxy image ${PROXY_IMAGE} is pinned by its registry digest: ${PROXY_PINNED}`,
    );
  });

  it("creates the proxy from the image id when its image has no registry digest, and says so", async () => {
    api.imageRecords.set(PROXY_IMAGE, { id: `sha256:${"2".repeat(64)}`, repoDigests: [] });
    await target.deploy(plan("1.0.0"), reporter);
    expect(api.named("quai-shop-staging-proxy")?.spec.image).toBe(`sha256:${"2".repeat(64)}`);
    expect(reporter.lines).toContain(
      `The proxy image ${PROXY_IMAGE} has no registry digest (built or loaded on the host): pinned by its image id sha256:${"2".repeat(64)}`,
    );
  });

  it("pulls a proxy image the host lacks and pins the digest it pulled", async () => {
    const image = "registry.example/proxy/nginx:1.27";
    await target.deploy(plan("1.0.0", { proxyImage: image }), reporter);
    expect(api.events).toContain(`pull ${image}`);
    const pulled = api.imageRecords.get(image)?.repoDigests[0];
    expect(pulled).toMatch(/^registry\.example\/proxy\/nginx@sha256:[0-9a-f]{64}$/);
    expect(api.named("quai-shop-staging-proxy")?.spec.image).toBe(pulled);
    expect(reporter.lines).toContain(`Pulling the proxy image ${image}`);
  });

  it("binds localhost as 127.0.0.1, says so, and does not warn", async () => {
    await target.deploy(plan("1.0.0", { publish: "localhost:18080" }), reporter);
    expect(api.named("quai-shop-staging-proxy")?.spec.publish?.[0]).toMatchObject({ hostIp: "127.0.0.1" });
    expect(reporter.lines).toContain(
      `Started the proxy quai-shop-staging-proxy (${PROXY_IMAGE}) on 127.0.0.1:18080`,
    );
    expect(reporter.warnings).toEqual([]);
  });

  it("runs a release with no new privileges, no capabilities but cap_add, and its pids and memory limits", async () => {
    const confinement = {
      capAdd: ["CAP_NET_BIND_SERVICE"],
      readOnly: false,
      memoryBytes: 512 * 2 ** 20,
      pids: 100,
    };
    await target.deploy(plan("1.0.0", { confinement }), reporter);
    expect(api.named("quai-shop-staging-1.0.0-deploy-1")?.spec).toMatchObject({
      securityOpt: ["no-new-privileges:true"],
      capDrop: ["ALL"],
      capAdd: ["CAP_NET_BIND_SERVICE"],
      readOnlyRootfs: false,
      memoryBytes: 512 * 2 ** 20,
      pidsLimit: 100,
    });
    const release = api.named("quai-shop-staging-1.0.0-deploy-1")?.spec;
    expect(release?.tmpfs).toBeUndefined();
    expect(release?.volumes).toBeUndefined();
    // nginx starts as the proxy user and keeps its own privileges.
    const proxy = api.named("quai-shop-staging-proxy")?.spec;
    expect([proxy?.securityOpt, proxy?.capDrop, proxy?.readOnlyRootfs, proxy?.pidsLimit]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("read_only: a read-only root filesystem with /tmp a tmpfs, and the secrets still in /run/secrets, a volume", async () => {
    const confinement = { capAdd: [], readOnly: true, pids: 4096 };
    await target.deploy(plan("1.0.0", { confinement }), reporter);
    const release = api.named("quai-shop-staging-1.0.0-deploy-1");
    expect(release?.spec).toMatchObject({
      readOnlyRootfs: true,
      tmpfs: { "/tmp": "rw,noexec,nosuid,nodev,mode=1777" },
      volumes: ["/run/secrets"],
    });
    // Written before the start, and still there after it.
    expect(release?.running).toBe(true);
    expect(release?.files.get("/run/secrets/API_TOKEN")).toBe("s3cret-token");
    expect(release?.spec.env).toContain("API_TOKEN_FILE=/run/secrets/API_TOKEN");
    await expect(api.writeFile(release?.id ?? "", "/app/state", "x")).rejects.toThrow(
      "container rootfs is marked read-only",
    );
  });

  it("read_only without secret variables mounts no volume", async () => {
    const confinement = { capAdd: [], readOnly: true, pids: 4096 };
    const variables = [{ name: "LOG_LEVEL", value: "info", secret: false }];
    await target.deploy(plan("1.0.0", { confinement, variables }), reporter);
    expect(api.named("quai-shop-staging-1.0.0-deploy-1")?.spec.volumes).toBeUndefined();
  });

  it("removes the release it created when joining a network fails, and the first deploy's proxy too", async () => {
    api.connectNetwork = async (_id, network) => {
      throw new Error(`container cannot be disconnected from host network or connected to ${network}`);
    };
    await expect(target.deploy(plan("1.0.0", { networks: ["host"] }), reporter)).rejects.toThrow();
    expect([...api.containers.values()].map((container) => container.name)).toEqual([]);
  });

  it("counts a drain down where the reporter shows how a step stands, in steps of a second", async () => {
    await target.deploy(plan("1.0.0"), reporter);
    const standing: string[] = [];
    const counting = Object.assign(new RecordingReporter(), {
      progress: (line: string) => standing.push(line),
    });
    const sleepsBefore = clock.sleeps.length;
    await target.deploy(plan("2.0.0"), counting);
    expect(standing).toEqual([
      "3 s left for the previous release's requests",
      "2 s left for the previous release's requests",
      "1 s left for the previous release's requests",
    ]);
    expect(clock.sleeps.slice(sleepsBefore)).toEqual(expect.arrayContaining([1000, 1000, 1000]));
    expect(clock.sleeps.slice(sleepsBefore)).not.toContain(3000);
  });

  it("joins the environment's extra networks before it starts", async () => {
    await target.deploy(plan("1.0.0", { networks: ["shop-db"] }), reporter);
    expect(api.named("quai-shop-staging-1.0.0-deploy-1")?.networks).toEqual(["shop-db"]);
  });

  it("blue-green: switches to the new release, drains, then stops the old one and keeps it", async () => {
    await target.deploy(plan("1.0.0"), reporter);
    const outcome = await target.deploy(plan("2.0.0"), reporter);

    const old = api.named("quai-shop-staging-1.0.0-deploy-1");
    expect(old).toMatchObject({ running: false, restartPolicy: "unless-stopped" });
    expect(nameOf(routedTo())).toBe("quai-shop-staging-2.0.0-deploy-2");
    expect(clock.sleeps).toContain(3000);
    const events = api.events.slice(api.events.indexOf("create quai-shop-staging-2.0.0-deploy-2"));
    expect(events).toEqual([
      "create quai-shop-staging-2.0.0-deploy-2",
      "start quai-shop-staging-2.0.0-deploy-2",
      // The health check's probe container, gone before traffic moves.
      "create quai-shop-staging-2.0.0-deploy-2-probe",
      "start quai-shop-staging-2.0.0-deploy-2-probe",
      "remove quai-shop-staging-2.0.0-deploy-2-probe",
      "stop quai-shop-staging-1.0.0-deploy-1",
    ]);
    expect(outcome).toMatchObject({ serving: { version: "2.0.0" }, previous: { version: "1.0.0" } });
  });

  it("keeps `retain` earlier releases and removes older ones with their images", async () => {
    for (const version of ["1.0.0", "2.0.0", "3.0.0", "4.0.0"]) {
      await target.deploy(plan(version, { retain: 1 }), reporter);
    }
    const names = [...api.containers.values()].map((container) => container.name).sort();
    expect(names).toEqual([
      "quai-shop-staging-3.0.0-deploy-3",
      "quai-shop-staging-4.0.0-deploy-4",
      "quai-shop-staging-proxy",
    ]);
    expect(api.images.has(plan("1.0.0").release.image)).toBe(false);
    expect(api.images.has(plan("3.0.0").release.image)).toBe(true);
  });

  it("a release that fails its health check never takes traffic: removed, with its log tail, secrets masked", async () => {
    await target.deploy(plan("1.0.0"), reporter);
    api.probe = () => ({ exitCode: 0, output: "HTTP/1.1 500 Internal Server Error\r\n" });
    api.onStart = (container) => {
      container.log = ["booting", "token is s3cret-token", "health: database unreachable"];
    };

    const error = await target.deploy(plan("2.0.0"), reporter).catch((rejection: unknown) => rejection);

    expect(error).toBeInstanceOf(ReleaseFailedError);
    const failure = error as ReleaseFailedError;
    expect(failure.message).toMatch(
      /^Release 2\.0\.0 of shop did not go live in staging: Timed out after 10 s/,
    );
    expect(failure.message).toContain("GET /health answered 500");
    expect(failure.hint).toBe(
      "It never took traffic and was removed; 1.0.0 still serves staging. Its last 3 log lines are in the log and the job summary. Check the app's health settings, or give it longer with deploy-timeout",
    );
    expect(failure.logTail).toEqual({
      of: "quai-shop-staging-2.0.0-deploy-2",
      lines: ["booting", "token is ***", "health: database unreachable"],
    });
    expect(failure.undone).toBe(true);
    expect(reporter.lines).toContain("[quai-shop-staging-2.0.0-deploy-2: last 3 log lines]");
    expect(reporter.lines.join("\n")).not.toContain("s3cret");
    expect(api.named("quai-shop-staging-2.0.0-deploy-2")).toBeUndefined();
    expect(api.named("quai-shop-staging-1.0.0-deploy-1")?.running).toBe(true);
    expect(nameOf(routedTo())).toBe("quai-shop-staging-1.0.0-deploy-1");
  });

  it("a release that crashes fails at once, without waiting out the timeout", async () => {
    api.onStart = (container) => {
      if (container.name.includes("1.0.0")) Object.assign(container, { running: false, exitCode: 3 });
    };
    const error = (await target
      .deploy(plan("1.0.0"), reporter)
      .catch((rejection: unknown) => rejection)) as UserError;

    expect(error.message).toBe(
      "Release 1.0.0 of shop did not go live in staging: quai-shop-staging-1.0.0-deploy-1 stopped during its health check (exit code 3)",
    );
    expect(clock.now()).toBe(0);
  });

  it("a failed first deploy leaves nothing: no proxy, no network", async () => {
    api.probe = () => ({ exitCode: 111, output: "" });
    await expect(target.deploy(plan("1.0.0"), reporter)).rejects.toThrow(/connection refused/);
    expect(api.containers.size).toBe(0);
    expect(api.networks.size).toBe(0);
  });

  it("a port in use fails clearly and leaves the environment as it was", async () => {
    api.onStart = (container) => {
      if (container.name.endsWith("-proxy")) {
        throw engineError(
          500,
          "driver failed programming external connectivity: Bind for 127.0.0.1:18080 failed: port is already allocated",
        );
      }
    };
    const error = (await target
      .deploy(plan("1.0.0"), reporter)
      .catch((rejection: unknown) => rejection)) as UserError;
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toBe(
      "Port 127.0.0.1:18080 is already in use on the Docker host, so the proxy cannot listen there",
    );
    expect(api.containers.size).toBe(0);
    expect(api.networks.size).toBe(0);
  });

  it("a proxy that refuses the new configuration keeps routing to the old release", async () => {
    await target.deploy(plan("1.0.0"), reporter);
    api.nginxCheck = { exitCode: 1, output: "nginx: [emerg] unknown directive" };
    await expect(target.deploy(plan("2.0.0"), reporter)).rejects.toThrow(
      /refused its new configuration \(nginx: \[emerg\] unknown directive\)/,
    );
    expect(nameOf(routedTo())).toBe("quai-shop-staging-1.0.0-deploy-1");
    expect(api.named("quai-shop-staging-2.0.0-deploy-2")).toBeUndefined();
  });

  describe("recreate", () => {
    const recreate = (version: string) => plan(version, { strategy: "recreate" as Strategy });

    it("stops the old release before it starts the new one", async () => {
      await target.deploy(recreate("1.0.0"), reporter);
      await target.deploy(recreate("2.0.0"), reporter);
      const events = api.events.slice(api.events.indexOf("stop quai-shop-staging-1.0.0-deploy-1"));
      expect(events.slice(0, 3)).toEqual([
        "stop quai-shop-staging-1.0.0-deploy-1",
        "create quai-shop-staging-2.0.0-deploy-2",
        "start quai-shop-staging-2.0.0-deploy-2",
      ]);
      expect(clock.sleeps).not.toContain(3000);
      expect(nameOf(routedTo())).toBe("quai-shop-staging-2.0.0-deploy-2");
    });

    it("starts the old release again when the new one fails", async () => {
      await target.deploy(recreate("1.0.0"), reporter);
      api.probe = () => ({ exitCode: 1, output: "  HTTP/1.1 503 Service Unavailable" });
      await expect(target.deploy(recreate("2.0.0"), reporter)).rejects.toThrow(ReleaseFailedError);
      expect(api.named("quai-shop-staging-1.0.0-deploy-1")?.running).toBe(true);
      expect(api.events.at(-2)).toBe("remove quai-shop-staging-2.0.0-deploy-2");
      expect(api.events.at(-1)).toBe("start quai-shop-staging-1.0.0-deploy-1");
    });

    it("says nothing may serve when the old release will not start again", async () => {
      await target.deploy(recreate("1.0.0"), reporter);
      api.probe = () => ({ exitCode: 1, output: "  HTTP/1.1 503 Service Unavailable" });
      api.onStart = (container) => {
        if (container.name.includes("1.0.0")) throw new Error("port is already allocated");
      };
      const error = (await target
        .deploy(recreate("2.0.0"), reporter)
        .catch((rejection: unknown) => rejection)) as ReleaseFailedError;
      expect(error.undone).toBe(false);
      expect(error.hint).toMatch(
        /^It never took traffic and was removed; 1\.0\.0 could not be started again, so nothing may serve staging\./,
      );
    });
  });

  describe("rollback", () => {
    it("restarts the retained container of the release, gates it and switches back", async () => {
      await target.deploy(plan("1.0.0"), reporter);
      await target.deploy(plan("2.0.0"), reporter);
      const retained = api.named("quai-shop-staging-1.0.0-deploy-1");

      const outcome = await target.rollback(plan("1.0.0", { runId: "run-rollback" }), reporter);

      expect(outcome).toMatchObject({
        reused: true,
        serving: { version: "1.0.0", id: retained?.id },
        previous: { version: "2.0.0" },
      });
      expect(outcome.phases.map((phase) => phase.name)).not.toContain("Pull");
      expect(retained).toMatchObject({ running: true, restartPolicy: "unless-stopped" });
      expect(api.named("quai-shop-staging-2.0.0-deploy-2")).toMatchObject({
        running: false,
        restartPolicy: "unless-stopped",
      });
      expect(routedTo()).toBe(retained?.id);
    });

    it("stops the retained container again, still retained, when it fails its health check", async () => {
      await target.deploy(plan("1.0.0"), reporter);
      await target.deploy(plan("2.0.0"), reporter);
      api.probe = (container) =>
        container.name.includes("1.0.0")
          ? { exitCode: 1, output: "  HTTP/1.1 500 Oops" }
          : { exitCode: 0, output: "  HTTP/1.1 200 OK" };

      await expect(target.rollback(plan("1.0.0"), reporter)).rejects.toThrow(ReleaseFailedError);

      expect(api.named("quai-shop-staging-1.0.0-deploy-1")).toMatchObject({
        running: false,
        restartPolicy: "unless-stopped",
      });
      expect(nameOf(routedTo())).toBe("quai-shop-staging-2.0.0-deploy-2");
      // Stopped again, it keeps no secret either.
      expect(api.named("quai-shop-staging-1.0.0-deploy-1")?.files.get("/run/secrets/API_TOKEN")).toBe("");
    });

    it("a release that stops serving keeps no secret: its files are emptied, the serving one's are not", async () => {
      await target.deploy(plan("1.0.0"), reporter);
      await target.deploy(plan("2.0.0"), reporter);
      expect(api.named("quai-shop-staging-1.0.0-deploy-1")?.files.get("/run/secrets/API_TOKEN")).toBe("");
      expect(api.named("quai-shop-staging-2.0.0-deploy-2")?.files.get("/run/secrets/API_TOKEN")).toBe(
        "s3cret-token",
      );
    });

    it("recreate empties the previous release's secrets only once the new one serves", async () => {
      await target.deploy(plan("1.0.0"), reporter);
      api.probe = () => ({ exitCode: 1, output: "  HTTP/1.1 500 Oops" });
      await expect(target.deploy(plan("2.0.0", { strategy: "recreate" }), reporter)).rejects.toThrow(
        ReleaseFailedError,
      );
      // Started again after the failed attempt, with its secret intact.
      const first = api.named("quai-shop-staging-1.0.0-deploy-1");
      expect(first?.running).toBe(true);
      expect(first?.files.get("/run/secrets/API_TOKEN")).toBe("s3cret-token");

      api.probe = () => ({ exitCode: 0, output: "  HTTP/1.1 200 OK" });
      await target.deploy(plan("2.0.0", { strategy: "recreate", runId: "run-again" }), reporter);
      expect(api.named("quai-shop-staging-1.0.0-deploy-1")?.files.get("/run/secrets/API_TOKEN")).toBe("");
    });

    it("gives the retained container the secrets this step has, not those it was made with", async () => {
      await target.deploy(plan("1.0.0"), reporter);
      await target.deploy(plan("2.0.0"), reporter);
      const rotated = plan("1.0.0", {
        runId: "run-rollback",
        variables: [
          { name: "LOG_LEVEL", value: "info", secret: false },
          { name: "API_TOKEN", value: "rotated-token", secret: true },
        ],
      });
      const outcome = await target.rollback(rotated, reporter);
      expect(outcome.reused).toBe(true);
      const retained = api.named("quai-shop-staging-1.0.0-deploy-1");
      expect(retained?.files.get("/run/secrets/API_TOKEN")).toBe("rotated-token");
      expect(reporter.lines).toContain("Wrote the current API_TOKEN into quai-shop-staging-1.0.0-deploy-1");
    });

    it("starts the release anew from its image when its variables changed since it ran", async () => {
      await target.deploy(plan("1.0.0"), reporter);
      await target.deploy(plan("2.0.0"), reporter);
      const changed = plan("1.0.0", {
        runId: "run-rollback",
        labels: { ...plan("1.0.0").labels, "deploy-id": "deploy-rollback" },
        variables: [
          { name: "LOG_LEVEL", value: "debug", secret: false },
          { name: "API_TOKEN", value: "s3cret-token", secret: true },
        ],
      });
      const outcome = await target.rollback(changed, reporter);
      expect(outcome).toMatchObject({ reused: false, serving: { version: "1.0.0" } });
      expect(nameOf(routedTo())).toBe("quai-shop-staging-1.0.0-deploy-r");
      expect(api.named("quai-shop-staging-1.0.0-deploy-r")?.spec.env).toContain("LOG_LEVEL=debug");
      expect(reporter.lines).toContain(
        "The retained container quai-shop-staging-1.0.0-deploy-1 was made with other variables or settings than this deploy has: 1.0.0 is started anew from its image",
      );
    });

    it("deploys the release anew when no container of it is retained", async () => {
      await target.deploy(plan("2.0.0"), reporter);
      const outcome = await target.rollback(plan("1.0.0"), reporter);
      expect(outcome).toMatchObject({ reused: false, serving: { version: "1.0.0" } });
      expect(reporter.lines).toContain("No retained container of 1.0.0 on this host: it is deployed anew");
    });
  });

  describe("standby", () => {
    const WINDOW_MS = 15 * 60_000;
    const withStandby = (version: string, overrides: Partial<DeployPlan> = {}) =>
      plan(version, { standbyMs: WINDOW_MS, ...overrides });
    const standbyRecord = () => api.named("quai-shop-staging-proxy")?.files.get(STANDBY_RECORD_PATH);
    const running = () =>
      [...api.containers.values()]
        .filter((container) => container.running && container.name.includes("deploy-"))
        .map((container) => container.name)
        .sort();

    it("keeps the previous release running after the switch, as it served, its window recorded in the proxy", async () => {
      await target.deploy(withStandby("1.0.0"), reporter);
      const outcome = await target.deploy(withStandby("2.0.0"), reporter);
      // The window starts at the switch; nothing after it sleeps.
      const until = new Date(clock.now() + WINDOW_MS).toISOString();

      const old = api.named("quai-shop-staging-1.0.0-deploy-1");
      expect(old).toMatchObject({ running: true, restartPolicy: "unless-stopped" });
      expect(old?.files.get("/run/secrets/API_TOKEN")).toBe("s3cret-token");
      expect(nameOf(routedTo())).toBe("quai-shop-staging-2.0.0-deploy-2");
      expect(api.events).not.toContain("stop quai-shop-staging-1.0.0-deploy-1");
      // Nothing to drain: the old release keeps running.
      expect(clock.sleeps).not.toContain(3000);
      expect(outcome.standby).toEqual({ version: "1.0.0", until, rssBytes: 38 * 1024 * 1024 });
      expect(JSON.parse(standbyRecord() ?? "")).toEqual({
        container: old?.id,
        version: "1.0.0",
        until,
        retain: 2,
      });
      expect(outcome.phases.map((phase) => phase.name)).toContain("Standby");
      expect(await target.serving("shop", "staging")).toMatchObject({ version: "2.0.0" });
    });

    it("keeps none with standbyMs 0, for recreate, nor of a first release", async () => {
      const first = await target.deploy(withStandby("1.0.0"), reporter);
      expect(first.standby).toBeUndefined();
      await target.deploy(plan("2.0.0", { standbyMs: 0 }), reporter);
      expect(api.named("quai-shop-staging-1.0.0-deploy-1")?.running).toBe(false);
      const recreated = await target.deploy(withStandby("3.0.0", { strategy: "recreate" }), reporter);
      expect(recreated.standby).toBeUndefined();
      expect(running()).toEqual(["quai-shop-staging-3.0.0-deploy-3"]);
    });

    it("the next deploy retires the standby before it starts: never two earlier releases running", async () => {
      await target.deploy(withStandby("1.0.0"), reporter);
      await target.deploy(withStandby("2.0.0"), reporter);
      const third = await target.deploy(withStandby("3.0.0"), reporter);

      const events = api.events.slice(api.events.indexOf("stop quai-shop-staging-1.0.0-deploy-1"));
      expect(events[1]).toBe("create quai-shop-staging-3.0.0-deploy-3");
      expect(api.named("quai-shop-staging-1.0.0-deploy-1")).toMatchObject({
        running: false,
        restartPolicy: "unless-stopped",
      });
      expect(api.named("quai-shop-staging-1.0.0-deploy-1")?.files.get("/run/secrets/API_TOKEN")).toBe("");
      expect(running()).toEqual(["quai-shop-staging-2.0.0-deploy-2", "quai-shop-staging-3.0.0-deploy-3"]);
      expect(third.standby?.version).toBe("2.0.0");
      expect(third.phases.map((phase) => phase.name).slice(0, 3)).toEqual([
        "Pull",
        "Proxy",
        "Retire standby",
      ]);
    });

    it("retireStandby leaves a standby within its window, stops and retains it after, or at once with force", async () => {
      await target.deploy(withStandby("1.0.0"), reporter);
      await target.deploy(withStandby("2.0.0"), reporter);
      const untilMs = clock.now() + WINDOW_MS;

      expect(await target.retireStandby("shop", "staging", { nowMs: untilMs - 1 })).toEqual([]);
      expect(api.named("quai-shop-staging-1.0.0-deploy-1")?.running).toBe(true);
      expect(await target.retireStandby("shop", "staging", { nowMs: untilMs })).toEqual([
        "quai-shop-staging-1.0.0-deploy-1",
      ]);
      expect(api.named("quai-shop-staging-1.0.0-deploy-1")).toMatchObject({
        running: false,
        restartPolicy: "unless-stopped",
      });
      expect(api.named("quai-shop-staging-1.0.0-deploy-1")?.files.get("/run/secrets/API_TOKEN")).toBe("");
      expect(standbyRecord()).toBe("");
      expect(await target.retireStandby("shop", "staging", { nowMs: untilMs })).toEqual([]);

      await target.deploy(withStandby("3.0.0"), reporter);
      expect(await target.retireStandby("shop", "staging", { nowMs: 0, force: true })).toEqual([
        "quai-shop-staging-2.0.0-deploy-2",
      ]);
      expect(await target.retireStandby("shop", "elsewhere", { nowMs: 0, force: true })).toEqual([]);
    });

    it("retiring prunes to the retain of the deploy that made the standby", async () => {
      for (const version of ["1.0.0", "2.0.0", "3.0.0"]) {
        await target.deploy(withStandby(version, { retain: 1 }), reporter);
      }
      // 1.0.0 retained (stopped), 2.0.0 the standby: retired, it is the newest, and 1.0.0 goes.
      await target.retireStandby("shop", "staging", { nowMs: WINDOW_MS * 2 });
      const names = [...api.containers.values()].map((container) => container.name).sort();
      expect(names).toEqual([
        "quai-shop-staging-2.0.0-deploy-2",
        "quai-shop-staging-3.0.0-deploy-3",
        "quai-shop-staging-proxy",
      ]);
    });

    it("a standby no record names (its proxy made anew) is retired whatever the time", async () => {
      await target.deploy(withStandby("1.0.0"), reporter);
      await target.deploy(withStandby("2.0.0"), reporter);
      const proxy = api.named("quai-shop-staging-proxy");
      proxy?.files.set(STANDBY_RECORD_PATH, "");
      expect(await target.retireStandby("shop", "staging", { nowMs: 0 })).toEqual([
        "quai-shop-staging-1.0.0-deploy-1",
      ]);
    });

    it("a rollback within the window is a proxy switch: one probe, nothing started, the bad release stopped and retained", async () => {
      await target.deploy(withStandby("1.0.0"), reporter);
      await target.deploy(withStandby("2.0.0"), reporter);
      const standby = api.named("quai-shop-staging-1.0.0-deploy-1");
      const probes: string[] = [];
      api.probe = (container) => {
        probes.push(container.name);
        return { exitCode: 0, output: "  HTTP/1.1 200 OK\n" };
      };
      const eventsBefore = api.events.length;

      const outcome = await target.rollback(withStandby("1.0.0", { runId: "run-rollback" }), reporter);

      const events = api.events.slice(eventsBefore);
      // Not even a probe container: the one probe runs from the proxy.
      expect(events.filter((event) => event.startsWith("start ") || event.startsWith("create "))).toEqual([]);
      // One probe, not the gate's two in a row.
      expect(probes).toEqual(["quai-shop-staging-1.0.0-deploy-1"]);
      expect(routedTo()).toBe(standby?.id);
      expect(outcome).toMatchObject({
        reused: true,
        fromStandby: true,
        serving: { version: "1.0.0", id: standby?.id },
        previous: { version: "2.0.0" },
      });
      expect(outcome.standby).toBeUndefined();
      expect(outcome.phases.map((phase) => phase.name)).toEqual([
        "Proxy",
        "Probe standby",
        "Switch",
        "Drain",
        "Stop previous",
        "Prune",
      ]);
      expect(api.named("quai-shop-staging-2.0.0-deploy-2")).toMatchObject({
        running: false,
        restartPolicy: "unless-stopped",
      });
      expect(api.named("quai-shop-staging-2.0.0-deploy-2")?.files.get("/run/secrets/API_TOKEN")).toBe("");
      expect(standby?.files.get("/run/secrets/API_TOKEN")).toBe("s3cret-token");
      expect(standbyRecord()).toBe("");
      expect(running()).toEqual(["quai-shop-staging-1.0.0-deploy-1"]);
    });

    it("after the window a rollback stops the standby and restarts it with the full gate, as without one", async () => {
      await target.deploy(withStandby("1.0.0"), reporter);
      await target.deploy(withStandby("2.0.0"), reporter);
      const until = new Date(clock.now() + WINDOW_MS).toISOString();
      await clock.sleep(WINDOW_MS);
      const eventsBefore = api.events.length;

      const outcome = await target.rollback(withStandby("1.0.0", { runId: "run-rollback" }), reporter);

      expect(api.events.slice(eventsBefore).filter((event) => event.includes("1.0.0-deploy-1"))).toEqual([
        "stop quai-shop-staging-1.0.0-deploy-1",
        "start quai-shop-staging-1.0.0-deploy-1",
        "create quai-shop-staging-1.0.0-deploy-1-probe",
        "start quai-shop-staging-1.0.0-deploy-1-probe",
        "remove quai-shop-staging-1.0.0-deploy-1-probe",
      ]);
      expect(outcome).toMatchObject({ reused: true, serving: { version: "1.0.0" } });
      expect(outcome.fromStandby).toBeUndefined();
      expect(outcome.phases.map((phase) => phase.name)).toContain("Health");
      expect(reporter.lines).toContain(
        `The standby quai-shop-staging-1.0.0-deploy-1 of 1.0.0 is not switched back to: its window ended at ${until}`,
      );
      // The bad release is not kept as a standby.
      expect(outcome.standby).toBeUndefined();
      expect(running()).toEqual(["quai-shop-staging-1.0.0-deploy-1"]);
    });

    it("a standby that does not answer its probe is restarted and gated in full instead", async () => {
      await target.deploy(withStandby("1.0.0"), reporter);
      await target.deploy(withStandby("2.0.0"), reporter);
      let answered = 0;
      api.probe = (container) =>
        container.name.includes("1.0.0") && answered++ === 0
          ? { exitCode: 0, output: "  HTTP/1.1 503 Service Unavailable\n" }
          : { exitCode: 0, output: "  HTTP/1.1 200 OK\n" };

      const outcome = await target.rollback(withStandby("1.0.0", { runId: "run-rollback" }), reporter);

      expect(reporter.lines).toContain(
        "The standby quai-shop-staging-1.0.0-deploy-1 does not answer (GET /health answered 503, not 200): it is restarted and gated",
      );
      expect(outcome.fromStandby).toBeUndefined();
      expect(outcome.phases.map((phase) => phase.name)).toContain("Health");
      expect(routedTo()).toBe(api.named("quai-shop-staging-1.0.0-deploy-1")?.id);
    });

    it("a rotated secret makes the rollback restart the standby, which then reads the new one", async () => {
      await target.deploy(withStandby("1.0.0"), reporter);
      await target.deploy(withStandby("2.0.0"), reporter);
      const rotated = withStandby("1.0.0", {
        runId: "run-rollback",
        variables: [
          { name: "LOG_LEVEL", value: "info", secret: false },
          { name: "API_TOKEN", value: "rotated-token", secret: true },
        ],
      });
      const outcome = await target.rollback(rotated, reporter);
      expect(outcome.fromStandby).toBeUndefined();
      expect(api.named("quai-shop-staging-1.0.0-deploy-1")?.files.get("/run/secrets/API_TOKEN")).toBe(
        "rotated-token",
      );
      expect(reporter.lines).toContain(
        "The standby quai-shop-staging-1.0.0-deploy-1 of 1.0.0 is not switched back to: it runs with another API_TOKEN than this step has",
      );
    });

    it("a rollback to another release retires the standby first and leaves none", async () => {
      for (const version of ["1.0.0", "2.0.0", "3.0.0"]) await target.deploy(withStandby(version), reporter);
      const outcome = await target.rollback(withStandby("1.0.0", { runId: "run-rollback" }), reporter);
      expect(outcome).toMatchObject({ reused: true, serving: { version: "1.0.0" } });
      expect(outcome.standby).toBeUndefined();
      expect(running()).toEqual(["quai-shop-staging-1.0.0-deploy-1"]);
    });
  });

  describe("cleanUpRun", () => {
    /** A deploy stuck in its health check, as a run cancelled there leaves the engine. */
    async function cancelledDuringHealthCheck(cancelled: DeployPlan): Promise<void> {
      api.probe = () => new Promise(() => {});
      void target.deploy(cancelled, reporter);
      // The fake engine answers without timers: once the macrotask queue turns, the deploy waits on the probe.
      await new Promise((resolve) => setImmediate(resolve));
    }

    it("removes the candidate of a cancelled run, never what serves or is retained", async () => {
      await target.deploy(plan("1.0.0"), reporter);
      await target.deploy(plan("2.0.0"), reporter);
      await cancelledDuringHealthCheck(plan("3.0.0"));
      expect(api.named("quai-shop-staging-3.0.0-deploy-3")?.running).toBe(true);

      expect(await target.cleanUpRun("run-3.0.0")).toEqual([
        "quai-shop-staging-3.0.0-deploy-3",
        "quai-shop-staging-3.0.0-deploy-3-probe",
      ]);
      expect(await target.cleanUpRun("run-2.0.0")).toEqual([]);
      expect(await target.cleanUpRun("run-1.0.0")).toEqual([]);
      expect([...api.containers.values()].map((container) => container.name).sort()).toEqual([
        "quai-shop-staging-1.0.0-deploy-1",
        "quai-shop-staging-2.0.0-deploy-2",
        "quai-shop-staging-proxy",
      ]);
      expect(nameOf(routedTo())).toBe("quai-shop-staging-2.0.0-deploy-2");
    });

    it("names the run a killed deploy left a candidate of, and none that served or is retained", async () => {
      await target.deploy(plan("1.0.0"), reporter);
      await target.deploy(plan("2.0.0"), reporter);
      await cancelledDuringHealthCheck(plan("3.0.0"));
      expect(await target.abandonedRuns("shop", "staging", "run-4.0.0")).toEqual(["run-3.0.0"]);
      expect(await target.abandonedRuns("shop", "staging", "run-3.0.0")).toEqual([]);
      await target.cleanUpRun("run-3.0.0");
      expect(await target.abandonedRuns("shop", "staging", "run-4.0.0")).toEqual([]);
    });

    it("removes the proxy and network a cancelled first deploy made", async () => {
      await cancelledDuringHealthCheck(plan("1.0.0"));
      expect(await target.cleanUpRun("run-1.0.0")).toEqual([
        "quai-shop-staging-1.0.0-deploy-1",
        "quai-shop-staging-1.0.0-deploy-1-probe",
        "quai-shop-staging-proxy",
        "quai-shop-staging",
      ]);
      expect(api.containers.size).toBe(0);
      expect(api.networks.size).toBe(0);
    });
  });
});
