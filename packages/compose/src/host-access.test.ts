import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { UserError } from "@quai/core";
import { describe, expect, it } from "vitest";
import { ComposeFiles } from "./compose-files";
import { checkHostAccess } from "./host-access";
import { FakeReporter } from "./testing/fake-stack";

/** compose.yml in a workspace of its own, read as the action reads it. */
function composeFile(text: string): ComposeFiles {
  const workspace = mkdtempSync(join(tmpdir(), "quai-host-access-"));
  writeFileSync(join(workspace, "compose.yml"), text);
  return ComposeFiles.read([join(workspace, "compose.yml")], workspace);
}

const HARMLESS = `services:
  app:
    image: app:dev
    privileged: false
    network_mode: bridge
    volumes:
      - ./data:/data
      - cache:/var/cache/app
      - /srv/app
      - type: bind
        source: /var/run
        target: /host-run
      - type: volume
        source: docker.sock
        target: /var/run/docker.sock
volumes:
  cache: {}
`;

describe("hostAccess", () => {
  it.each([
    [
      "the Docker socket, short syntax",
      "    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock\n",
      5,
    ],
    [
      "/run/docker.sock read-only",
      "    volumes:\n      - ./x:/x\n      - /run/docker.sock:/var/run/docker.sock:ro\n",
      6,
    ],
    [
      "the Docker socket, long syntax",
      "    volumes:\n      - type: bind\n        source: /var/run/docker.sock\n        target: /var/run/docker.sock\n",
      5,
    ],
    [
      "the socket by a path that is not normalised",
      "    volumes:\n      - //var/run/../run/docker.sock/:/s\n",
      5,
    ],
  ])("finds a bind of %s", (_case, volumes, line) => {
    const found = composeFile(`services:\n  db:\n    image: postgres:16\n${volumes}`).hostAccess;
    expect(found).toEqual([
      {
        service: "db",
        what: expect.stringMatching(
          /^binds the Docker socket \/(var\/)?run\/docker\.sock, which runs any container/,
        ),
        location: { file: "compose.yml", line, column: 9 },
      },
    ]);
  });

  it.each([
    ["/ in short syntax", "    volumes:\n      - /:/host:ro\n", "binds the runner's root filesystem /", 5, 9],
    [
      "/ in long syntax",
      "    volumes:\n      - type: bind\n        source: /\n        target: /host\n",
      "binds the runner's root filesystem /",
      5,
      9,
    ],
    [
      "privileged: true",
      "    privileged: true\n",
      "runs privileged (privileged: true), with every capability and device of the runner",
      4,
      5,
    ],
    [
      "network_mode: host",
      "    network_mode: host\n",
      "shares the runner's network (network_mode: host)",
      4,
      5,
    ],
    ["pid: host", "    pid: host\n", "shares the runner's processes (pid: host)", 4, 5],
  ])("finds %s", (_case, setting, what, line, column) => {
    const found = composeFile(`services:\n  agent:\n    image: agent:1\n${setting}`).hostAccess;
    expect(found).toEqual([{ service: "agent", what, location: { file: "compose.yml", line, column } }]);
  });

  it("finds nothing in a harmless file: project binds, named and anonymous volumes, other host paths", () => {
    expect(composeFile(HARMLESS).hostAccess).toEqual([]);
  });

  it("lists every setting of every service, in the order the file has them", () => {
    const found = composeFile(
      "services:\n  a:\n    image: a\n    pid: host\n    privileged: true\n  b:\n    image: b\n    network_mode: host\n",
    ).hostAccess;
    expect(found.map((access) => [access.service, access.location.line])).toEqual([
      ["a", 4],
      ["a", 5],
      ["b", 8],
    ]);
  });
});

describe("checkHostAccess", () => {
  const RISKY =
    "services:\n  app:\n    image: app:dev\n  ci:\n    image: docker:cli\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock\n    network_mode: host\n";

  it("with allow-privileged true, warns about each, naming the service, what it does, the file and line", () => {
    const reporter = new FakeReporter();
    checkHostAccess(composeFile(RISKY).hostAccess, true, reporter);
    expect(reporter.warningsAt).toEqual([
      {
        message:
          "compose.yml:7: service ci binds the Docker socket /var/run/docker.sock, which runs any container on the runner, privileged ones too: it can take over the runner (allow-privileged: false refuses such services)",
        location: { file: "compose.yml", line: 7, column: 9 },
      },
      {
        message:
          "compose.yml:8: service ci shares the runner's network (network_mode: host): it can take over the runner (allow-privileged: false refuses such services)",
        location: { file: "compose.yml", line: 8, column: 5 },
      },
    ]);
  });

  it("with allow-privileged false, refuses the first such service at its line, warning about none", () => {
    const reporter = new FakeReporter();
    let error: unknown;
    try {
      checkHostAccess(composeFile(RISKY).hostAccess, false, reporter);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).summary).toBe(
      "compose.yml:7: service ci binds the Docker socket /var/run/docker.sock, which runs any container on the runner, privileged ones too: refused, since allow-privileged is false. Remove the setting, or set allow-privileged: true to run such services with a warning",
    );
    expect((error as UserError).location).toEqual({ file: "compose.yml", line: 7, column: 9 });
    expect(reporter.warnings).toEqual([]);
  });

  it("says nothing about a harmless file, whatever allow-privileged says", () => {
    const reporter = new FakeReporter();
    checkHostAccess(composeFile(HARMLESS).hostAccess, false, reporter);
    checkHostAccess(composeFile(HARMLESS).hostAccess, true, reporter);
    expect(reporter.warnings).toEqual([]);
  });
});
