import type { TrustedIssuer } from './auth/tokens';

/** The only reader of process.env: everything else receives a Config. */
export type Environment = 'development' | 'test' | 'production';

export interface Config {
  environment: Environment;
  port: number;
  /** postgres://… selects a PostgreSQL server through postgres.js; unset selects embedded PGlite. */
  databaseUrl: string | undefined;
  /** Where embedded PGlite keeps its files. */
  dataDir: string;
  /** Adds the request's SQL statement count to responses as `x-sql-statements` (development and tests only). */
  exposeSqlStatementCount: boolean;
  /** Identity providers whose tokens are accepted (OIDC_ISSUERS, a JSON array). */
  issuers: TrustedIssuer[];
  /** Development mode also trusts tokens from `npm run token`, signed by a key kept in the data directory. */
  trustDevelopmentTokens: boolean;
}

const environments: Environment[] = ['development', 'test', 'production'];

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const environment = (env.NODE_ENV ?? 'development') as Environment;
  if (!environments.includes(environment)) {
    throw new Error(`NODE_ENV must be one of ${environments.join(', ')}; got "${env.NODE_ENV}"`);
  }
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number; got "${env.PORT}"`);
  return {
    environment,
    port,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.DATA_DIR ?? './data',
    exposeSqlStatementCount: environment !== 'production' && env.EXPOSE_SQL_STATEMENT_COUNT !== 'false',
    issuers: readIssuers(env.OIDC_ISSUERS),
    trustDevelopmentTokens: environment === 'development',
  };
}

/**
 * OIDC_ISSUERS='[{"issuer":"https://login.microsoftonline.com/<tenant>/v2.0","audience":"api://registry",
 * "jwksUrl":"https://login.microsoftonline.com/<tenant>/discovery/v2.0/keys","algorithms":["RS256"],
 * "organisationClaim":"org","rolesClaim":"roles"}]' — one entry per identity provider (Entra ID, NHS CIS2…).
 */
function readIssuers(json: string | undefined): TrustedIssuer[] {
  if (!json) return [];
  const parsed = JSON.parse(json) as Partial<TrustedIssuer & { jwksUrl: string }>[];
  if (!Array.isArray(parsed)) throw new Error('OIDC_ISSUERS must be a JSON array');
  return parsed.map((entry, index) => {
    const {
      issuer,
      audience,
      jwksUrl,
      algorithms = ['RS256'],
      organisationClaim = 'org',
      rolesClaim = 'roles',
    } = entry;
    if (!issuer || !audience || !jwksUrl) {
      throw new Error(`OIDC_ISSUERS[${index}] needs issuer, audience and jwksUrl`);
    }
    return { issuer, audience, algorithms, keys: { jwksUrl }, organisationClaim, rolesClaim };
  });
}
