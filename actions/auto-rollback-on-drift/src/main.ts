import { NotImplementedError } from "@quai/core";
import { InputReader, run } from "@quai/github";
import { readInputs } from "./inputs";
import { describeWatchFailure } from "./summary";

// Inputs are validated now, so workflows written today fail on their real mistakes first.
async function main(): Promise<void> {
  readInputs(new InputReader());
  throw new NotImplementedError("auto-rollback-on-drift");
}

await run(main, { describeFailure: describeWatchFailure });
