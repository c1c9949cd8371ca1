// A certificate authority made for one test, and a certificate it issues for 127.0.0.1 and
// localhost, with openssl (the test bed has it): what a team's TLS secrets look like.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface TestCertificates {
  /** The CA's certificate, for clients (curl --cacert). */
  caPem: string;
  certificatePem: string;
  keyPem: string;
  /** A key of another pair, which the certificate does not match. */
  otherKeyPem: string;
}

const EC_KEY = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];

export function makeTestCertificates(): TestCertificates {
  const folder = mkdtempSync(join(tmpdir(), "quai-test-ca-"));
  const at = (name: string) => join(folder, name);
  const openssl = (...args: string[]) => execFileSync("openssl", args, { stdio: "pipe" });
  try {
    openssl(
      "req",
      "-x509",
      ...EC_KEY,
      "-days",
      "2",
      "-subj",
      "/CN=quai test CA",
      "-keyout",
      at("ca.key"),
      "-out",
      at("ca.pem"),
    );
    openssl("req", ...EC_KEY, "-subj", "/CN=127.0.0.1", "-keyout", at("leaf.key"), "-out", at("leaf.csr"));
    writeFileSync(at("leaf.ext"), "subjectAltName=IP:127.0.0.1,DNS:localhost\n");
    openssl(
      "x509",
      "-req",
      "-in",
      at("leaf.csr"),
      "-CA",
      at("ca.pem"),
      "-CAkey",
      at("ca.key"),
      "-CAcreateserial",
      "-days",
      "2",
      "-extfile",
      at("leaf.ext"),
      "-out",
      at("leaf.pem"),
    );
    openssl("req", ...EC_KEY, "-subj", "/CN=other", "-keyout", at("other.key"), "-out", at("other.csr"));
    return {
      caPem: readFileSync(at("ca.pem"), "utf8"),
      certificatePem: readFileSync(at("leaf.pem"), "utf8"),
      keyPem: readFileSync(at("leaf.key"), "utf8"),
      otherKeyPem: readFileSync(at("other.key"), "utf8"),
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
