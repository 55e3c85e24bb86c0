import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join, resolve } from 'node:path';
import { createAuthenticator } from './auth/identity';
import { readConfig, type Config } from './config';
import { openDatabase } from './db';
import { prepareDashboard } from './http/dashboard.route';
import { createHttpServer } from './http/index';
import { prepareDatabase } from './prepare-database';
import { createApolloServer } from './server';
import { announceRunningServer } from './serving/running-server';

/** Process entry: config, database (migrated, seeded when empty), server, listen, graceful shutdown. */
async function main(): Promise<void> {
  const config = readConfig();
  // First start can spend half a minute creating and seeding the database: learn first whether the port is free.
  await listen(createServer(), config).then((probe) => new Promise((resolve) => probe.close(resolve)));
  const progress = (line: string) => console.log(line);
  if (!config.databaseUrl) {
    const first = !existsSync(join(config.dataDir, 'PG_VERSION'));
    const where = resolve(config.dataDir);
    progress(first ? `Creating the embedded database in ${where} (first start: up to 30 s)` : `Opening ${where}`);
  }
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    statementTimeoutMs: config.statementTimeoutMs,
  });
  await prepareDatabase(database, progress);
  const apollo = await createApolloServer({ maskErrors: config.environment === 'production', demand: config.demand });
  const authenticator = await createAuthenticator(config, database.db);
  const front = createHttpServer({
    apollo,
    db: database.db,
    authenticator,
    exposeSqlStatementCount: config.exposeSqlStatementCount,
    demand: config.demand,
    http: config.http,
    browser: config.browser,
  });
  await listen(front.server, config);
  const where = config.databaseUrl ? 'PostgreSQL' : `PGlite in ${config.dataDir}`;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  console.log(`Partnership registry on http://${host}:${config.port}/graphql (${where})`);
  if (config.browser.dashboard !== 'off') {
    console.log(`The dashboard: http://${host}:${config.port}/dashboard`);
    prepareDashboard().catch((error: unknown) => console.error('The dashboard page could not be bundled', error));
  }
  if (config.trustDevelopmentTokens) {
    console.log('A token for the explorer: npm run -s token -- --org staffordshire/county-council --role reader');
  }
  // The embedded database is this process's alone: `npm run api-key` finds the server here and asks it instead.
  const withdraw = config.databaseUrl
    ? () => {}
    : announceRunningServer(config.dataDir, {
        pid: process.pid,
        url: `http://${host}:${config.port}`,
        trustsDevelopmentTokens: config.trustDevelopmentTokens,
      });

  /**
   * The order of shutdown: (1) answer readiness 503 so a load balancer moves on, close idle kept-alive connections,
   * serve what is already arriving for a second, then stop accepting connections; (2) let the requests in flight
   * finish, each answered with `Connection: close`, for up to SHUTDOWN_GRACE_MS;
   * (3) close whatever connections remain; (4) stop Apollo; (5) close the database, after the last request that
   * could use it; (6) exit 0. A second signal exits at once.
   */
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) process.exit(1);
    stopping = true;
    console.log(`${signal}: finishing the requests in flight, then closing`);
    withdraw();
    const cutOff = await front.drain(config.shutdownGraceMs);
    if (cutOff > 0) console.warn(`${cutOff} request(s) still running after ${config.shutdownGraceMs} ms were cut off`);
    await apollo.stop();
    await database.close();
    console.log('Closed');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

/** Listens, or explains in one line why it cannot (a port taken is the usual reason) and stops. */
function listen(server: Server, config: Config): Promise<Server> {
  return new Promise((resolve) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const reasons: Record<string, string> = {
        EADDRINUSE: `port ${config.port} on ${config.host} is already in use: stop the other server or set PORT`,
        EACCES: `port ${config.port} needs privileges this process does not have: set PORT above 1023`,
        EADDRNOTAVAIL: `${config.host} is not an address of this machine: check HOST`,
      };
      console.error(`Cannot listen: ${reasons[error.code ?? ''] ?? error.message}`);
      process.exit(1);
    });
    server.listen(config.port, config.host, () => resolve(server));
  });
}

await main();
