// What every DeployTarget does, as tests each target runs (the fake, the Docker host and Swarm on
// their fake engines, and a real engine in an integration test): the orchestrator relies on exactly this.
import { type Reporter, UserError } from "@quai/core";
import { describe, expect, it } from "vitest";
import type { DeployPlan, DeployTarget } from "./contract";

/** A plan for `version` of app shop in staging; its digest is made from the version's digits. */
export function examplePlan(version: string, overrides: Partial<DeployPlan> = {}): DeployPlan {
  const digest = `sha256:${version.replace(/\D/g, "").padEnd(64, "0")}`;
  return {
    release: { app: "shop", version, image: `registry.example/shop@${digest}`, digest, commit: "abc123" },
    environment: "staging",
    strategy: "blue-green",
    health: {
      probe: { kind: "http", path: "/health", expectedStatus: 200 },
      successes: 2,
      intervalMs: 500,
      timeoutMs: 10_000,
    },
    containerPort: 3000,
    publish: "127.0.0.1:18080",
    variables: [
      { name: "LOG_LEVEL", value: "info", secret: false },
      { name: "API_TOKEN", value: "s3cret-token", secret: true },
    ],
    labels: {
      app: "shop",
      environment: "staging",
      version,
      digest,
      commit: "abc123",
      "deploy-id": `deploy-${version}`,
      "deployed-at": "2026-01-01T00:00:00Z",
      actor: "octocat",
    },
    confinement: { capAdd: [], readOnly: false, pids: 4096 },
    retain: 2,
    drainMs: 3000,
    proxyImage: "nginx:1.27-alpine",
    runId: `run-${version}`,
    ...overrides,
  };
}

/** A target under the contract, with what the contract needs of its world. */
export interface DeployTargetUnderContract {
  target: DeployTarget;
  /** The plan of `version` (of shop, in staging) this target can run: examplePlan, or adapted to it. */
  plan(version: string): DeployPlan;
  /** Makes the release of the next deploy fail its health check. */
  failNextRelease(): void;
}

const quietReporter: Reporter = {
  info: () => undefined,
  warning: () => undefined,
  group: (_name, work) => work(),
};

/** Runs the contract against a fresh environment, nothing deployed in it, from `open` for each test. */
export function describeDeployTargetContract(
  name: string,
  open: () => DeployTargetUnderContract | Promise<DeployTargetUnderContract>,
): void {
  describe(`${name} as a DeployTarget`, () => {
    it("serves nothing before the first deploy", async () => {
      const { target } = await open();
      expect(await target.serving("shop", "staging")).toBeUndefined();
      expect((await target.observe("shop", "staging")).serving).toBeUndefined();
    });

    it("serves the release it deployed, labelled as the plan says, and observes it", async () => {
      const { target, plan } = await open();
      const first = plan("1.0.0");
      const outcome = await target.deploy(first, quietReporter);
      expect(outcome.serving).toMatchObject({
        version: "1.0.0",
        digest: first.release.digest,
        deployId: first.labels["deploy-id"],
        deployedAt: first.labels["deployed-at"],
      });
      expect(outcome.previous).toBeUndefined();
      expect(await target.serving("shop", "staging")).toEqual(outcome.serving);
      expect((await target.observe("shop", "staging")).serving).toEqual(outcome.serving);
    });

    it("replaces what served with the next release, naming the one it replaced", async () => {
      const { target, plan } = await open();
      const first = await target.deploy(plan("1.0.0"), quietReporter);
      const second = await target.deploy(plan("2.0.0"), quietReporter);
      expect(second.previous).toEqual(first.serving);
      expect(await target.serving("shop", "staging")).toMatchObject({ version: "2.0.0" });
    });

    it("rolls back to an earlier release", async () => {
      const { target, plan } = await open();
      await target.deploy(plan("1.0.0"), quietReporter);
      await target.deploy(plan("2.0.0"), quietReporter);
      const outcome = await target.rollback({ ...plan("1.0.0"), runId: "run-rollback" }, quietReporter);
      expect(outcome.serving).toMatchObject({ version: "1.0.0" });
      expect(outcome.previous).toMatchObject({ version: "2.0.0" });
      expect(await target.serving("shop", "staging")).toEqual(outcome.serving);
    });

    it("keeps serving what it served when a release fails, failing with a UserError", async () => {
      const under = await open();
      const { serving } = await under.target.deploy(under.plan("1.0.0"), quietReporter);
      under.failNextRelease();
      await expect(under.target.deploy(under.plan("2.0.0"), quietReporter)).rejects.toBeInstanceOf(UserError);
      expect(await under.target.serving("shop", "staging")).toEqual(serving);
    });

    it("finds nothing to clean up, nor any abandoned run, after runs that finished", async () => {
      const { target, plan } = await open();
      await target.deploy(plan("1.0.0"), quietReporter);
      expect(await target.cleanUpRun("run-1.0.0")).toEqual([]);
      expect(await target.abandonedRuns("shop", "staging", "run-2.0.0")).toEqual([]);
      expect(await target.serving("shop", "staging")).toMatchObject({ version: "1.0.0" });
    });
  });
}
