import { describe, expect, it } from "vitest";
import { registryMirrorsOf } from "./registry-mirrors";

describe("registryMirrorsOf", () => {
  it("reads the engine's Docker Hub mirrors from docker info, in order", () => {
    const info = {
      RegistryConfig: { Mirrors: ["http://127.0.0.1:5004/", "https://mirror.example.com/"] },
    };
    expect(registryMirrorsOf(info)).toEqual(["http://127.0.0.1:5004/", "https://mirror.example.com/"]);
  });

  it("gives none for an engine without mirrors, whether docker info says [] or null", () => {
    expect(registryMirrorsOf({ RegistryConfig: { Mirrors: null } })).toEqual([]);
    expect(registryMirrorsOf({ RegistryConfig: { Mirrors: [] } })).toEqual([]);
    expect(registryMirrorsOf({})).toEqual([]);
  });
});
