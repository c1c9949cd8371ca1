// The dockerode BuildEngine against the test bed's engine: the contract the unit tests' fake keeps.
import { newRunId } from "@quai/core";
import { connectEngine, type Engine, removeRunResources } from "@quai/docker";
import { afterAll } from "vitest";
import { dockerodeBuildEngine } from "../../packages/minimal-image/src/build-engine";
import { describeBuildEngineContract } from "../../packages/minimal-image/src/build-engine-contract";
import { baseImage, testbed } from "../support/testbed";

const runId = newRunId({});
let engine: Engine | undefined;

afterAll(async () => {
  if (engine) await removeRunResources(engine.api, runId);
});

describeBuildEngineContract("dockerodeBuildEngine", async () => {
  engine ??= await connectEngine();
  return {
    engine: dockerodeBuildEngine(engine.api),
    presentImage: baseImage("base/debian:bookworm-slim"),
    absentImage: `${testbed.registry.address}/quai-absent/none:0`,
    runId,
  };
});
