import { type Clock, systemClock } from "@quai/core";
import { type AuthChallenge, parseChallenge } from "./auth-challenge";
import type { Credentials } from "./credentials";
import { type HttpTransport, readBody } from "./http-transport";
import { connectionError, responseError } from "./registry-errors";

interface CachedToken {
  token: string;
  expiresAt: number;
}

/** Tokens are refreshed this long before they expire, so none runs out in the middle of a request. */
const EXPIRY_MARGIN_MS = 10_000;
/** The distribution token spec's default lifetime, for services that do not say. */
const DEFAULT_TOKEN_SECONDS = 60;

/**
 * How one registry wants to be spoken to, learned from its first 401: anonymously, with basic
 * auth, or with bearer tokens from its token service, fetched once per set of scopes and cached.
 */
export class RegistryAuth {
  private challenge: AuthChallenge | undefined;
  private readonly tokens = new Map<string, CachedToken>();

  constructor(
    private readonly registry: string,
    private readonly transport: HttpTransport,
    private readonly credentials: Credentials | undefined,
    private readonly clock: Clock = systemClock,
  ) {}

  /** The Authorization header for a request needing `scopes`, or none while none was asked for. */
  async header(scopes: readonly string[]): Promise<string | undefined> {
    if (this.challenge?.scheme === "basic") return this.credentials && basicHeader(this.credentials);
    if (this.challenge?.scheme === "bearer") return `Bearer ${await this.token(this.challenge, scopes)}`;
    return undefined;
  }

  /**
   * Takes in a 401's challenge; true when the request is worth sending again (the scheme is new,
   * or the token service may grant what the challenge asks for).
   */
  learn(header: string | undefined, scopes: readonly string[]): boolean {
    const challenge = parseChallenge(header);
    if (!challenge) return false;
    const known = this.challenge;
    this.challenge = challenge;
    if (challenge.scheme === "basic") return known?.scheme !== "basic" && this.credentials !== undefined;
    const cached = this.tokens.delete(scopeKey(withChallengeScope(challenge, scopes)));
    return known?.scheme !== "bearer" || !cached;
  }

  private async token(challenge: AuthChallenge, scopes: readonly string[]): Promise<string> {
    const wanted = withChallengeScope(challenge, scopes);
    const key = scopeKey(wanted);
    const cached = this.tokens.get(key);
    if (cached && cached.expiresAt > this.clock.now()) return cached.token;
    const fetched = await this.fetchToken(challenge, wanted);
    this.tokens.set(key, fetched);
    return fetched.token;
  }

  private async fetchToken(challenge: AuthChallenge, scopes: readonly string[]): Promise<CachedToken> {
    const realm = challenge.params.realm;
    if (!realm)
      throw responseError("authenticate", this.registry, 401, "its bearer challenge names no realm");
    const url = new URL(realm);
    if (challenge.params.service) url.searchParams.set("service", challenge.params.service);
    for (const scope of scopes) url.searchParams.append("scope", scope);
    const operation = `issue a token for ${scopes.join(" ") || "the registry"} at ${url.origin}`;
    const headers: Record<string, string> = this.credentials
      ? { authorization: basicHeader(this.credentials) }
      : {};
    const response = await this.transport({ method: "GET", url: url.href, headers }).catch(
      (error: unknown) => {
        throw connectionError(operation, this.registry, error);
      },
    );
    const body = (await readBody(response)).toString("utf8");
    if (response.status !== 200) throw responseError(operation, this.registry, response.status, body);
    const parsed = JSON.parse(body) as { token?: string; access_token?: string; expires_in?: number };
    const token = parsed.token ?? parsed.access_token;
    if (!token) throw responseError(operation, this.registry, response.status, "the answer holds no token");
    const seconds = parsed.expires_in ?? DEFAULT_TOKEN_SECONDS;
    return { token, expiresAt: this.clock.now() + seconds * 1000 - EXPIRY_MARGIN_MS };
  }
}

function basicHeader(credentials: Credentials): string {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64")}`;
}

/** The scopes a request needs, plus whatever the registry's challenge asked for. */
function withChallengeScope(challenge: AuthChallenge, scopes: readonly string[]): string[] {
  const asked = challenge.params.scope?.split(" ").filter(Boolean) ?? [];
  return [...new Set([...scopes, ...asked])].sort();
}

function scopeKey(scopes: readonly string[]): string {
  return scopes.join(" ");
}

/** `repository:<name>:<actions>`, the scope a token must carry to read or write a repository. */
export function repositoryScope(repository: string, actions: "pull" | "pull,push"): string {
  return `repository:${repository}:${actions}`;
}
