// Each action's Inputs type is keyed by its action.yml names: reading a valid set of inputs
// must touch exactly the inputs action.yml declares, no more, no fewer.
import type { InputReader } from "@quai/github";
import { describe, expect, it } from "vitest";
import { readInputs as readDriftInputs } from "../../actions/auto-rollback-on-drift/src/inputs";
import { readInputs as readBuildInputs } from "../../actions/build-minimal-image/src/inputs";
import { readInputs as readDeployInputs } from "../../actions/deploy-env/src/inputs";
import { readInputs as readComposeInputs } from "../../actions/integration-test-compose/src/inputs";
import { readInputs as readPushInputs } from "../../actions/push-versioned/src/inputs";
import { actionInputReader } from "../fixtures/action-inputs";
import { actionDir, readActionMetadata } from "../harness/action-harness";

const READERS: Record<string, (read: InputReader) => unknown> = {
  "build-minimal-image": readBuildInputs,
  "integration-test-compose": readComposeInputs,
  "push-versioned": readPushInputs,
  "deploy-env": readDeployInputs,
  "auto-rollback-on-drift": readDriftInputs,
};

describe.each(Object.keys(READERS))("%s", (action) => {
  const declared = readActionMetadata(actionDir(action)).inputs ?? {};

  it("reads exactly the inputs its action.yml declares", () => {
    const reader = actionInputReader(action);
    READERS[action]?.(reader);
    expect([...reader.read].sort()).toEqual(Object.keys(declared).sort());
  });

  it("accepts the defaults action.yml gives", () => {
    expect(() => READERS[action]?.(actionInputReader(action))).not.toThrow();
  });
});
