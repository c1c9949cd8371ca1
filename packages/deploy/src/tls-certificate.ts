// The proxy's certificate and key, checked before anything changes: a pair nginx would refuse, or
// a certificate browsers refuse, must fail the deploy with its reason, not take the proxy down.
import { createPrivateKey, type KeyObject, X509Certificate } from "node:crypto";
import { UserError } from "@quai/core";

export interface TlsSources {
  /** The step's variables that hold them, to name in errors. */
  certificateFrom: string;
  keyFrom: string;
}

/** Refuses a certificate that is not PEM, does not match the key, or is not valid at `now`. */
export function checkTlsPair(certificatePem: string, keyPem: string, sources: TlsSources, now: Date): void {
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(certificatePem);
  } catch (error) {
    throw new UserError(`${sources.certificateFrom} holds no PEM certificate`, {
      hint: "Give the certificate chain as PEM, leaf first: -----BEGIN CERTIFICATE-----…",
      cause: error,
    });
  }
  let key: KeyObject;
  try {
    key = createPrivateKey(keyPem);
  } catch (error) {
    throw new UserError(`${sources.keyFrom} holds no PEM private key`, {
      hint: "Give the key as PEM (-----BEGIN PRIVATE KEY-----), without a passphrase: nginx could not read it",
      cause: error,
    });
  }
  if (!certificate.checkPrivateKey(key)) {
    throw new UserError(
      `The certificate in ${sources.certificateFrom} does not match the key in ${sources.keyFrom}`,
      {
        hint: `Pass the key the certificate for ${certificate.subject.replaceAll("\n", ", ")} was issued for`,
      },
    );
  }
  const [notBefore, notAfter] = [new Date(certificate.validFrom), new Date(certificate.validTo)];
  if (now > notAfter) {
    throw new UserError(
      `The certificate in ${sources.certificateFrom} expired on ${notAfter.toISOString()}`,
      {
        hint: "Renew it, and pass the new certificate and key",
      },
    );
  }
  if (now < notBefore) {
    throw new UserError(
      `The certificate in ${sources.certificateFrom} is not valid before ${notBefore.toISOString()}`,
      { hint: "Check the clock of the machine that issued it, or wait until then" },
    );
  }
}
