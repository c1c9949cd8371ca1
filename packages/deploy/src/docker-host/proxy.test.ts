import { InvalidValueError } from "@quai/core";
import { describe, expect, it } from "vitest";
import { parsePublish } from "./proxy";

describe("parsePublish", () => {
  it("reads a port alone (all addresses) or an address and a port", () => {
    expect(parsePublish("8080")).toEqual({ hostIp: "", hostPort: 8080 });
    expect(parsePublish("127.0.0.1:18080")).toEqual({ hostIp: "127.0.0.1", hostPort: 18080 });
    expect(parsePublish("[::1]:8080")).toEqual({ hostIp: "::1", hostPort: 8080 });
  });

  it("refuses anything else", () => {
    for (const publish of ["", "http", "127.0.0.1:", "70000", "127.0.0.1:0"]) {
      expect(() => parsePublish(publish)).toThrow(InvalidValueError);
    }
    expect(() => parsePublish("web")).toThrow('Invalid publish: "web" (expected a port, or address:port)');
  });
});
