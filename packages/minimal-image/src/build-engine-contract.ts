// What every BuildEngine does, as tests the fake (unit project) and the dockerode adapter on the
// test bed's engines (integration project) both run: the build's orchestration relies on exactly
// this. CONTRACT_SCRIPTS is what the contract's scripts do in a real container, for the fake to do.
import { runLabels } from "@quai/core";
import { imageStoreOf } from "@quai/docker";
import { buildImageConfig, createLayer, dockerArchive, readTarFile, tarFromEntries } from "@quai/oci";
import { describe, expect, it } from "vitest";
import type { BuildEngine } from "./build-engine";
import { ScriptFailedError, type ScriptRun } from "./container-script";
import type { FakeScriptResult } from "./testing/fake-build-engine";

const COPY_INPUT = `set -eu
mkdir -p /out/copied
cp note.txt /out/copied/note.txt
echo "$GREETING" > /out/copied/greeting.txt
`;
const FAIL_AFTER_TWO_LINES = "echo one; echo two; exit 3";
const ADD_A_FILE = "mkdir -p /added && echo added > /added/file";

/** What the contract's scripts do in a real container, given the run: the fake answers with it. */
export const CONTRACT_SCRIPTS: Record<string, (run: ScriptRun) => Promise<FakeScriptResult>> = {
  [COPY_INPUT]: async (run) => {
    const note = await readTarFile(run.inputs?.[0]?.tar ?? Buffer.alloc(0), "note.txt");
    const greeting = run.env?.find((variable) => variable.startsWith("GREETING="))?.slice("GREETING=".length);
    return {
      outputs: {
        "/out/copied": await tarFromEntries(
          [
            { path: "note.txt", type: "file", mode: 0o644, content: note ?? "" },
            { path: "greeting.txt", type: "file", mode: 0o644, content: `${greeting}\n` },
          ],
          0,
        ),
      },
    };
  },
  [FAIL_AFTER_TWO_LINES]: async () => ({ log: ["one", "two"], exitCode: 3 }),
  [ADD_A_FILE]: async () => ({
    addedFiles: await tarFromEntries(
      [
        { path: "added", type: "directory", mode: 0o755 },
        { path: "added/file", type: "file", mode: 0o644, content: "added\n" },
      ],
      0,
    ),
  }),
};

export interface BuildEngineSubject {
  engine: BuildEngine;
  /** An image the engine holds, with a POSIX shell (a Debian base). */
  presentImage: string;
  /** A reference no engine or registry has. */
  absentImage: string;
  /** Labels every container and image the contract makes, so the run's cleanup finds them. */
  runId: string;
}

/** A file of a tar, as text. */
export async function fileOf(tar: Buffer | undefined, path: string): Promise<string | undefined> {
  return tar && (await readTarFile(tar, path))?.toString("utf8");
}

export function describeBuildEngineContract(name: string, open: () => Promise<BuildEngineSubject>): void {
  describe(`${name} as a BuildEngine`, () => {
    it("tells its image store", async () => {
      const { engine } = await open();
      expect(["classic", "containerd"]).toContain(imageStoreOf(await engine.info()).kind);
    });

    it("inspects an image it holds: its id and its layers' diff ids", async () => {
      const { engine, presentImage } = await open();
      const image = await engine.inspectImage(presentImage);
      expect(image?.id).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(image?.layers.length).toBeGreaterThan(0);
      expect(image?.layers.every((diffId) => /^sha256:[0-9a-f]{64}$/.test(diffId))).toBe(true);
    });

    it("answers undefined for an image it does not hold, and fails to pull one no registry has", async () => {
      const { engine, absentImage } = await open();
      expect(await engine.inspectImage(absentImage)).toBeUndefined();
      await expect(engine.pullImage(absentImage)).rejects.toThrow();
    });

    it("runs a script on its inputs, in the first input's folder, and returns each output folder as a tar", async () => {
      const { engine, presentImage, runId } = await open();
      const labels = runLabels(runId, "build-engine-contract");
      const note = await tarFromEntries(
        [{ path: "note.txt", type: "file", mode: 0o644, content: "hello" }],
        0,
      );
      const { outputs, committedImage } = await engine.runScript({
        what: "Copying the input",
        image: presentImage,
        script: COPY_INPUT,
        inputs: [{ path: "/work", tar: note }],
        env: ["GREETING=hi"],
        labels,
        outputs: ["/out/copied"],
      });
      expect(outputs).toHaveLength(1);
      expect(await fileOf(outputs[0], "note.txt")).toBe("hello");
      expect(await fileOf(outputs[0], "greeting.txt")).toBe("hi\n");
      expect(committedImage).toBeUndefined();
    });

    it("hands on each log line, and fails a non-zero exit with a ScriptFailedError carrying the log's end", async () => {
      const { engine, presentImage, runId } = await open();
      const labels = runLabels(runId, "build-engine-contract");
      const logged: string[] = [];
      const failure = await engine
        .runScript({
          what: "Failing",
          image: presentImage,
          script: FAIL_AFTER_TWO_LINES,
          labels,
          onLog: (line) => logged.push(line),
        })
        .catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(ScriptFailedError);
      expect(failure).toMatchObject({ exitCode: 3, logTail: { of: "Failing", lines: ["one", "two"] } });
      expect(logged).toEqual(["one", "two"]);
    });

    it("commits the container when asked: the image saves with the script's files as its last layer, then is removed", async () => {
      const { engine, presentImage, runId } = await open();
      const labels = runLabels(runId, "build-engine-contract");
      const { committedImage } = await engine.runScript({
        what: "Adding a file",
        image: presentImage,
        script: ADD_A_FILE,
        labels,
        commit: true,
      });
      if (!committedImage) throw new Error("no image was committed");
      const saved = await engine.saveImage(committedImage);
      expect(await fileOf(saved.layers.at(-1)?.tar, "added/file")).toBe("added\n");
      await engine.removeImage(committedImage);
      expect(await engine.inspectImage(committedImage)).toBeUndefined();
    });

    it("loads a docker archive and then holds it under its tag; removes it, and a missing image quietly", async () => {
      const { engine, absentImage, runId } = await open();
      const tag = `quai-contract-${runId.toLowerCase()}:loaded`;
      const layer = await createLayer(
        await tarFromEntries([{ path: "loaded.txt", type: "file", mode: 0o644, content: "loaded" }], 0),
      );
      const config = buildImageConfig({
        epoch: 0,
        platform: imageStoreOf(await engine.info()).platform,
        config: { Labels: runLabels(runId, "build-engine-contract") },
        layers: [{ diffId: layer.diffId, createdBy: "contract" }],
      });
      await engine.loadArchive(dockerArchive({ config: config.bytes, layers: [layer], repoTags: [tag] }));
      expect((await engine.inspectImage(tag))?.layers).toEqual([layer.diffId]);
      const saved = await engine.saveImage(tag);
      expect(await fileOf(saved.layers[0]?.tar, "loaded.txt")).toBe("loaded");
      await engine.removeImage(tag);
      expect(await engine.inspectImage(tag)).toBeUndefined();
      await expect(engine.removeImage(absentImage)).resolves.toBeUndefined();
    });
  });
}
