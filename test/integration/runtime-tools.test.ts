// The runtime tools (tini, busybox) fetched with a real Debian builder from Debian's archive, and
// the cache entry they leave, which an entry of an older quai (without control files) gives way to.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { newRunId, runLabels } from "@quai/core";
import { connectEngine, type Engine, listRunResources, removeRunResources } from "@quai/docker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dockerodeBuildEngine } from "../../packages/minimal-image/src/build-engine";
import { runtimeTools } from "../../packages/minimal-image/src/runtime-tools";
import { baseImage } from "../support/testbed";

const ELF_MAGIC = Buffer.from([0x7f, 0x45, 0x4c, 0x46]);

describe("runtimeTools with a Debian builder", () => {
  const runId = newRunId({});
  let engine: Engine;
  let builder: { ref: string; id: string };

  beforeAll(async () => {
    engine = await connectEngine();
    const ref = baseImage("base/debian:bookworm-slim");
    builder = { ref, id: (await engine.api.getImage(ref).inspect()).Id };
  });

  afterAll(async () => {
    await removeRunResources(engine.api, runId);
  });

  it("fetches again over an older entry without control files, then serves the new entry from the cache", async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "quai-runtime-tools-"));
    const olderEntry = join(cacheDir, "runtime-tools", builder.id.replace(/^sha256:/, ""));
    mkdirSync(olderEntry, { recursive: true });
    writeFileSync(join(olderEntry, "tini"), "older tini");
    writeFileSync(join(olderEntry, "busybox"), "older busybox");
    const options = { cacheDir, labels: runLabels(runId, "test"), env: [], binds: [] };

    const fetched = await runtimeTools(dockerodeBuildEngine(engine.api), builder, options);
    expect(fetched.tini.subarray(0, 4)).toEqual(ELF_MAGIC);
    expect(fetched.busybox.subarray(0, 4)).toEqual(ELF_MAGIC);
    expect(fetched.packages.tini.toString()).toMatch(/^Package: tini$/m);
    expect(fetched.packages.tini.toString()).toMatch(/^Version: 0\.19\.0-/m);
    expect(fetched.packages["busybox-static"].toString()).toMatch(/^Package: busybox-static$/m);
    expect(readFileSync(join(olderEntry, "tini.control")).equals(fetched.packages.tini)).toBe(true);
    expect((await listRunResources(engine.api, runId)).containers).toEqual([]);

    // A second call never reaches the engine.
    const noEngine = {
      runScript: () => {
        throw new Error("the cache should have served the tools");
      },
    };
    const cached = await runtimeTools(noEngine as never, builder, options);
    expect(cached.busybox.equals(fetched.busybox)).toBe(true);
    expect(cached.packages["busybox-static"].equals(fetched.packages["busybox-static"])).toBe(true);
  });
});
