import { describe, expect, it } from "vitest";
import { canonicalJson } from "./canonical-json";

describe("canonicalJson", () => {
  it("sorts keys at every depth and writes no whitespace", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: "x" } })).toBe(
      '{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}',
    );
  });

  it("sorts integer-like keys as strings, which JSON.stringify does not", () => {
    const labels = { "9": "nine", "10": "ten", b: "bee" };
    expect(JSON.stringify(labels)).toBe('{"9":"nine","10":"ten","b":"bee"}');
    expect(canonicalJson(labels)).toBe('{"10":"ten","9":"nine","b":"bee"}');
  });

  it("gives the same text whatever order the keys were set in", () => {
    expect(canonicalJson({ User: "1", Env: ["A=1"] })).toBe(canonicalJson({ Env: ["A=1"], User: "1" }));
  });

  it("leaves out undefined members, as JSON.stringify does, and escapes strings as it does", () => {
    expect(canonicalJson({ a: undefined, b: 'quote " and \u00e9', c: [undefined] })).toBe(
      '{"b":"quote \\" and é","c":[null]}',
    );
  });

  it("refuses numbers JSON cannot hold", () => {
    expect(() => canonicalJson({ size: Number.NaN })).toThrowError("JSON has no NaN");
  });
});
