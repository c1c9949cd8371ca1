import { describe, expect, it } from "vitest";
import {
  type AppliedConfiguration,
  CONFIGURATION_LABEL,
  configurationDifferences,
  configurationRecord,
  portDescription,
} from "./configuration-record";

const written: AppliedConfiguration = {
  env: ["GREETING=hello", "API_TOKEN_FILE=/run/secrets/API_TOKEN"],
  labels: { "io.github.quai.deploy.version": "1.0.0", "io.github.quai.run-id": "run-1" },
  ports: ["8080->8080/tcp"],
  networks: ["quai-shop-staging", "db-net"],
};
/** What the engine shows back when nothing changed: quai's record among the labels. */
const asDeployed = (): AppliedConfiguration => ({
  ...written,
  env: [...written.env],
  labels: { ...written.labels, [CONFIGURATION_LABEL]: configurationRecord(written) },
});
const strict = { extraVariables: true };

describe("the configuration record", () => {
  it("finds no difference in what quai wrote, whatever the order the engine lists it in", () => {
    const actual = asDeployed();
    actual.networks.reverse();
    expect(configurationDifferences(actual, strict)).toEqual([]);
  });

  it("keeps no value in the label, only a fingerprint of it", () => {
    expect(configurationRecord(written)).not.toContain("hello");
    expect(JSON.parse(configurationRecord(written)).env.GREETING).toMatch(/^[0-9a-f]{12}$/);
  });

  it("says each variable changed, removed or (where the engine adds none) added", () => {
    const actual = asDeployed();
    actual.env = ["GREETING=hi", "DEBUG=1"];
    expect(configurationDifferences(actual, strict)).toEqual([
      "variable GREETING differs from what quai set",
      "variable API_TOKEN_FILE removed outside quai",
      "variable DEBUG added outside quai",
    ]);
    // A Docker host's container has its image's ENV too: a variable quai did not set is no difference there.
    expect(configurationDifferences(actual, { extraVariables: false })).toEqual([
      "variable GREETING differs from what quai set",
      "variable API_TOKEN_FILE removed outside quai",
    ]);
  });

  it("says each of quai's labels changed, removed or added, and leaves other labels alone", () => {
    const actual = asDeployed();
    actual.labels = {
      [CONFIGURATION_LABEL]: actual.labels[CONFIGURATION_LABEL] ?? "",
      "io.github.quai.deploy.version": "2.0.0",
      "io.github.quai.deploy.owner": "someone",
      "org.opencontainers.image.title": "shop",
    };
    expect(configurationDifferences(actual, strict)).toEqual([
      "label io.github.quai.deploy.version differs from what quai set",
      "label io.github.quai.deploy.owner added outside quai",
    ]);
  });

  it("says each port and network added or taken away", () => {
    const actual = asDeployed();
    actual.ports = ["127.0.0.1:9090->8080/tcp"];
    actual.networks = ["quai-shop-staging", "extra-net"];
    expect(configurationDifferences(actual, strict)).toEqual([
      "port 127.0.0.1:9090->8080/tcp published outside quai",
      "port 8080->8080/tcp unpublished outside quai",
      "network extra-net connected outside quai",
      "network db-net disconnected outside quai",
    ]);
  });

  it("has nothing to compare with when quai kept no record, or one it cannot read", () => {
    expect(configurationDifferences(written, strict)).toBeUndefined();
    const garbled = { ...written, labels: { [CONFIGURATION_LABEL]: "{not json" } };
    expect(configurationDifferences(garbled, strict)).toBeUndefined();
  });

  it("describes a port with and without its host address", () => {
    expect(portDescription({ hostIp: "127.0.0.1", hostPort: 18080, containerPort: 8080 })).toBe(
      "127.0.0.1:18080->8080/tcp",
    );
    expect(portDescription({ hostPort: 53, containerPort: 53, protocol: "udp" })).toBe("53->53/udp");
  });
});
