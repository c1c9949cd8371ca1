import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InvalidValueError } from "@quai/core";
import { describe, expect, it } from "vitest";
import { openLedger, servedOn } from "./deploy-env";

describe("servedOn", () => {
  it("says what the engine binds, not what quai.yml wrote", () => {
    expect(servedOn({ target: "docker", publish: "8080" })).toBe("0.0.0.0:8080 and [::]:8080");
    expect(servedOn({ target: "ssh://deploy@host", publish: "localhost:8080" })).toBe("127.0.0.1:8080");
    expect(servedOn({ target: "docker", publish: "127.0.0.1:8080" })).toBe("127.0.0.1:8080");
    expect(servedOn({ target: "swarm", publish: "0.0.0.0:8080" })).toBe(
      "0.0.0.0:8080 and [::]:8080 of every node",
    );
  });
});

describe("openLedger", () => {
  it("names the ledger input when its path is a directory, before any deploy starts", () => {
    const folder = mkdtempSync(join(tmpdir(), "quai-ledger-dir-"));
    expect(() => openLedger({ kind: "file", path: folder })).toThrow(InvalidValueError);
    expect(() => openLedger({ kind: "file", path: folder })).toThrow(
      `Invalid ledger: ${JSON.stringify(folder)} (it is a directory, not a file)`,
    );
    expect(openLedger({ kind: "file", path: join(folder, "deployments.json") }).description).toBe(
      `JSON file ${join(folder, "deployments.json")}`,
    );
  });
});
