import { DEFAULT_WATCH, type DeploymentRecord, type EnvironmentSettings } from "@quai/deploy";
import { describe, expect, it } from "vitest";
import { ROLLBACK_COOLDOWN_MS, rollbackGuard, watchRules } from "./watch-environment";

const NOW = Date.parse("2026-12-02T12:00:00Z");

function deployment(
  version: string,
  minutesAgo: number,
  extra: Partial<DeploymentRecord> = {},
): DeploymentRecord {
  const at = new Date(NOW - minutesAgo * 60_000).toISOString();
  return {
    id: version,
    app: "shop",
    environment: "production",
    version,
    digest: `sha256:${version}`,
    status: "success",
    actor: "ci",
    commit: "c",
    createdAt: at,
    updatedAt: at,
    ...extra,
  };
}

describe("rollbackGuard", () => {
  it("lets a release that came by a deploy be rolled back", () => {
    expect(rollbackGuard([deployment("1.5.0", 5), deployment("1.4.0", 600)], NOW)).toBeUndefined();
  });

  it("never rolls back a rollback", () => {
    const history = [deployment("1.4.0", 5, { rollbackOf: "1.5.0" }), deployment("1.5.0", 90)];
    expect(rollbackGuard(history, NOW)).toMatch("never rolls back a rollback");
  });

  it("allows one automatic rollback an hour", () => {
    const rolledBack = deployment("1.4.0", 50, {
      rollbackOf: "1.5.0",
      status: "rolled_back",
      hold: "1.5.0: OOM-killed",
    });
    const history = [deployment("1.6.0", 5), rolledBack, deployment("1.5.0", 55)];
    expect(rollbackGuard(history, NOW)).toMatch("an automatic rollback already happened within the hour");
    expect(rollbackGuard(history, NOW + ROLLBACK_COOLDOWN_MS)).toBeUndefined();
  });

  it("does not count a rollback a person made towards the hour's one", () => {
    const byHand = deployment("1.4.0", 50, { rollbackOf: "1.5.0", status: "rolled_back" });
    expect(rollbackGuard([deployment("1.6.0", 5), byHand, deployment("1.5.0", 55)], NOW)).toBeUndefined();
  });
});

describe("watchRules", () => {
  const settings = (intervalMs: number) =>
    ({ name: "production", watch: { ...DEFAULT_WATCH, intervalMs, failureLimit: 5 } }) as EnvironmentSettings;

  it("takes the environment's watch block over the window watched", () => {
    expect(watchRules(settings(10_000), 60_000)).toEqual({
      windowMs: 60_000,
      intervalMs: 10_000,
      failureLimit: 5,
      errorLimit: 4,
    });
  });

  it("refuses an interval longer than the window, which would never sample", () => {
    expect(() => watchRules(settings(180_000), 120_000)).toThrowError(
      "The watch interval of production (3m) is longer than the window watched (2m)",
    );
  });
});
