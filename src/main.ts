import 'reflect-metadata';
import { createAuthenticator } from './auth/identity';
import { readConfig } from './config';
import { openDatabase } from './db';
import { createHttpServer } from './http';
import { prepareDatabase } from './prepare-database';
import { createApolloServer } from './server';

/** Process entry: config, database (migrated, seeded when empty), server, listen, graceful shutdown. */
async function main(): Promise<void> {
  const config = readConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await prepareDatabase(database);
  const apollo = await createApolloServer({ maskErrors: config.environment === 'production' });
  const authenticator = await createAuthenticator(config, database.db);
  const server = createHttpServer({
    apollo,
    db: database.db,
    authenticator,
    exposeSqlStatementCount: config.exposeSqlStatementCount,
  });
  server.listen(config.port, () => {
    const where = config.databaseUrl ? 'PostgreSQL' : `PGlite in ${config.dataDir}`;
    console.log(`Partnership registry on http://localhost:${config.port}/graphql (${where})`);
  });

  const shutdown = async (signal: string) => {
    console.log(`${signal}: closing`);
    server.close();
    await apollo.stop();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

await main();
