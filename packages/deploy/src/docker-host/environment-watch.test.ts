import { RUN_ID_LABEL, UserError } from "@quai/core";
import { FakeClock } from "@quai/core/testing";
import { beforeEach, describe, expect, it } from "vitest";
import { CONFIGURATION_LABEL } from "../configuration-record";
import type { DeployPlan } from "../contract";
import { examplePlan } from "../deploy-target-contract";
import { ROLE_LABEL } from "../labels";
import { FakeHostApi, RecordingReporter } from "../testing/fake-host-api";
import { DockerHostTarget } from "./docker-host-target";
import { PROXY_CONFIG_PATH } from "./nginx-config";
import { PROXY_CONFIG_HASH_PATH } from "./proxy";

const PROXY_IMAGE = examplePlan("1.0.0").proxyImage;
const PROXY = "quai-shop-staging-proxy";
const request = { path: "/health", expectedStatus: 200, timeoutMs: 5_000 };

/** The example plan, gated by one probe, joining the database's network, with no drain. */
function plan(version: string, overrides: Partial<DeployPlan> = {}): DeployPlan {
  const example = examplePlan(version);
  return examplePlan(version, {
    health: { ...example.health, successes: 1 },
    variables: [
      { name: "GREETING", value: "hello", secret: false },
      { name: "API_TOKEN", value: "s3cret-token", secret: true },
    ],
    networks: ["db-net"],
    drainMs: 0,
    ...overrides,
  });
}

