import type { EnvironmentObservation } from "@quai/deploy";
import { describe, expect, it } from "vitest";
import { CONFIGURATION_DRIFT, configurationDriftSignal } from "./configuration-signal";

const serving = {
  version: "1.4.0",
  digest: `sha256:${"a".repeat(64)}`,
  image: "r/shop",
  deployId: "d1",
  deployedAt: "",
  id: "c1",
};
const window = { startMs: 0, endMs: 30_000 };
const signalOf = (observation: EnvironmentObservation) => configurationDriftSignal(async () => observation);

describe("configurationDriftSignal", () => {
  it("passes an environment as quai wrote it", async () => {
    const signal = signalOf({ serving, configuration: [] });
    expect(signal.name).toBe(CONFIGURATION_DRIFT);
    expect(await signal.read(window)).toEqual({ kind: "pass", value: 0, detail: "as quai wrote it" });
  });

  it("fails at once on any difference, each one said", async () => {
    const signal = signalOf({
      serving,
      configuration: [
        "network extra-net connected outside quai",
        "nginx config of quai-shop-staging-proxy edited outside quai",
      ],
    });
    expect(await signal.read(window)).toEqual({
      kind: "fail",
      now: true,
      value: 2,
      detail:
        "network extra-net connected outside quai; nginx config of quai-shop-staging-proxy edited outside quai",
    });
  });

  it("has no data when quai kept no record, or nothing serves", async () => {
    expect(await signalOf({ serving }).read(window)).toMatchObject({ kind: "no-data" });
    expect(await signalOf({ configuration: [] }).read(window)).toMatchObject({ kind: "no-data" });
  });
});
