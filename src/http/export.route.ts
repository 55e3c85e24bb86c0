import { once } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Authenticator } from '../auth/authenticate';
import { createContext } from '../context';
import { scopeDatabase, type Database } from '../db';
import {
  csvExport,
  exportKindNamed,
  ExportRefused,
  jsonLdContext,
  jsonLdExport,
  resolveScope,
  type ExportRun,
} from '../modules/exports/index';
import { requestCancelled, requestTimedOut } from '../shared/service-failures';
import { credentialsRefused } from './graphql.route';
import { sendGraphQLError, sendJson } from './respond';

export interface ExportRouteOptions {
  db: Database;
  authenticator: Authenticator;
  exposeSqlStatementCount: boolean;
  /** Time to the first row: authentication, the area, the opening of the cursor (the API's request deadline). */
  firstRowTimeoutMs: number;
  /** The whole export, once rows flow (default five minutes: the national membership export takes seconds). */
  exportTimeoutMs?: number;
}

const defaultExportTimeoutMs = 5 * 60_000;

/** `/export/{area}/{kind}.csv` and `/export/{area}.jsonld`; `{area}` is a GSS code or `england`. */
const csvPath = /^\/export\/([^/]+)\/([a-z-]+)\.csv$/;
const jsonLdPath = /^\/export\/([^/]+)\.jsonld$/;
export const contextPath = '/export/context.jsonld';

/**
 * The exports. Authenticated like /graphql (a bearer token or an API key, 401 otherwise) and authorised like it:
 * every confidential cell is judged by its GraphQL field's rule. Rows are read from a cursor a batch at a time and
 * written as they come, waiting whenever the client reads slower than the database answers, so memory stays flat.
 *
 * Time: the request deadline runs until the first rows are ready (a request that cannot start in that time is
 * refused as /graphql refuses it); from then on the export has `exportTimeoutMs`, and it stops as soon as the client
 * goes away. Each statement (each fetch of a batch, on PostgreSQL) is bounded by the statement timeout. An export
 * cut off once its answer has begun ends its connection without the closing chunk, so no client can take a cut
 * export for a whole one. The SQL statement count, where exposed, comes as the `x-sql-statements` trailer.
 */
export function exportRoute(options: ExportRouteOptions) {
  return async (url: URL, request: IncomingMessage, response: ServerResponse, requestId: string): Promise<void> => {
    if (request.method !== 'GET') {
      return sendGraphQLError(response, 405, 'Use GET', { code: 'BAD_REQUEST' }, { allow: 'GET' });
    }
    if (url.pathname === contextPath) {
      // The vocabulary is public, so that any JSON-LD processor can read the documents it describes.
      return sendJson(response, 200, jsonLdContext, { 'content-type': 'application/ld+json; charset=utf-8' });
    }
    const authentication = await options.authenticator.authenticate({
      authorization: request.headers.authorization,
      apiKey: typeof request.headers['x-api-key'] === 'string' ? request.headers['x-api-key'] : undefined,
    });
    if ('failure' in authentication) {
      console.warn(`[request ${requestId}] credentials refused: ${authentication.failure}`);
      const headers = { 'www-authenticate': 'Bearer realm="partnership-registry"' };
      return sendGraphQLError(response, 401, credentialsRefused, { code: 'UNAUTHENTICATED', requestId }, headers);
    }
    const csv = csvPath.exec(url.pathname);
    const jsonLd = csv ? null : jsonLdPath.exec(url.pathname);
    const stop = new AbortController();
    const firstRow = setTimeout(
      () => stop.abort(requestTimedOut(options.firstRowTimeoutMs)),
      options.firstRowTimeoutMs,
    );
    const wholeMs = options.exportTimeoutMs ?? defaultExportTimeoutMs;
    const whole = setTimeout(() => stop.abort(requestTimedOut(wholeMs)), wholeMs);
    const onClose = () => response.writableFinished || stop.abort(requestCancelled());
    response.once('close', onClose);
    const scoped = scopeDatabase(options.db, stop.signal);
    try {
      if (!csv && !jsonLd)
        throw new ExportRefused(
          404,
          'NOT_FOUND',
          'path',
          'Exports are /export/{area}/{kind}.csv and /export/{area}.jsonld',
        );
      const kind = csv ? exportKindNamed(csv[2]!) : null;
      if (csv && !kind) throw new ExportRefused(400, 'BAD_USER_INPUT', 'kind', `There is no export of "${csv[2]}"`);
      const scope = await resolveScope(
        scoped.db,
        decodeURIComponent((csv ?? jsonLd)![1]!),
        url.searchParams.get('asOf'),
      );
      const context = createContext(scoped.db, authentication.viewer, { requestId });
      const run: ExportRun = { scope, context, auditDb: options.db, signal: stop.signal };
      const bom = url.searchParams.get('bom') === '1';
      const chunks = kind ? csvExport(kind, run, bom) : jsonLdExport(run, contextUrlOf(request));
      const name = `${scope.areaCode}-${kind?.name ?? 'registry'}-${scope.asOf}.${kind ? 'csv' : 'jsonld'}`;
      await stream(
        chunks,
        response,
        {
          'content-type': kind ? 'text/csv; charset=utf-8; header=present' : 'application/ld+json; charset=utf-8',
          'content-disposition': `attachment; filename="${name}"`,
          'cache-control': 'no-store',
          ...(options.exposeSqlStatementCount ? { trailer: 'x-sql-statements' } : {}),
        },
        () => clearTimeout(firstRow),
      );
      if (options.exposeSqlStatementCount) response.addTrailers({ 'x-sql-statements': String(scoped.statements()) });
      response.end();
    } catch (error) {
      if (response.headersSent) {
        console.warn(`[request ${requestId}] export cut off: ${(error as Error).message}`);
        return void response.destroy();
      }
      if (error instanceof ExportRefused) {
        return sendGraphQLError(response, error.status, error.message, {
          code: error.code,
          field: error.field,
          requestId,
        });
      }
      throw error;
    } finally {
      clearTimeout(firstRow);
      clearTimeout(whole);
      response.off('close', onClose);
    }
  };
}

/**
 * Where this server publishes the context, as the client addressed it: a document names its context by an absolute
 * URL that the client can fetch. The Host header only shapes the client's own answer.
 */
function contextUrlOf(request: IncomingMessage): string {
  const host = /^[A-Za-z0-9.:[\]-]{1,255}$/.test(request.headers.host ?? '') ? request.headers.host : 'localhost';
  return `http://${host}${contextPath}`;
}

/** Writes each chunk as it comes; the headers go with the first, and a client that reads slowly is waited for. */
async function stream(
  chunks: AsyncGenerator<string>,
  response: ServerResponse,
  headers: Record<string, string>,
  started: () => void,
): Promise<void> {
  for await (const chunk of chunks) {
    if (!response.headersSent) {
      response.writeHead(200, headers);
      started();
    }
    if (!response.write(chunk)) await drainedOrClosed(response);
    if (response.destroyed) throw new Error('the client went away');
  }
}

/** Waits for the client to take what was written, or to go away; whichever comes first, the other stops waiting. */
async function drainedOrClosed(response: ServerResponse): Promise<void> {
  const done = new AbortController();
  const { signal } = done;
  await Promise.race([once(response, 'drain', { signal }), once(response, 'close', { signal })]).finally(() =>
    done.abort(),
  );
}
