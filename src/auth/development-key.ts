import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import type { TrustedIssuer } from './tokens';

/** Tokens from this issuer are trusted only when the server runs in development mode. */
export const developmentIssuer = 'urn:partnership-registry:development';
export const registryAudience = 'partnership-registry';
const algorithm = 'ES256';

const keyFile = (dataDir: string) => join(dataDir, 'development-signing-key.json');

/** The local development signing key, made on first use and kept beside the embedded database. */
export async function developmentKey(dataDir: string): Promise<JWK> {
  const file = keyFile(dataDir);
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as JWK;
  const { privateKey } = await generateKeyPair(algorithm, { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: `development-${Date.now()}`, alg: algorithm };
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, JSON.stringify(jwk), { mode: 0o600 });
  return jwk;
}

export async function developmentIssuerFor(dataDir: string): Promise<TrustedIssuer> {
  const { d: _private, ...publicKey } = await developmentKey(dataDir);
  return {
    issuer: developmentIssuer,
    audience: registryAudience,
    algorithms: [algorithm],
    keys: { jwks: { keys: [publicKey] } },
    organisationClaim: 'org',
    rolesClaim: 'roles',
  };
}

export interface TokenRequest {
  subject: string;
  organisationCode: string;
  roles: string[];
  hours?: number;
}

/** There is no signing key where one was looked for: the server it would sign for has never run there. */
export class NoDevelopmentKey extends Error {}

/**
 * Signs with the key a development server made in `dataDir`, never with a new one: a token signed by a key that no
 * server holds would only be refused.
 */
export async function signDevelopmentToken(dataDir: string, request: TokenRequest): Promise<string> {
  const file = keyFile(dataDir);
  if (!existsSync(file)) {
    throw new NoDevelopmentKey(
      `No development signing key in ${resolve(dataDir)}: a server in development mode makes it on start. ` +
        'Start the server (npm start), or set DATA_DIR to the directory of the server the token is for.',
    );
  }
  const jwk = JSON.parse(await readFile(file, 'utf8')) as JWK;
  const key = await importJWK(jwk, algorithm);
  return new SignJWT({ org: request.organisationCode, roles: request.roles })
    .setProtectedHeader({ alg: algorithm, kid: jwk.kid })
    .setIssuer(developmentIssuer)
    .setAudience(registryAudience)
    .setSubject(request.subject)
    .setIssuedAt()
    .setExpirationTime(`${request.hours ?? 8}h`)
    .sign(key);
}