describe("the Docker host under the drift watcher", () => {
  let api: FakeHostApi;
  let target: DockerHostTarget;
  let reporter: RecordingReporter;

  beforeEach(() => {
    api = new FakeHostApi();
    reporter = new RecordingReporter();
    target = new DockerHostTarget(api, "docker host fake", { clock: new FakeClock() });
    api.images.add(PROXY_IMAGE);
  });

  const proxy = () => {
    const found = api.named(PROXY);
    if (!found) throw new Error("no proxy");
    return found;
  };

  describe("configuration", () => {
    it("finds a freshly deployed environment as quai wrote it, and again after the next deploy", async () => {
      await target.deploy(plan("1.0.0"), reporter);
      expect((await target.observe("shop", "staging")).configuration).toEqual([]);
      await target.deploy(
        plan("1.1.0", { variables: [{ name: "GREETING", value: "hi", secret: false }] }),
        reporter,
      );
      expect((await target.observe("shop", "staging")).configuration).toEqual([]);
    });

    it("says a network connected by hand and a proxy configuration edited by hand", async () => {
      const { serving } = await target.deploy(plan("1.0.0"), reporter);
      api.containers.get(serving.id)?.networks.push("extra-net");
      const config = proxy().files.get(PROXY_CONFIG_PATH) ?? "";
      await api.writeFile(
        proxy().id,
        PROXY_CONFIG_PATH,
        config.replace("worker_connections 1024", "worker_connections 8"),
      );
      expect((await target.observe("shop", "staging")).configuration).toEqual([
        "network extra-net connected outside quai",
        `nginx config of ${PROXY} edited outside quai`,
      ]);
    });

    it("says a variable that is not what quai set, and a network taken away", async () => {
      const { serving } = await target.deploy(plan("1.0.0"), reporter);
      const container = api.containers.get(serving.id);
      if (!container) throw new Error("no container");
      // As a container made anew by hand, with quai's labels copied, would show.
      container.env = container.env.map((entry) => (entry.startsWith("GREETING=") ? "GREETING=bye" : entry));
      container.networks = [];
      expect((await target.observe("shop", "staging")).configuration).toEqual([
        "variable GREETING differs from what quai set",
        "network db-net disconnected outside quai",
      ]);
    });

    it("keeps an edit told apart when nginx refuses the next configuration and quai puts the edited one back", async () => {
      await target.deploy(plan("1.0.0"), reporter);
      const edited = `${proxy().files.get(PROXY_CONFIG_PATH)}# tuned by hand\n`;
      await api.writeFile(proxy().id, PROXY_CONFIG_PATH, edited);
      api.nginxCheck = { exitCode: 1, output: "nginx: configuration file test failed" };
      await expect(target.deploy(plan("1.1.0"), reporter)).rejects.toThrow(UserError);
      expect(proxy().files.get(PROXY_CONFIG_PATH)).toBe(edited);
      expect((await target.observe("shop", "staging")).configuration).toEqual([
        `nginx config of ${PROXY} edited outside quai`,
      ]);
    });

    it("has nothing to compare with where an earlier quai deployed, which kept no record", async () => {
      const { serving } = await target.deploy(plan("1.0.0"), reporter);
      delete api.containers.get(serving.id)?.labels[CONFIGURATION_LABEL];
      proxy().files.delete(PROXY_CONFIG_HASH_PATH);
      const observed = await target.observe("shop", "staging");
      expect(observed.serving?.version).toBe("1.0.0");
      expect(observed.configuration).toBeUndefined();
    });

    it("records no variable's value, and a secret only by the path of its file", async () => {
      const { serving } = await target.deploy(plan("1.0.0"), reporter);
      const record = api.containers.get(serving.id)?.labels[CONFIGURATION_LABEL] ?? "";
      expect(Object.keys(JSON.parse(record).env)).toEqual(["GREETING", "API_TOKEN_FILE"]);
      expect(record).not.toContain("hello");
      expect(record).not.toContain("s3cret");
    });
  });

  describe("openEnvironmentProbe", () => {
    it("probes the proxy on its port from a probe container of the run, which cleanUpRun removes", async () => {
      await target.deploy(plan("1.0.0"), reporter);
      // Only the proxy answers 200: a probe of the release behind it would see 503.
      api.probe = (container) =>
        container.name === PROXY
          ? { exitCode: 0, output: "HTTP/1.1 200 OK\r\n" }
          : { exitCode: 0, output: "HTTP/1.1 503 Service Unavailable\r\n" };
      const probe = await target.openEnvironmentProbe("shop", "staging", "watch-run", request);
      expect(await probe.probe()).toEqual({ healthy: true });
      const [probeContainer] = await api.listContainers({
        [RUN_ID_LABEL]: "watch-run",
        [ROLE_LABEL]: "probe",
      });
      expect(probeContainer?.name).toMatch(/^quai-shop-staging-proxy-watch-[0-9a-f]{10}$/);
      const program = api.named(probeContainer?.name ?? "")?.files.get("/quai-probe") ?? "";
      expect(program).toContain("GET /health HTTP/1.1");
      expect(program).toContain(":8080\r\n");
      expect(await target.cleanUpRun("watch-run")).toEqual([probeContainer?.name]);
    });

    it("fails a probe with what a client meets, and removes its container when closed", async () => {
      await target.deploy(plan("1.0.0"), reporter);
      api.probe = () => ({ exitCode: 0, output: "HTTP/1.1 502 Bad Gateway\r\n" });
      const probe = await target.openEnvironmentProbe("shop", "staging", "watch-run", request);
      expect(await probe.probe()).toEqual({ healthy: false, reason: "GET /health answered 502, not 200" });
      await probe.close();
      expect(await api.listContainers({ [RUN_ID_LABEL]: "watch-run" })).toEqual([]);
    });

    it("fails, not errs, while the proxy does not run: clients meet nothing there", async () => {
      await target.deploy(plan("1.0.0"), reporter);
      const probe = await target.openEnvironmentProbe("shop", "staging", "watch-run", request);
      await api.stopContainer(proxy().id);
      expect(await probe.probe()).toEqual({ healthy: false, reason: `the proxy ${PROXY} does not run` });
      await api.startContainer(proxy().id);
      expect(await probe.probe()).toEqual({ healthy: true });
      await probe.close();
      expect(await api.listContainers({ [RUN_ID_LABEL]: "watch-run" })).toEqual([]);
    });

    it("refuses an environment without a proxy, and one whose proxy serves HTTPS", async () => {
      await expect(target.openEnvironmentProbe("shop", "staging", "watch-run", request)).rejects.toThrow(
        "shop has no proxy in staging on docker host fake to probe",
      );
      await target.deploy(plan("1.0.0", { tls: { certificate: "cert", key: "key" } }), reporter);
      await expect(target.openEnvironmentProbe("shop", "staging", "watch-run", request)).rejects.toThrow(
        `The proxy ${PROXY} of staging serves HTTPS, and quai's HTTP probe speaks plain HTTP`,
      );
    });
  });
});
