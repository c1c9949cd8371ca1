import { describeDeployTargetContract, examplePlan } from "../deploy-target-contract";
import { FakeTarget } from "./fake-target";

// The orchestrator's unit tests rely on the fake keeping the contract the real targets keep.
describeDeployTargetContract("FakeTarget", () => {
  const target = new FakeTarget();
  return {
    target,
    plan: (version) => examplePlan(version),
    failNextRelease: () => {
      target.failNext = "the release failed its health check";
    },
  };
});
