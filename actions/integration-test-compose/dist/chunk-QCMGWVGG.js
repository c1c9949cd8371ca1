import { createRequire as __quaiCreateRequire } from "node:module";
import { dirname as __quaiDirname } from "node:path";
import { fileURLToPath as __quaiFileURLToPath } from "node:url";
const require = __quaiCreateRequire(import.meta.url);
const __filename = __quaiFileURLToPath(import.meta.url);
const __dirname = __quaiDirname(__filename);

// packages/core/src/resource-labels.ts
import { randomBytes } from "node:crypto";
var RUN_ID_LABEL = "io.github.quai.run-id";
var ACTION_LABEL = "io.github.quai.action";
function newRunId(env = process.env) {
  const run = env.GITHUB_RUN_ID ? `${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? "1"}` : "local";
  return `${run}-${randomBytes(4).toString("hex")}`;
}
function runLabels(runId, action) {
  return { [RUN_ID_LABEL]: runId, [ACTION_LABEL]: action };
}

export {
  RUN_ID_LABEL,
  newRunId,
  runLabels
};
