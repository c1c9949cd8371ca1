import { describe, expect, it } from "vitest";
import { servedOn } from "./deploy-env";

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
