// The test bed's Docker Hub mirror, as a user behind a corporate mirror has one: both engines pull
// Docker Hub names through it (their registry-mirrors), quai's own registry client reads through
// the mirrors the engine reports, and the stand-ins it serves under the actions' default names are
// laid out as the official images are where quai or its users rely on it.
import { connectEngine, type EngineInfo, registryMirrorsOf } from "@quai/docker";
import { pullClients } from "@quai/registry";
import { beforeAll, describe, expect, it } from "vitest";
import { docker, hubMirrorDigest, testbed } from "../support/testbed";

/** Runs a command in a fresh container of `image`, through its own entrypoint unless one is given. */
const runIn = (image: string, ...args: string[]) => docker("run", "--rm", image, ...args);
const shellIn = (image: string, script: string) =>
  docker("run", "--rm", "--entrypoint", "sh", image, "-c", script);
const configOf = async (image: string) =>
  JSON.parse(await docker("image", "inspect", "--format", "{{json .Config}}", image)) as {
    Entrypoint: string[] | null;
    Cmd: string[] | null;
    User: string;
    Env: string[];
    StopSignal?: string;
  };

describe("the test bed's Docker Hub mirror", () => {
  it.each(testbed.engines)(
    "is the $name engine's mirror, as its docker info says to quai's engine seam",
    async (engine) => {
      const { api } = await connectEngine({ ...process.env, DOCKER_HOST: engine.host });
      expect(registryMirrorsOf((await api.info()) as EngineInfo)).toContain(testbed.hubMirror.url);
    },
  );

  it("serves every stand-in under its Docker Hub name to quai's registry client, through the engine's mirrors", async () => {
    const { api } = await connectEngine();
    const mirrors = registryMirrorsOf((await api.info()) as EngineInfo);
    const [mirror, ...rest] = pullClients("docker.io", mirrors, {
      credentials: () => undefined,
      attempts: 1,
    });
    expect(mirror?.registry).toBe(testbed.hubMirror.address);
    expect(rest.at(-1)?.registry).toBe("docker.io");
    for (const { name, digest } of testbed.hubMirror.images) {
      const [repository = "", tag = ""] = name.split(":");
      const path = repository.includes("/") ? repository : `library/${repository}`;
      expect(await mirror?.manifestDigest(path, tag), name).toBe(digest);
    }
  });

  it.each(testbed.engines)("lets the $name engine pull a default by its Docker Hub name", async (engine) => {
    const env = { ...process.env, DOCKER_HOST: engine.host };
    const { api } = await connectEngine(env);
    await new Promise<void>((resolve, reject) =>
      api.pull("nginx:1.27-alpine", (error: Error | null, stream: NodeJS.ReadableStream) => {
        if (error) return reject(error);
        api.modem.followProgress(stream, (failed: Error | null) => (failed ? reject(failed) : resolve()));
      }),
    );
    const inspected = await api.getImage("nginx:1.27-alpine").inspect();
    expect(inspected.RepoDigests).toContain(`nginx@${hubMirrorDigest("nginx:1.27-alpine")}`);
  });
});

describe("the stand-ins of the default images", () => {
  beforeAll(async () => {
    // By their Docker Hub names, as quai's defaults name them: through the engine's mirror.
    for (const { name } of testbed.hubMirror.images) await docker("pull", "-q", name);
  }, 300_000);

  it.each(["node:22-bookworm", "node:22-bookworm-slim"])(
    "%s: Node.js 22 and npm in /usr/local, the user node, docker-entrypoint.sh",
    async (image) => {
      // An option goes to node through docker-entrypoint.sh, as with the official image.
      expect(await runIn(image, "-p", "process.version + ' ' + process.env.NODE_VERSION")).toMatch(
        /^v(22\.\S+) \1$/,
      );
      expect(
        await runIn(
          image,
          "sh",
          "-c",
          "for name in node npm npx; do command -v $name; done; id -u node; id -g node",
        ),
      ).toBe("/usr/local/bin/node\n/usr/local/bin/npm\n/usr/local/bin/npx\n1000\n1000");
      expect(await configOf(image)).toMatchObject({ Entrypoint: ["docker-entrypoint.sh"], Cmd: ["node"] });
    },
  );

  it.each(["python:3.12-bookworm", "python:3.12-slim-bookworm"])(
    "%s: python3, python and pip first on PATH in /usr/local/bin, pip free to install",
    async (image) => {
      expect(
        await runIn(image, "sh", "-c", "for name in python3 python pip; do command -v $name; done"),
      ).toBe("/usr/local/bin/python3\n/usr/local/bin/python\n/usr/local/bin/pip");
      expect(
        await runIn(
          image,
          "python3",
          "-c",
          "import sysconfig, os; print(os.path.exists(os.path.join(sysconfig.get_path('stdlib'), 'EXTERNALLY-MANAGED')))",
        ),
      ).toBe("False");
      expect(await configOf(image)).toMatchObject({
        Cmd: ["python3"],
        Env: expect.arrayContaining(["LANG=C.UTF-8"]),
      });
    },
  );

  it("the full builders have compilers, the slim bases none", async () => {
    expect(
      await runIn("node:22-bookworm", "sh", "-c", "for name in gcc g++ make git; do command -v $name; done"),
    ).toBe("/usr/bin/gcc\n/usr/bin/g++\n/usr/bin/make\n/usr/bin/git");
    expect(await runIn("python:3.12-slim-bookworm", "sh", "-c", "command -v gcc || echo none")).toBe("none");
  });

  it("nginx:1.27-alpine: busybox for sh and wget, /usr/sbin/nginx, user nginx uid 101, conf.d, pid under /var/run", async () => {
    const image = "nginx:1.27-alpine";
    expect(
      await shellIn(
        image,
        "readlink /bin/sh; readlink /usr/bin/wget; command -v nginx; id -u nginx; id -g nginx",
      ),
    ).toBe("/bin/busybox\n/bin/busybox\n/usr/sbin/nginx\n101\n101");
    const config = await shellIn(image, "nginx -T 2>/dev/null");
    expect(config).toMatch(/^user {2}nginx;$/m);
    expect(config).toMatch(/^pid {8}\/var\/run\/nginx\.pid;$/m);
    expect(config).toContain("include /etc/nginx/conf.d/*.conf;");
    expect(
      await shellIn(
        image,
        "readlink /var/run; test -x /bin/bash || echo no bash; test -x /usr/bin/apt-get || echo no apt",
      ),
    ).toBe("/run\nno bash\nno apt");
    expect(await configOf(image)).toMatchObject({
      Entrypoint: ["/docker-entrypoint.sh"],
      Cmd: ["nginx", "-g", "daemon off;"],
      StopSignal: "SIGQUIT",
    });
    // Its own entrypoint and CMD serve its welcome page on port 80, workers as nginx.
    const served = await runIn(image, "sh", "-c", "nginx && wget -qO- http://127.0.0.1/ && ps -o user,args");
    expect(served).toContain("Welcome to nginx!");
    expect(served).toMatch(/^nginx +nginx: worker process$/m);
  });

  it("nginxinc/nginx-unprivileged:1.27-alpine: runs as uid 101 on port 8080", async () => {
    const image = "nginxinc/nginx-unprivileged:1.27-alpine";
    expect((await configOf(image)).User).toBe("101");
    const served = await runIn(image, "sh", "-c", "id -u; nginx && wget -qO- http://127.0.0.1:8080/");
    expect(served).toMatch(/^101\n/);
    expect(served).toContain("Welcome to nginx!");
  });
});
