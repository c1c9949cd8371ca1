import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InvalidValueError, UserError } from "@quai/core";
import { describe, expect, it } from "vitest";
import { billionLaughs } from "../../../test/support/yaml-bomb";
import { resolveEnvironment } from "./environment-settings";
import { quaiFileJsonSchema, readQuaiFile } from "./quai-file";

const VALID = `app: counter
repository: 127.0.0.1:5000/demo/counter
defaults:
  port: 8080
  health: { path: /health, successes: 2, interval: 500ms }
  variables:
    GREETING: hello
environments:
  staging:
    publish: 127.0.0.1:18080
    url: http://127.0.0.1:18080
    variables:
      LOG_LEVEL: debug
      WORKERS: 2
      API_KEY: { secret: STAGING_API_KEY }
  qualification:
    after: staging
    publish: "18081"
  production:
    after: qualification
    publish: 127.0.0.1:18082
    strategy: recreate
    deploy-timeout: 30s
    retain: 5
blocked:
  - version: 1.0.3
    reason: corrupts counters
`;

function fileWith(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "quai-file-")), "quai.yml");
  writeFileSync(path, text);
  return path;
}

function refusal(text: string): UserError {
  try {
    readQuaiFile(fileWith(text), "quai.yml");
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error("the file was accepted");
}

describe("quai.yml", () => {
  it("refuses Docker's own networks in networks, at their line", () => {
    const error = refusal(
      VALID.replace("    strategy: recreate", "    strategy: recreate\n    networks: [host]"),
    );
    expect(error.message).toMatch(/networks\.0.*host, none and bridge are Docker's own networks/);
    expect(error.location?.line).toBeGreaterThan(1);
  });

  it("resolves an environment from its own keys over defaults over quai's", () => {
    const parsed = readQuaiFile(fileWith(VALID), "quai.yml");
    const staging = resolveEnvironment(parsed, "staging");
    expect(staging).toMatchObject({
      app: "counter",
      name: "staging",
      target: "docker",
      containerPort: 8080,
      publish: "127.0.0.1:18080",
      strategy: "blue-green",
      retain: 3,
      drainMs: 5000,
      production: false,
      repository: "127.0.0.1:5000/demo/counter",
      health: {
        probe: { kind: "http", path: "/health", expectedStatus: 200 },
        successes: 2,
        intervalMs: 500,
        timeoutMs: 120_000,
      },
    });
    expect(staging.variables).toEqual([
      { name: "GREETING", value: "hello" },
      { name: "LOG_LEVEL", value: "debug" },
      { name: "WORKERS", value: "2" },
      { name: "API_KEY", secretFrom: "STAGING_API_KEY" },
    ]);
    const production = resolveEnvironment(parsed, "production");
    expect(production).toMatchObject({
      after: "qualification",
      strategy: "recreate",
      retain: 5,
      production: true,
    });
    expect(production.health.timeoutMs).toBe(30_000);
    expect(production.blocked).toEqual([{ version: "1.0.3", reason: "corrupts counters" }]);
  });

  it("lets the run's inputs override target, strategy, health path and timeout", () => {
    const parsed = readQuaiFile(fileWith(VALID), "quai.yml");
    const staging = resolveEnvironment(parsed, "staging", {
      target: "swarm",
      strategy: "recreate",
      healthPath: "/ready",
      deployTimeoutMs: 10_000,
    });
    expect(staging).toMatchObject({ target: "swarm", strategy: "recreate" });
    expect(staging.health).toMatchObject({ probe: { kind: "http", path: "/ready" }, timeoutMs: 10_000 });
  });

  it("refuses an unknown environment, naming those declared and the line", () => {
    const parsed = readQuaiFile(fileWith(VALID), "quai.yml");
    expect(() => resolveEnvironment(parsed, "prod")).toThrowError(
      'Invalid environment: "prod" (not declared in quai.yml, which declares staging, qualification, production)',
    );
  });

  it("points a misspelt key at its line", () => {
    const error = refusal(VALID.replace("    strategy: recreate", "    stratgy: recreate"));
    expect(error.message).toBe(
      "quai.yml: environments.production.stratgy: unknown key (check its spelling against the schema)",
    );
    expect(error.location).toMatchObject({ file: "quai.yml", line: 22 });
  });

  it("points a wrong value at its line", () => {
    const error = refusal(VALID.replace("retain: 5", "retain: many"));
    expect(error.message).toMatch(/^quai\.yml: environments\.production\.retain: expected number/);
    expect(error.location?.line).toBe(24);
  });

  it("refuses a publish address the engine would not bind, at its line, naming the fix", () => {
    const error = refusal(VALID.replace("publish: 127.0.0.1:18080", "publish: 999.1.1.1:32080"));
    expect(error.message).toBe(
      'quai.yml: environments.staging.publish: "999.1.1.1:32080" (999.1.1.1 is not an IPv4 address, a bracketed IPv6 address or localhost)',
    );
    expect(error.location).toMatchObject({ file: "quai.yml", line: 10 });
    expect(error.hint).toContain("127.0.0.1:8080, [::1]:8080 or localhost:8080");
    for (const publish of ["0", "70000", "true", "example.com:8080", "'[::1]'", "::1:8080", "1.5"]) {
      const refused = refusal(VALID.replace("publish: 127.0.0.1:18080", `publish: ${publish}`));
      expect(refused.message).toMatch(/^quai\.yml: environments\.staging\.publish: /);
      expect(refused.location?.line).toBe(10);
    }
  });

  it("accepts a port alone, or after an IPv4 address, a bracketed IPv6 address or localhost", () => {
    for (const publish of ["8080", '"8080"', "0.0.0.0:8080", "'[::1]:8080'", "localhost:8080"]) {
      const parsed = readQuaiFile(
        fileWith(VALID.replace("publish: 127.0.0.1:18080", `publish: ${publish}`)),
        "quai.yml",
      );
      expect(resolveEnvironment(parsed, "staging").publish).toBe(publish.replace(/^["']|["']$/g, ""));
    }
  });

  it("refuses a health path that is no URL path as written: no CR/LF to inject a header, no fragment", () => {
    const error = refusal(VALID.replace("path: /health,", 'path: "/health\\r\\nX-Injected: 1",'));
    expect(error.message).toBe(
      'quai.yml: defaults.health.path: "/health\\r\\nX-Injected: 1" (a URL path has no whitespace or control characters)',
    );
    expect(error.location).toMatchObject({ file: "quai.yml", line: 5 });
    expect(error.hint).toMatch(/such as \/health/);
    for (const path of ["health", '"/a b"', '"/a\\tb"', '"/a\\u0000"', "'/health#top'"]) {
      expect(refusal(VALID.replace("path: /health,", `path: ${path},`)).location?.line).toBe(5);
    }
    const parsed = readQuaiFile(
      fileWith(VALID.replace("path: /health,", "path: /ready?deep=1,")),
      "quai.yml",
    );
    expect(resolveEnvironment(parsed, "staging").health.probe).toMatchObject({ path: "/ready?deep=1" });
  });

  it("refuses a health-path input with CR/LF the same way", () => {
    const parsed = readQuaiFile(fileWith(VALID), "quai.yml");
    expect(() =>
      resolveEnvironment(parsed, "staging", { healthPath: "/health\r\nX-Injected: 1" }),
    ).toThrowError(
      'Invalid health-path: "/health\\r\\nX-Injected: 1" (a URL path has no whitespace or control characters)',
    );
    expect(() => resolveEnvironment(parsed, "staging", { healthPath: "/health#top" })).toThrow(
      InvalidValueError,
    );
    expect(() => resolveEnvironment(parsed, "staging", { healthPath: "health" })).toThrowError(
      'Invalid health-path: "health" (expected a path starting with /)',
    );
  });

  it("takes only an http(s) URL as the environment's url", () => {
    const error = refusal(VALID.replace("url: http://127.0.0.1:18080", "url: javascript:alert(1)"));
    expect(error.message).toBe(
      'quai.yml: environments.staging.url: "javascript:alert(1)" (expected an http:// or https:// URL)',
    );
    expect(error.location).toMatchObject({ file: "quai.yml", line: 11 });
    for (const url of [
      "data:text/html,hi",
      "file:///etc/passwd",
      "ftp://example.com",
      "http://",
      '"https://a.example/\\nb"',
    ]) {
      expect(refusal(VALID.replace("url: http://127.0.0.1:18080", `url: ${url}`)).location?.line).toBe(11);
    }
    const parsed = readQuaiFile(
      fileWith(VALID.replace("url: http://127.0.0.1:18080", "url: https://staging.example.com/app")),
      "quai.yml",
    );
    expect(resolveEnvironment(parsed, "staging").url).toBe("https://staging.example.com/app");
  });

  it("confines every environment by default: no capabilities back, writable root, 4096 processes, no memory limit", () => {
    const parsed = readQuaiFile(fileWith(VALID), "quai.yml");
    expect(resolveEnvironment(parsed, "staging").confinement).toEqual({
      capAdd: [],
      readOnly: false,
      memoryBytes: undefined,
      pids: 4096,
    });
  });

  it("takes cap_add, read_only, memory and pids from defaults and the environment, its own replacing them", () => {
    const text = VALID.replace(
      "  port: 8080\n",
      "  port: 8080\n  cap_add: [NET_BIND_SERVICE]\n  read_only: true\n  memory: 512m\n",
    ).replace(
      "    retain: 5\n",
      "    retain: 5\n    cap_add: [CAP_NET_BIND_SERVICE, SYS_NICE]\n    memory: 1.5g\n    pids: 200\n",
    );
    const parsed = readQuaiFile(fileWith(text), "quai.yml");
    expect(resolveEnvironment(parsed, "staging").confinement).toEqual({
      capAdd: ["CAP_NET_BIND_SERVICE"],
      readOnly: true,
      memoryBytes: 512 * 2 ** 20,
      pids: 4096,
    });
    expect(resolveEnvironment(parsed, "production").confinement).toEqual({
      capAdd: ["CAP_NET_BIND_SERVICE", "CAP_SYS_NICE"],
      readOnly: true,
      memoryBytes: 1.5 * 2 ** 30,
      pids: 200,
    });
  });

  it("refuses a capability Linux does not have, or ALL, at its line", () => {
    const withCapabilities = (list: string) =>
      VALID.replace("    retain: 5\n", `    retain: 5\n    cap_add: ${list}\n`);
    const error = refusal(withCapabilities("[NET_BIND_SERVICE, NET_BIND]"));
    expect(error.message).toBe(
      'quai.yml: environments.production.cap_add.1: "NET_BIND" (not a Linux capability)',
    );
    expect(error.location).toMatchObject({ file: "quai.yml", line: 25 });
    expect(error.hint).toContain("such as NET_BIND_SERVICE (with or without CAP_)");
    expect(refusal(withCapabilities("[ALL]")).message).toBe(
      'quai.yml: environments.production.cap_add.0: "ALL" (ALL would give back every capability: name the ones the app needs)',
    );
    expect(refusal(withCapabilities("[net_admin]")).message).toBe(
      'quai.yml: environments.production.cap_add.0: "net_admin" (capability names are upper-case: NET_ADMIN)',
    );
    expect(refusal(withCapabilities("NET_ADMIN")).location?.line).toBe(25);
  });

  it("refuses a memory limit that is no size, or under the engine's 6m, at its line", () => {
    const withMemory = (memory: string) =>
      VALID.replace("    retain: 5\n", `    retain: 5\n    memory: ${memory}\n`);
    const error = refusal(withMemory("512mega"));
    expect(error.message).toBe(
      'quai.yml: environments.production.memory: "512mega" (expected a size such as 512m or 1g)',
    );
    expect(error.location).toMatchObject({ file: "quai.yml", line: 25 });
    expect(error.hint).toContain("512m, 1g or 1.5g");
    expect(refusal(withMemory("4m")).message).toBe(
      'quai.yml: environments.production.memory: "4m" (the engine\'s smallest memory limit is 6m)',
    );
    for (const memory of ["512", "-1g", "1 g", "g", "1t"]) {
      expect(refusal(withMemory(memory)).location?.line).toBe(25);
    }
  });

  it("refuses a pids limit under 1 or not a whole number, at its line", () => {
    const withPids = (pids: string) => VALID.replace("    retain: 5\n", `    retain: 5\n    pids: ${pids}\n`);
    const error = refusal(withPids("-1"));
    expect(error.message).toBe("quai.yml: environments.production.pids: -1 (a limit is at least 1 process)");
    expect(error.location).toMatchObject({ file: "quai.yml", line: 25 });
    expect(refusal(withPids("0")).location?.line).toBe(25);
    expect(refusal(withPids("1.5")).message).toBe(
      "quai.yml: environments.production.pids: 1.5 (expected a whole number of processes)",
    );
    expect(refusal(withPids("many")).location?.line).toBe(25);
  });

  it("fills every watch default, durations in ms, standby as long as the watch", () => {
    const parsed = readQuaiFile(fileWith(VALID), "quai.yml");
    expect(resolveEnvironment(parsed, "staging").watch).toEqual({
      intervalMs: 30_000,
      failureLimit: 3,
      errorLimit: 4,
      minRequests: 50,
      max5xxShare: 1,
      max5xxRatioToBaseline: 2,
      maxP99Ms: 500,
      maxP99Increase: 25,
      prometheus: undefined,
      onDigestDrift: "restore",
      standbyMs: undefined,
      probes: [{ path: "/health", expectedStatus: 200 }],
    });
  });

  it("probes the health check's path and status by default, and nothing for a command or image check", () => {
    const withHealth = (health: string) =>
      resolveEnvironment(
        readQuaiFile(
          fileWith(VALID.replace("{ path: /health, successes: 2, interval: 500ms }", health)),
          "quai.yml",
        ),
        "staging",
      ).watch.probes;
    expect(withHealth("{ path: /ready, status: 204 }")).toEqual([{ path: "/ready", expectedStatus: 204 }]);
    expect(withHealth("{ command: [/bin/check] }")).toEqual([]);
    expect(withHealth("{ image: true }")).toEqual([]);
    // quai's probe speaks plain HTTP: an environment served with TLS is not probed unless told.
    const tls = VALID.replace(
      "    retain: 5\n",
      "    retain: 5\n    tls: { certificate: { secret: CERT }, key: { secret: KEY } }\n",
    );
    expect(resolveEnvironment(readQuaiFile(fileWith(tls), "quai.yml"), "production").watch.probes).toEqual(
      [],
    );
  });

  it("takes watch probes as written, status 200 unless told, the environment's list replacing that of defaults", () => {
    const text = VALID.replace(
      "  port: 8080\n",
      "  port: 8080\n  watch:\n    probes: [{ path: /health }]\n",
    ).replace(
      "    retain: 5\n",
      "    retain: 5\n    watch:\n      probes:\n        - { path: /, status: 200 }\n        - path: /admin\n          status: 401\n",
    );
    const parsed = readQuaiFile(fileWith(text), "quai.yml");
    expect(resolveEnvironment(parsed, "staging").watch.probes).toEqual([
      { path: "/health", expectedStatus: 200 },
    ]);
    expect(resolveEnvironment(parsed, "production").watch.probes).toEqual([
      { path: "/", expectedStatus: 200 },
      { path: "/admin", expectedStatus: 401 },
    ]);
    // An empty list probes nothing, the health check's path included.
    const none = VALID.replace("    retain: 5\n", "    retain: 5\n    watch: { probes: [] }\n");
    expect(resolveEnvironment(readQuaiFile(fileWith(none), "quai.yml"), "production").watch.probes).toEqual(
      [],
    );
  });

  it("takes watch keys from defaults, the environment's own overriding them key by key, prometheus whole", () => {
    const text = VALID.replace(
      "  port: 8080\n",
      `  port: 8080
  watch:
    interval: 10s
    failure-limit: 5
    max-p99: 1.5s
    prometheus:
      url: http://prometheus:9090
      queries:
        - { name: errors, query: "sum(rate(errors[1m]))", max: 3 }
        - { name: queue, query: max(queue_depth), max: 100 }
`,
    ).replace(
      "    retain: 5\n",
      `    retain: 5
    watch:
      failure-limit: 2
      error-limit: 1
      min-requests: 0
      max-5xx-share: 0.5
      max-5xx-ratio-to-baseline: 1.5
      max-p99-increase: 10
      on-digest-drift: report
      standby: 15m
      prometheus:
        url: https://prom.example/api
        queries: [{ name: saturation, query: avg(cpu), max: 0.9 }]
`,
    );
    const parsed = readQuaiFile(fileWith(text), "quai.yml");
    expect(resolveEnvironment(parsed, "staging").watch).toMatchObject({
      intervalMs: 10_000,
      failureLimit: 5,
      maxP99Ms: 1500,
      prometheus: {
        url: "http://prometheus:9090",
        queries: [
          { name: "errors", query: "sum(rate(errors[1m]))", max: 3 },
          { name: "queue", query: "max(queue_depth)", max: 100 },
        ],
      },
      standbyMs: undefined,
    });
    expect(resolveEnvironment(parsed, "production").watch).toEqual({
      intervalMs: 10_000,
      failureLimit: 2,
      errorLimit: 1,
      minRequests: 0,
      max5xxShare: 0.5,
      max5xxRatioToBaseline: 1.5,
      maxP99Ms: 1500,
      maxP99Increase: 10,
      prometheus: {
        url: "https://prom.example/api",
        queries: [{ name: "saturation", query: "avg(cpu)", max: 0.9 }],
      },
      onDigestDrift: "report",
      standbyMs: 900_000,
      probes: [{ path: "/health", expectedStatus: 200 }],
    });
  });

  it("refuses a bad watch value naming the key and the value, at its line", () => {
    const withWatch = (lines: string) =>
      VALID.replace("    retain: 5\n", `    retain: 5\n    watch:\n${lines}`);
    const cases: [string, string, number][] = [
      ["      interval: soon\n", 'environments.production.watch.interval: "soon" (expected a duration', 26],
      ["      interval: 30\n", "environments.production.watch.interval: 30 (expected a duration", 26],
      ["      max-p99: fast\n", 'environments.production.watch.max-p99: "fast" (expected a duration', 26],
      ["      standby: 1d\n", 'environments.production.watch.standby: "1d" (expected a duration', 26],
      ["      failure-limit: 0\n", "environments.production.watch.failure-limit: 0 (at least 1)", 26],
      ["      error-limit: 0\n", "environments.production.watch.error-limit: 0 (at least 1)", 26],
      [
        "      failure-limit: 1.5\n",
        "environments.production.watch.failure-limit: 1.5 (expected a whole number of samples)",
        26,
      ],
      ["      min-requests: -1\n", "environments.production.watch.min-requests: -1 (at least 0)", 26],
      [
        "      max-5xx-share: 101\n",
        "environments.production.watch.max-5xx-share: 101 (a percentage is from 0 to 100)",
        26,
      ],
      [
        "      max-5xx-share: 1%\n",
        'environments.production.watch.max-5xx-share: "1%" (expected a percentage',
        26,
      ],
      [
        "      max-p99-increase: -5\n",
        "environments.production.watch.max-p99-increase: -5 (a percentage is from 0 to 100)",
        26,
      ],
      [
        "      max-5xx-ratio-to-baseline: 1\n",
        "environments.production.watch.max-5xx-ratio-to-baseline: 1 (a ratio to the baseline is above 1)",
        26,
      ],
      [
        "      on-digest-drift: ignore\n",
        'environments.production.watch.on-digest-drift: "ignore" (expected restore or report)',
        26,
      ],
      ["      intervall: 30s\n", "environments.production.watch.intervall: unknown key", 26],
      [
        "      prometheus:\n        url: prometheus:9090\n        queries: [{ name: a, query: up, max: 1 }]\n",
        'environments.production.watch.prometheus.url: "prometheus:9090" (expected an http:// or https:// URL)',
        27,
      ],
      [
        "      prometheus:\n        url: http://prometheus:9090\n        queries:\n          - { name: a, query: up }\n",
        "environments.production.watch.prometheus.queries.0.max: missing (a query fails the release when its result is above max)",
        29,
      ],
      [
        "      prometheus:\n        url: http://prometheus:9090\n        queries:\n          - { name: a, query: up, max: 1, min: 0 }\n",
        "environments.production.watch.prometheus.queries.0.min: unknown key",
        29,
      ],
      [
        "      probes:\n        - { path: health }\n",
        'environments.production.watch.probes.0.path: "health" (expected a path starting with /)',
        27,
      ],
      [
        "      probes:\n        - { status: 200 }\n",
        "environments.production.watch.probes.0.path: missing (a probe requests a path, such as /health)",
        27,
      ],
      [
        "      probes:\n        - { path: /health, status: 700 }\n",
        "environments.production.watch.probes.0.status: 700 (an HTTP status is from 100 to 599)",
        27,
      ],
      [
        "      probes:\n        - { path: /health, status: ok }\n",
        'environments.production.watch.probes.0.status: "ok" (expected an HTTP status such as 200)',
        27,
      ],
      [
        "      probes: /health\n",
        'environments.production.watch.probes: "/health" (expected a list of { path, status })',
        26,
      ],
      [
        "      probes:\n        - /health\n",
        'environments.production.watch.probes.0: "/health" (expected a mapping of path and status)',
        27,
      ],
    ];
    for (const [lines, message, line] of cases) {
      const error = refusal(withWatch(lines));
      expect(error.message).toContain(`quai.yml: ${message}`);
      expect(error.location).toMatchObject({ file: "quai.yml", line });
    }
    expect(
      refusal(VALID.replace("  port: 8080\n", "  port: 8080\n  watch: { failure-limit: 0 }\n")).message,
    ).toBe("quai.yml: defaults.watch.failure-limit: 0 (at least 1)");
  });

  it("refuses an after: that names no environment, and a cycle", () => {
    expect(refusal(VALID.replace("after: staging", "after: stagin")).message).toBe(
      "quai.yml: Environment qualification comes after stagin, which is not declared",
    );
    expect(refusal(VALID.replace("  staging:\n", "  staging:\n    after: production\n")).message).toMatch(
      /^quai\.yml: Environments form a cycle/,
    );
  });

  it("needs a publish port and one kind of health check", () => {
    expect(() =>
      resolveEnvironment(
        readQuaiFile(fileWith(VALID.replace('    publish: "18081"\n', "")), "quai.yml"),
        "qualification",
      ),
    ).toThrowError("quai.yml: environment qualification has no publish port");
    const twoProbes = VALID.replace("health: { path: /health,", "health: { path: /health, image: true,");
    expect(() => resolveEnvironment(readQuaiFile(fileWith(twoProbes), "quai.yml"), "staging")).toThrowError(
      "A health check is one of path, command or image, not several",
    );
  });

  it("says so when the file is missing or not YAML", () => {
    expect(() => readQuaiFile("/nonexistent/quai.yml", "quai.yml")).toThrowError(
      "No environments file at quai.yml",
    );
    expect(refusal("app: [unclosed\n").message).toMatch(/^quai\.yml is not valid YAML/);
  });

  it("names the config input when its path is a directory", () => {
    const folder = mkdtempSync(join(tmpdir(), "quai-config-"));
    let error: unknown;
    try {
      readQuaiFile(folder, "deploy");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe('Invalid config: "deploy" (it is a directory, not a file)');
    expect((error as UserError).hint).toBe(
      "Point config at the quai.yml file itself, such as deploy/quai.yml",
    );
  });

  it("quotes a 100 kB value in short", () => {
    const error = refusal(VALID.replace("publish: 127.0.0.1:18080", `publish: "${"9".repeat(100_000)}:80"`));
    expect(error.message).toBe(
      `quai.yml: environments.staging.publish: "${"9".repeat(200)}"… (100003 characters) (${"9".repeat(200)}… (100000 characters) is not an IPv4 address, a bracketed IPv6 address or localhost)`,
    );
  });

  it("refuses a billion laughs as a UserError at its line", () => {
    const error = refusal(`${VALID}${billionLaughs("x-lol")}`);
    expect(error.message).toBe("quai.yml uses too many YAML aliases");
    expect(error.location).toEqual({ file: "quai.yml", line: VALID.split("\n").length + 1 });
  });

  it("publishes a JSON Schema that describes every environment key", () => {
    const schema = quaiFileJsonSchema() as {
      properties: { environments: { additionalProperties: { properties: object } } };
    };
    expect(Object.keys(schema.properties.environments.additionalProperties.properties)).toEqual(
      expect.arrayContaining([
        "after",
        "order",
        "target",
        "url",
        "health",
        "strategy",
        "retain",
        "variables",
        "cap_add",
        "read_only",
        "memory",
        "pids",
        "watch",
      ]),
    );
  });
});
