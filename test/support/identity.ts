import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import type { TrustedIssuer } from '../../src/auth/tokens';

export const testIssuer = 'https://identity.test.invalid';
export const testAudience = 'partnership-registry';

export interface TestIdentity {
  issuer: TrustedIssuer;
  /** Signs a token as the trusted test provider would; `claims` override the defaults. */
  sign(
    claims: Record<string, unknown>,
    options?: { expiresIn?: string; issuer?: string; audience?: string },
  ): Promise<string>;
  publicJwk: JWK;
  privateKey: CryptoKey;
}

/** An identity provider of the tests' own, with a key pair made for this run. */
export async function createTestIdentity(): Promise<TestIdentity> {
  const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
  const publicJwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'ES256' };
  return {
    publicJwk,
    privateKey,
    issuer: {
      issuer: testIssuer,
      audience: testAudience,
      algorithms: ['ES256'],
      keys: { jwks: { keys: [publicJwk] } },
      organisationClaim: 'org',
      rolesClaim: 'roles',
    },
    sign: (claims, options = {}) =>
      new SignJWT({ sub: 'tester', ...claims })
        .setProtectedHeader({ alg: 'ES256', kid: 'test-key' })
        .setIssuer(options.issuer ?? testIssuer)
        .setAudience(options.audience ?? testAudience)
        .setIssuedAt()
        .setExpirationTime(options.expiresIn ?? '1h')
        .sign(privateKey),
  };
}
