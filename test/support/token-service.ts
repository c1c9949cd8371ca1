// A token service for the test bed's token-auth registry (127.0.0.1:5002): it checks basic
// credentials and signs RS256 JWTs with the key whose certificate the registry trusts, carrying
// the certificate in `x5c` (distribution 2.8 verifies the chain against its rootcertbundle).
import { createPrivateKey, randomUUID, sign, X509Certificate } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { testbed } from "./testbed";

/** What scripts/testbed wrote about the token-auth registry. */
export const tokenRegistry = testbed.tokenRegistry;

/** The test bed's user: granted what it asks; anonymous callers may only pull. */
const USER = testbed.authRegistry;
const TOKEN_SECONDS = 300;

interface Access {
  type: string;
  name: string;
  actions: string[];
}

export interface TokenService {
  /** Tokens issued so far, with the scopes asked for. */
  issued: string[][];
  close(): Promise<void>;
}

/** Starts the service on the realm's port (127.0.0.1:5003). */
export async function startTokenService(): Promise<TokenService> {
  const key = createPrivateKey(readFileSync(tokenRegistry.key));
  const certificate = new X509Certificate(readFileSync(tokenRegistry.certificate));
  const issued: string[][] = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", tokenRegistry.realm);
    const user = basicUser(request);
    if (user === null) return deny(response);
    const scopes = url.searchParams.getAll("scope");
    issued.push(scopes);
    const access = scopes.flatMap((scope) => grant(scope, user !== undefined));
    const token = signJwt(key, certificate, {
      iss: tokenRegistry.issuer,
      sub: user ?? "",
      aud: url.searchParams.get("service") ?? tokenRegistry.service,
      access,
    });
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify({ token, access_token: token, expires_in: TOKEN_SECONDS }));
  });
  const port = Number(new URL(tokenRegistry.realm).port);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  return { issued, close: () => closeServer(server) };
}

/** The user name for good credentials, undefined for none, null for wrong ones. */
function basicUser(request: IncomingMessage): string | undefined | null {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const decoded = Buffer.from(header.replace(/^Basic\s+/i, ""), "base64").toString("utf8");
  return decoded === `${USER.username}:${USER.password}` ? USER.username : null;
}

function deny(response: ServerResponse): void {
  response.writeHead(401, { "content-type": "application/json" });
  response.end(
    JSON.stringify({ errors: [{ code: "UNAUTHORIZED", message: "invalid username or password" }] }),
  );
}

/** `repository:name:pull,push` → the access claim; anonymous callers get pull only. */
function grant(scope: string, authenticated: boolean): Access[] {
  const [type, name, actions] = scope.split(":");
  if (!type || !name || !actions) return [];
  const allowed = actions.split(",").filter((action) => authenticated || action === "pull");
  return [{ type, name, actions: allowed }];
}

function signJwt(
  key: ReturnType<typeof createPrivateKey>,
  certificate: X509Certificate,
  claims: { iss: string; sub: string; aud: string; access: Access[] },
): string {
  const now = Math.floor(Date.now() / 1000);
  const header = { alg: "RS256", typ: "JWT", x5c: [certificate.raw.toString("base64")] };
  const payload = { ...claims, iat: now, nbf: now - 10, exp: now + TOKEN_SECONDS, jti: randomUUID() };
  const signed = `${base64url(header)}.${base64url(payload)}`;
  return `${signed}.${sign("sha256", Buffer.from(signed), key).toString("base64url")}`;
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}
