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

/** Verifies bearer tokens against the trusted issuers' key sets; anything it cannot verify is rejected. */
export class TokenVerifier {
  private readonly keySets = new Map<string, JWTVerifyGetKey>();

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
        clockTolerance: 30,
      });
      const organisationCode = payload[trusted.organisationClaim];
      if (typeof organisationCode !== 'string' || !organisationCode) {
        throw new TokenRejected(`The token has no "${trusted.organisationClaim}" claim naming an organisation`);
      }
      return { subject: payload.sub!, organisationCode, roles: payload[trusted.rolesClaim] };
    } catch (error) {
      if (error instanceof TokenRejected) throw error;
      throw new TokenRejected(`The bearer token was rejected: ${(error as Error).message}`);
    }
  }
}
