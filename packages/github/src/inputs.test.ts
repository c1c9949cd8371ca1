import { describe, expect, it, vi } from "vitest";
import { InputReader } from "./inputs";

const reader = (values: Record<string, string>) => new InputReader((name) => values[name] ?? "");

describe("InputReader", () => {
  it("reads strings, trimmed, with empty meaning unset", () => {
    const inputs = reader({ context: "  app/ ", empty: "   " });
    expect(inputs.optional("context")).toBe("app/");
    expect(inputs.optional("empty")).toBeUndefined();
    expect(() => inputs.required("empty")).toThrowError('Invalid empty: "" (it is required)');
  });

  it("reads booleans the way YAML writes them and refuses anything else", () => {
    const inputs = reader({ a: "true", b: "False", c: "", d: "yep" });
    expect(inputs.boolean("a")).toBe(true);
    expect(inputs.boolean("b")).toBe(false);
    expect(inputs.boolean("c")).toBe(false);
    expect(() => inputs.boolean("d")).toThrowError('Invalid d: "yep" (expected true or false)');
  });

  it("reads choices", () => {
    const inputs = reader({ recipe: "node", strategy: "rolling" });
    expect(inputs.choice("recipe", ["auto", "node", "python"] as const)).toBe("node");
    expect(() => inputs.choice("strategy", ["blue-green", "recreate"])).toThrowError(
      'Invalid strategy: "rolling" (expected one of blue-green, recreate)',
    );
  });

  it("reads bounded integers", () => {
    const inputs = reader({ n: "3", big: "99", word: "three" });
    expect(inputs.integer("n", { min: 1, max: 10 })).toBe(3);
    expect(() => inputs.integer("big", { min: 1, max: 10 })).toThrowError(
      'Invalid big: "99" (expected a whole number from 1 to 10)',
    );
    expect(() => inputs.integer("word")).toThrowError(/^Invalid word: "three"/);
  });

  it.each([
    ["90", 90_000],
    ["90s", 90_000],
    ["5m", 300_000],
    ["1h", 3_600_000],
    ["250ms", 250],
    ["1.5s", 1500],
  ])("reads the duration %s as %d ms", (text, ms) => {
    expect(reader({ timeout: text }).duration("timeout")).toBe(ms);
  });

  it("refuses durations it cannot read", () => {
    expect(() => reader({ "wait-timeout": "soon" }).duration("wait-timeout")).toThrowError(
      'Invalid wait-timeout: "soon" (expected a duration such as 90s, 5m or 1h)',
    );
  });

  it("reads lists by line or comma, skipping blanks and comments", () => {
    const inputs = reader({ files: "compose.yml\n# the database\n compose.db.yml, compose.ci.yml \n\n" });
    expect(inputs.list("files")).toEqual(["compose.yml", "compose.db.yml", "compose.ci.yml"]);
  });

  it("reads KEY=VALUE lines, values keeping their = signs", () => {
    const inputs = reader({ env: "PGUSER=app\n# comment\nURL=postgres://db/app?sslmode=disable\nEMPTY=" });
    expect(inputs.keyValues("env")).toEqual({
      PGUSER: "app",
      URL: "postgres://db/app?sslmode=disable",
      EMPTY: "",
    });
    expect(() => reader({ env: "A=1\nnot a pair" }).keyValues("env")).toThrowError(
      'Invalid env: "not a pair" (line 2 is not KEY=VALUE)',
    );
  });

  it("reads images and versions through the domain parsers, naming the input", () => {
    const inputs = reader({ image: "127.0.0.1:5000/acme/app:1.0.0", version: "v2.1.0", bad: "1.2" });
    expect(inputs.image("image")).toMatchObject({
      registry: "127.0.0.1:5000",
      repository: "acme/app",
      tag: "1.0.0",
    });
    expect(inputs.version("version")?.text).toBe("2.1.0");
    expect(inputs.version("missing")).toBeUndefined();
    expect(() => inputs.version("bad")).toThrowError(/^Invalid bad: "1.2"/);
  });

  it("reads a repository with capitals lower-cased, saying so in a notice", () => {
    const write = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    try {
      const inputs = reader({
        repository: "ghcr.io/Acme/Shop",
        plain: "ghcr.io/acme/shop",
        bad: "ghcr.io/Acme/S p",
      });
      expect(inputs.repository("repository")).toMatchObject({ registry: "ghcr.io", repository: "acme/shop" });
      expect(inputs.repository("plain")).toMatchObject({ registry: "ghcr.io", repository: "acme/shop" });
      const notices = write.mock.calls
        .map((call) => String(call[0]))
        .filter((line) => line.startsWith("::notice"));
      expect(notices).toEqual([
        "::notice::repository ghcr.io/Acme/Shop is pushed and pulled as ghcr.io/acme/shop: registries take lower-case names only\n",
      ]);
      // Still invalid once lower-cased: refused as the user wrote it.
      expect(() => inputs.repository("bad")).toThrowError(/^Invalid bad: "ghcr.io\/Acme\/S p"/);
    } finally {
      write.mockRestore();
    }
  });

  it("masks secrets the moment they are read", () => {
    const write = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    try {
      expect(reader({ password: "hunter2" }).secret("password")).toBe("hunter2");
      expect(write.mock.calls.map((call) => String(call[0])).join("")).toContain("::add-mask::hunter2");
    } finally {
      write.mockRestore();
    }
  });

  it("reads paths through workspacePath, naming the input", () => {
    vi.stubEnv("GITHUB_WORKSPACE", "/work/repo");
    vi.stubEnv("RUNNER_TEMP", "/work/_temp");
    try {
      const inputs = reader({
        config: "deploy/quai.yml",
        layout: "/work/_temp/oci",
        files: "a.yml\n../b.yml",
      });
      expect(inputs.path("config")).toBe("/work/repo/deploy/quai.yml");
      expect(inputs.path("missing")).toBeUndefined();
      expect(inputs.path("missing", { fallback: "quai.yml" })).toBe("/work/repo/quai.yml");
      expect(inputs.path("layout", { allowRunnerTemp: true })).toBe("/work/_temp/oci");
      expect(() => inputs.path("layout")).toThrowError(
        'Invalid layout: "/work/_temp/oci" (outside the workspace)',
      );
      expect(() => inputs.paths("files")).toThrowError('Invalid files: "../b.yml" (outside the workspace)');
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("records the inputs it read", () => {
    const inputs = reader({});
    inputs.optional("a");
    inputs.boolean("b");
    inputs.list("c");
    expect([...inputs.read]).toEqual(["a", "b", "c"]);
  });
});
