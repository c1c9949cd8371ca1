import { tarFromEntries } from "@quai/oci";
import { CONTRACT_SCRIPTS, describeBuildEngineContract } from "../build-engine-contract";
import { FakeBuildEngine, fakeArchive } from "./fake-build-engine";

describeBuildEngineContract("FakeBuildEngine", async () => {
  const engine = new FakeBuildEngine();
  const shell = await tarFromEntries([{ path: "bin/sh", type: "file", mode: 0o755, content: "#!" }], 0);
  engine.hold("debian:bookworm-slim", await fakeArchive([shell]));
  engine.script = (run) => {
    const script = CONTRACT_SCRIPTS[run.script];
    if (!script) throw new Error(`not a contract script: ${run.script}`);
    return script(run);
  };
  return { engine, presentImage: "debian:bookworm-slim", absentImage: "quai-absent/none:0", runId: "run-1" };
});
