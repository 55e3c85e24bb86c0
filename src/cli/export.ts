import 'reflect-metadata';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';
import { Authenticator } from '../auth/authenticate';
import { TokenVerifier } from '../auth/tokens';
import { publicReader, type Viewer } from '../auth/viewer';
import { readConfig } from '../config';
import { createContext } from '../context';
import { openDatabase, type Database } from '../db';
import {
  countRows,
  csvExport,
  exportKindNamed,
  exportKinds,
  ExportRefused,
  jsonLdExport,
  resolveScope,
  type ExportRun,
} from '../modules/exports/index';
import { runningServer } from '../serving/running-server';
import { progressBar } from './progress-bar';

/**
 * `npm run export -- --area <code|england> --kind <kind|jsonld> [--as-of YYYY-MM-DD] [--out file] [--bom]
 * [--org <code> --role <role> … | --api-key <key>]` writes the same export as `/export/…`, authorised the same way:
 * as the organisation and roles given (the operator vouching for them, as an issuer would), as an API key's holder,
 * or, given neither, as a reader who sees only what is public. Confidential values written are recorded in the read
 * audit under the subject `cli:<org>` (or the key's). A progress bar (rows written / total) goes to stderr.
 */
const usage =
  'Usage: npm run export -- --area <GSS code|england> --kind <' +
  [...exportKinds.map((kind) => kind.name), 'jsonld'].join('|') +
  '> [--as-of YYYY-MM-DD] [--out file] [--bom] [--org <code> --role <role> … | --api-key <key>]';

const { values } = parseArgs({
  options: {
    area: { type: 'string' },
    kind: { type: 'string' },
    'as-of': { type: 'string' },
    out: { type: 'string' },
    bom: { type: 'boolean', default: false },
    org: { type: 'string' },
    role: { type: 'string', multiple: true, default: [] },
    'api-key': { type: 'string' },
  },
});
if (!values.area || !values.kind || (values.org && values['api-key'])) fail(usage, 2);
const kind = values.kind === 'jsonld' ? null : exportKindNamed(values.kind!);
if (values.kind !== 'jsonld' && !kind) fail(`There is no export of "${values.kind}".\n${usage}`, 2);

const config = readConfig();
if (!config.databaseUrl && runningServer(config.dataDir)) {
  fail(
    `A server holds the embedded database in ${config.dataDir}: download from it instead, e.g.
  curl -H "Authorization: Bearer $(npm run -s token -- --org <code> --role reader)" \\
    "http://localhost:${config.port}/export/${values.area}/${values.kind === 'jsonld' ? '' : `${values.kind}.csv`}"`,
    1,
  );
}
const database = await openDatabase({
  databaseUrl: config.databaseUrl,
  dataDir: config.dataDir,
  statementTimeoutMs: config.statementTimeoutMs,
});
try {
  const viewer = await viewerOf(database.db);
  const scope = await resolveScope(database.db, values.area!, values['as-of'] ?? null);
  const total = await countRows(database.db, kind ? [kind] : exportKinds, scope);
  const bar = progressBar(process.stderr, total);
  const run: ExportRun = {
    scope,
    context: createContext(database.db, viewer),
    auditDb: database.db,
    signal: null,
    onRows: bar.update,
  };
  const out: Writable = values.out ? createWriteStream(values.out) : process.stdout;
  for await (const chunk of kind ? csvExport(kind, run, values.bom) : jsonLdExport(run, null)) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
  bar.done();
  if (values.out) {
    out.end();
    await once(out, 'finish');
    console.error(`Wrote ${values.out}`);
  }
} catch (error) {
  if (error instanceof ExportRefused) fail(error.message, 2);
  throw error;
} finally {
  await database.close();
}

async function viewerOf(db: Database): Promise<Viewer> {
  if (!values.org && !values['api-key']) return publicReader('cli:public');
  const authenticator = new Authenticator(db, new TokenVerifier([]));
  const authentication = values['api-key']
    ? await authenticator.authenticate({ apiKey: values['api-key'] })
    : await authenticator.forOrganisation(values.org!, values.role, `cli:${values.org}`);
  if ('failure' in authentication) fail(authentication.failure, 1);
  return authentication.viewer;
}

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}
