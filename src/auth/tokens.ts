import {
  createLocalJWKSet,
  createRemoteJWKSet,
  decodeJwt,
  jwtVerify,
  type JSONWebKeySet,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';

/** One identity provider the registry trusts: Entra ID for councils, NHS CIS2 for health staff, or the dev key. */
export interface TrustedIssuer {
  issuer: string;
  audience: string;
  /** Asymmetric algorithms only: accepting HS256 would let a public key sign tokens. */
  algorithms: string[];
  keys: { jwksUrl: string } | { jwks: JSONWebKeySet };
  /** Claim holding the organisation's registry code. */
  organisationClaim: string;
  /** Claim holding the roles. */
  rolesClaim: string;
}

export interface VerifiedToken {
  subject: string;
  organisationCode: string;
  roles: unknown;
}

export class TokenRejected extends Error {}

const symmetric = /^HS/;

/**
 * A token's signature is checked once and its verdict kept while the token is valid, for at most five minutes: a
 * dashboard sends the same token with every request, and an ES256 verification costs more CPU than serving most
 * queries. Only tokens that verified are kept, so a caller cannot fill the cache with garbage; a key withdrawn
 * from an issuer's key set stops tokens signed with it within the five minutes.
 */
const verdictLifetimeMs = 5 * 60_000;
const verdictsKept = 1_000;
const clockToleranceSeconds = 30;

/** Verifies bearer tokens against the trusted issuers' key sets; anything it cannot verify is rejected. */
export class TokenVerifier {
  private readonly keySets = new Map<string, JWTVerifyGetKey>();
  private readonly verdicts = new Map<string, { token: VerifiedToken; until: number }>();

  constructor(private readonly issuers: TrustedIssuer[]) {
    for (const trusted of issuers) {
      if (trusted.algorithms.length === 0 || trusted.algorithms.some((alg) => symmetric.test(alg) || alg === 'none')) {
        throw new Error(`Issuer ${trusted.issuer}: only asymmetric signing algorithms may be trusted`);
      }
      const keySet =
        'jwksUrl' in trusted.keys
          ? createRemoteJWKSet(new URL(trusted.keys.jwksUrl))
          : createLocalJWKSet(trusted.keys.jwks);
      this.keySets.set(trusted.issuer, keySet);
    }
  }

  async verify(token: string): Promise<VerifiedToken> {
    const kept = this.verdicts.get(token);
    if (kept && Date.now() < kept.until) return kept.token;
    if (kept) this.verdicts.delete(token);
    const { verified, expiresAt } = await this.verifySignature(token);
    if (this.verdicts.size >= verdictsKept) this.verdicts.delete(this.verdicts.keys().next().value!);
    this.verdicts.set(token, { token: verified, until: Math.min(expiresAt, Date.now() + verdictLifetimeMs) });
    return verified;
  }

  private async verifySignature(token: string): Promise<{ verified: VerifiedToken; expiresAt: number }> {
    let unverified: JWTPayload;
    try {
      unverified = decodeJwt(token);
    } catch {
      throw new TokenRejected('The bearer token is not a JWT');
    }
    // The issuer read before verification only chooses which keys to verify with; jwtVerify checks it again.
    const trusted = this.issuers.find((candidate) => candidate.issuer === unverified.iss);
    if (!trusted) throw new TokenRejected('The token’s issuer is not trusted');
    try {
      const { payload } = await jwtVerify(token, this.keySets.get(trusted.issuer)!, {
        issuer: trusted.issuer,
        audience: trusted.audience,
        algorithms: trusted.algorithms,
        requiredClaims: ['sub', 'exp'],
        clockTolerance: clockToleranceSeconds,
      });
      const organisationCode = payload[trusted.organisationClaim];
      if (typeof organisationCode !== 'string' || !organisationCode) {
        throw new TokenRejected(`The token has no "${trusted.organisationClaim}" claim naming an organisation`);
      }
      return {
        verified: { subject: payload.sub!, organisationCode, roles: payload[trusted.rolesClaim] },
        expiresAt: (payload.exp! + clockToleranceSeconds) * 1000,
      };
    } catch (error) {
      if (error instanceof TokenRejected) throw error;
      throw new TokenRejected(`The bearer token was rejected: ${(error as Error).message}`);
    }
  }
}
