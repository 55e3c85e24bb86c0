import { parseArgs } from 'node:util';
import { issueApiKey } from '../auth/api-keys';
import { NoDevelopmentKey, signDevelopmentToken } from '../auth/development-key';
import { organisationByCode } from '../auth/organisation-by-code';
import { readConfig, type Config } from '../config';
import { openDatabase } from '../db';
import { runningServer, type RunningServer } from '../serving/running-server';

/**
 * `npm run -s api-key -- --org <organisation code> --label "<what it is for>" [--write]` issues a key for a machine
 * client and writes its secret, once and alone, on stdout; only its hash is kept. On PostgreSQL it writes the key
 * itself, and a running server accepts it at once (keys are read from the database on every request). While a
 * server holds the embedded database (no second process may open it), it asks that server instead, through
 * `POST /admin/api-keys` with a short-lived administrator token signed by the development key beside it.
 */
const { values } = parseArgs({
  options: { org: { type: 'string' }, label: { type: 'string' }, write: { type: 'boolean', default: false } },
});
if (!values.org || !values.label) {
  console.error('Usage: npm run -s api-key -- --org <organisation code> --label "<what it is for>" [--write]');
  process.exit(2);
}
const request = { organisation: values.org, label: values.label, canWrite: values.write };
const config = readConfig();
const server = config.databaseUrl ? null : runningServer(config.dataDir);
try {
  const secret = server ? await throughServer(server, config) : await directly(config);
  process.stdout.write(`${secret}\n`);
  console.error(`API key for ${values.org}${values.write ? ', able to write' : ', read only'}: send it as X-API-Key`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

async function directly(config: Config): Promise<string> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await database.migrate();
    const organisation = await organisationByCode(database.db, request.organisation);
    if (!organisation) throw new Error(`No organisation has the code "${request.organisation}"`);
    return (await issueApiKey(database.db, organisation.id, request.label, request.canWrite)).secret;
  } finally {
    await database.close();
  }
}

async function throughServer(server: RunningServer, config: Config): Promise<string> {
  const held = `The server at ${server.url} (process ${server.pid}) holds the embedded database in ${config.dataDir}`;
  if (!server.trustsDevelopmentTokens) {
    throw new Error(`${held}: stop it first, or POST /admin/api-keys to it with an administrator's token`);
  }
  let token: string;
  try {
    token = await signDevelopmentToken(config.dataDir, {
      subject: 'npm run api-key',
      organisationCode: request.organisation,
      roles: ['administrator'],
      hours: 0.05,
    });
  } catch (error) {
    if (error instanceof NoDevelopmentKey) throw new Error(`${held}, but ${error.message}`);
    throw error;
  }
  console.error(`${held}: asking it to issue the key`);
  const response = await fetch(`${server.url}/admin/api-keys`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(request),
  });
  const answer = (await response.json()) as { secret?: string; errors?: { message: string }[] };
  if (response.status !== 201 || !answer.secret) {
    throw new Error(`The server refused: ${answer.errors?.[0]?.message ?? response.status}`);
  }
  return answer.secret;
}
