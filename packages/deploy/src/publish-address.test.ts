import { InvalidValueError } from "@quai/core";
import { describe, expect, it } from "vitest";
import { bindsEveryAddress, describeBinding, parsePublish } from "./publish-address";

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

  it("refuses an address the engine cannot parse, which it would bind as every address", () => {
    expect(() => parsePublish("999.1.1.1:32080")).toThrow(
      'Invalid publish: "999.1.1.1:32080" (999.1.1.1 is not an IPv4 address, a bracketed IPv6 address or localhost)',
    );
    for (const publish of ["example.com:8080", "[fe80::1%eth0]:8080", "[::1:8080", "1.2.3.4:80:80"]) {
      expect(() => parsePublish(publish)).toThrow(InvalidValueError);
    }
    expect(() => parsePublish("::1:8080")).toThrow("an IPv6 address goes in brackets: [::1]:8080");
  });

  it("binds localhost as the IPv4 loopback, an IP the engine takes", () => {
    expect(parsePublish("localhost:8080")).toEqual({ hostIp: "127.0.0.1", hostPort: 8080 });
  });
});

describe("describeBinding", () => {
  it("names the addresses the engine binds: a port alone is every address", () => {
    expect(describeBinding(parsePublish("8080"))).toBe("0.0.0.0:8080 and [::]:8080");
    expect(describeBinding(parsePublish("localhost:8080"))).toBe("127.0.0.1:8080");
    expect(describeBinding(parsePublish("[::1]:8080"))).toBe("[::1]:8080");
    expect(bindsEveryAddress(parsePublish("8080"))).toBe(true);
    expect(bindsEveryAddress(parsePublish("0.0.0.0:8080"))).toBe(true);
    expect(bindsEveryAddress(parsePublish("127.0.0.1:8080"))).toBe(false);
  });
});
