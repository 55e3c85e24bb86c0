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
  };
}
