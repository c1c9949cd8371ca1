import { UserError } from "@quai/core";
import { beforeAll, describe, expect, it } from "vitest";
import { makeTestCertificates, type TestCertificates } from "./testing/test-certificates";
import { checkTlsPair } from "./tls-certificate";

const SOURCES = { certificateFrom: "TLS_CERT", keyFrom: "TLS_KEY" };
const DAY_MS = 86_400_000;

let pair: TestCertificates;
beforeAll(() => {
  pair = makeTestCertificates();
});

function refusal(run: () => void): UserError {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error("it was not refused");
}

describe("checkTlsPair", () => {
  it("takes a certificate with its own key, valid now", () => {
    expect(() => checkTlsPair(pair.certificatePem, pair.keyPem, SOURCES, new Date())).not.toThrow();
  });

  it("refuses a key the certificate was not issued for, naming both variables", () => {
    const error = refusal(() => checkTlsPair(pair.certificatePem, pair.otherKeyPem, SOURCES, new Date()));
    expect(error.message).toBe("The certificate in TLS_CERT does not match the key in TLS_KEY");
    expect(error.hint).toContain("CN=127.0.0.1");
  });

  it("refuses an expired certificate, and one not valid yet", () => {
    const expired = refusal(() =>
      checkTlsPair(pair.certificatePem, pair.keyPem, SOURCES, new Date(Date.now() + 5 * DAY_MS)),
    );
    expect(expired.message).toMatch(/^The certificate in TLS_CERT expired on \d{4}-\d\d-\d\dT/);
    const early = refusal(() =>
      checkTlsPair(pair.certificatePem, pair.keyPem, SOURCES, new Date(Date.now() - 5 * DAY_MS)),
    );
    expect(early.message).toMatch(/^The certificate in TLS_CERT is not valid before /);
  });

  it("says which variable holds no PEM", () => {
    expect(refusal(() => checkTlsPair("not a certificate", pair.keyPem, SOURCES, new Date())).message).toBe(
      "TLS_CERT holds no PEM certificate",
    );
    expect(refusal(() => checkTlsPair(pair.certificatePem, "nope", SOURCES, new Date())).message).toBe(
      "TLS_KEY holds no PEM private key",
    );
  });
});
