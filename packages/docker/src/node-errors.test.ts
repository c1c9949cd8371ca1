import { describe, expect, it } from "vitest";
import { engineHostProblem } from "./node-errors";

/** How dockerode rejects: the engine's message after the HTTP status. */
const engineError = (message: string) =>
  Object.assign(new Error(`(HTTP code 500) server error - ${message}`), { statusCode: 500 });

describe("engineHostProblem", () => {
  it("says a missing docker0 is the host's, with the fix, instead of an unexpected error", () => {
    const error = engineHostProblem(
      engineError(
        "failed to create endpoint jovial_jennings on network bridge: adding interface veth564f711 to bridge docker0 failed: could not find bridge docker0: route ip+net: no such network interface",
      ),
      "start the container of the compile step (node)",
    );
    expect(error?.message).toMatch(
      /^The Docker engine could not start the container of the compile step \(node\): its default bridge docker0 is missing/,
    );
    expect(error?.hint).toMatch(/^Restart dockerd/);
  });

  it("says a full disk is the host's", () => {
    expect(
      engineHostProblem(engineError("write /var/lib/docker/x: no space left on device"), "start x")?.message,
    ).toMatch(/its disk is full/);
  });

  it("leaves any other error to its caller", () => {
    expect(
      engineHostProblem(engineError("OCI runtime create failed: exec: no such file"), "start x"),
    ).toBeUndefined();
  });
});
