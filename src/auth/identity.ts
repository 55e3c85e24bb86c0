import type { Config } from '../config';
import type { Database } from '../db';
import { Authenticator } from './authenticate';
import { developmentIssuerFor } from './development-key';
import { TokenVerifier } from './tokens';

/** The authenticator the configuration asks for: the OIDC issuers, plus the development key in development. */
export async function createAuthenticator(config: Config, db: Database): Promise<Authenticator> {
  const issuers = [...config.issuers];
  if (config.trustDevelopmentTokens) issuers.push(await developmentIssuerFor(config.dataDir));
  return new Authenticator(db, new TokenVerifier(issuers));
}
