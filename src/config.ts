import type { TrustedIssuer } from './auth/tokens';

/** The only reader of process.env: everything else receives a Config. */
export type Environment = 'development' | 'test' | 'production';

export interface Config {
  environment: Environment;
  port: number;
  /** The interface to listen on: 127.0.0.1 serves this machine only, 0.0.0.0 (or ::) every network it is on. */
  host: string;
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
  /** What one request may ask of the registry: the document's shape, its estimated cost, and its time. */
  demand: DemandLimits;
  /** How long the HTTP front waits for slow clients, and how many it serves at once. */
  http: HttpLimits;
  /** Which other origins' pages may call the API, and who is shown the explorer. */
  browser: BrowserAccess;
  /** PostgreSQL: the longest one statement may run before the server cancels it. */
  statementTimeoutMs: number;
  /** How long a SIGTERM waits for the requests in flight before closing their connections. */
  shutdownGraceMs: number;
}

export interface DemandLimits {
  /** Nested selections, counted through fragments. */
  maxDepth: number;
  /** Aliased fields, `__typename` included. */
  maxAliases: number;
  /** Fields at the root of one operation. */
  maxRootFields: number;
  /** Mutation fields in one request: each is a transaction of its own. */
  maxMutationFields: number;
  maxDirectives: number;
  /** Lexical tokens in the document; the parser stops counting past this. */
  maxTokens: number;
  /** Estimated cost: one per field, multiplied by each list's size (`first`, or an estimate for plain lists). */
  maxCost: number;
  /** Wall-clock time a request may take before its remaining work is refused. */
  requestTimeoutMs: number;
}

export interface HttpLimits {
  /** The whole request line and headers must arrive within this. */
  headersTimeoutMs: number;
  /** The whole request, body included, must arrive within this. */
  requestTimeoutMs: number;
  /** An idle kept-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  maxConnections: number;
  maxBodyBytes: number;
  /** Answers at least this long are compressed (gzip or brotli) for clients that accept it. */
  compressionThresholdBytes: number;
}

/** Who is shown the explorer page: anyone, only requests with valid credentials, or no one. */
export type ExplorerAccess = 'public' | 'authenticated' | 'off';
const explorerAccesses: ExplorerAccess[] = ['public', 'authenticated', 'off'];

/** Who is shown the dashboard page (DASHBOARD): the same choice as the explorer's. */
export type DashboardAccess = ExplorerAccess;

export interface BrowserAccess {
  /** Origins (`https://intranet.example.nhs.uk`) whose pages may call the API from a browser; none by default. */
  corsOrigins: string[];
  explorer: ExplorerAccess;
  /** The page holds no data (it asks the API with the user's own credentials), so it is public unless set. */
  dashboard?: DashboardAccess;
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
  const number = numberReader(env);
  return {
    environment,
    port,
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.DATA_DIR ?? './data',
    exposeSqlStatementCount: environment !== 'production' && env.EXPOSE_SQL_STATEMENT_COUNT !== 'false',
    issuers: readIssuers(env.OIDC_ISSUERS),
    trustDevelopmentTokens: environment === 'development',
    demand: {
      maxDepth: number('MAX_QUERY_DEPTH', defaultDemand.maxDepth),
      maxAliases: number('MAX_QUERY_ALIASES', defaultDemand.maxAliases),
      maxRootFields: number('MAX_ROOT_FIELDS', defaultDemand.maxRootFields),
      maxMutationFields: number('MAX_MUTATION_FIELDS', defaultDemand.maxMutationFields),
      maxDirectives: number('MAX_QUERY_DIRECTIVES', defaultDemand.maxDirectives),
      maxTokens: number('MAX_QUERY_TOKENS', defaultDemand.maxTokens),
      maxCost: number('MAX_QUERY_COST', defaultDemand.maxCost),
      requestTimeoutMs: number('REQUEST_DEADLINE_MS', defaultDemand.requestTimeoutMs),
    },
    http: {
      headersTimeoutMs: number('HEADERS_TIMEOUT_MS', defaultHttp.headersTimeoutMs),
      requestTimeoutMs: number('REQUEST_TIMEOUT_MS', defaultHttp.requestTimeoutMs),
      keepAliveTimeoutMs: number('KEEP_ALIVE_TIMEOUT_MS', defaultHttp.keepAliveTimeoutMs),
      maxConnections: number('MAX_CONNECTIONS', defaultHttp.maxConnections),
      maxBodyBytes: number('MAX_BODY_BYTES', defaultHttp.maxBodyBytes),
      compressionThresholdBytes: number('COMPRESSION_THRESHOLD_BYTES', defaultHttp.compressionThresholdBytes),
    },
    browser: {
      corsOrigins: readOrigins(env.CORS_ORIGINS),
      explorer: readExplorer(env.EXPLORER, environment),
      dashboard: readAccess('DASHBOARD', env.DASHBOARD, 'public'),
    },
    statementTimeoutMs: number('STATEMENT_TIMEOUT_MS', 5_000),
    shutdownGraceMs: number('SHUTDOWN_GRACE_MS', 10_000),
  };
}

/**
 * Defaults that every README example and dashboard query passes several times over, while the abusive documents
 * measured against the registry (16 levels deep, 50 aliased pages of 100 bodies, 101 aliases, 20 000 tokens, 50
 * mutations) are refused before any resolver runs.
 */
export const defaultDemand: DemandLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxRootFields: 20,
  maxMutationFields: 10,
  maxDirectives: 20,
  maxTokens: 5_000,
  maxCost: 100_000,
  requestTimeoutMs: 10_000,
};

export const defaultHttp: HttpLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 15_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 1_000,
  maxBodyBytes: 256 * 1024,
  compressionThresholdBytes: 1024,
};

export const defaultBrowser: BrowserAccess = { corsOrigins: [], explorer: 'public' };

/** CORS_ORIGINS='https://a.example, https://b.example': exact origins, scheme and host (and port) without a path. */
function readOrigins(text: string | undefined): string[] {
  if (!text?.trim()) return [];
  return text.split(',').map((entry) => {
    const origin = entry.trim();
    let parsed: URL | null = null;
    try {
      parsed = new URL(origin);
    } catch {
      // reported below
    }
    if (!parsed || parsed.origin !== origin) {
      throw new Error(`CORS_ORIGINS must list origins such as https://intranet.example; got "${origin}"`);
    }
    return origin;
  });
}

/** The explorer is public outside production; in production only requests with credentials get it, unless set. */
function readExplorer(text: string | undefined, environment: Environment): ExplorerAccess {
  return readAccess('EXPLORER', text, environment === 'production' ? 'authenticated' : 'public');
}

function readAccess(name: string, text: string | undefined, fallback: ExplorerAccess): ExplorerAccess {
  if (!text) return fallback;
  if (!explorerAccesses.includes(text as ExplorerAccess)) {
    throw new Error(`${name} must be one of ${explorerAccesses.join(', ')}; got "${text}"`);
  }
  return text as ExplorerAccess;
}

/** Reads a positive whole number from the environment, or the default; anything else stops the process at start. */
function numberReader(env: NodeJS.ProcessEnv) {
  return (name: string, fallback: number): number => {
    const text = env[name];
    if (text === undefined || text === '') return fallback;
    const value = Number(text);
    if (!Number.isInteger(value) || value <= 0)
      throw new Error(`${name} must be a positive whole number; got "${text}"`);
    return value;
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
