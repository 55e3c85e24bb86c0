import type { IncomingMessage, ServerResponse } from 'node:http';

/** What a browser script may send: the credentials, the body's type, and the headers of retries and tracing. */
const allowedHeaders = [
  'authorization',
  'x-api-key',
  'content-type',
  'idempotency-key',
  'x-request-id',
  'apollo-require-preflight',
  'x-apollo-operation-name',
].join(', ');

/** What a browser script may read besides the simple headers: enough to report a request and to back off. */
const exposedHeaders = ['x-request-id', 'x-query-cost', 'x-sql-statements', 'x-sql-statements-total', 'retry-after'].join(', ');

/** A browser may cache a preflight's answer this long, so a page's queries do not each cost a preflight. */
const preflightMaxAgeSeconds = 600;

/**
 * Cross-origin access for the origins configured in CORS_ORIGINS, and for no other. No
 * `Access-Control-Allow-Credentials`: the API reads no cookie, so a page must send its token or key itself.
 */
export class Cors {
  private readonly origins: ReadonlySet<string>;

  constructor(origins: readonly string[]) {
    this.origins = new Set(origins);
  }

  /** Sets the CORS headers an answer to this request needs; true when the request came from an allowed origin. */
  apply(request: IncomingMessage, response: ServerResponse): boolean {
    // Whether an origin is allowed changes the answer, so caches keep answers per origin.
    if (this.origins.size > 0) response.appendHeader('vary', 'Origin');
    const origin = request.headers.origin;
    if (!origin || !this.origins.has(origin)) return false;
    response.setHeader('access-control-allow-origin', origin);
    response.setHeader('access-control-expose-headers', exposedHeaders);
    return true;
  }

  /** `OPTIONS`: a preflight from an allowed origin learns what it may send; anyone else learns only `Allow`. */
  answerPreflight(request: IncomingMessage, response: ServerResponse, allow: string): void {
    const allowed = this.apply(request, response);
    response.setHeader('allow', allow);
    if (allowed && request.headers['access-control-request-method']) {
      response.setHeader('access-control-allow-methods', allow);
      response.setHeader('access-control-allow-headers', allowedHeaders);
      response.setHeader('access-control-max-age', String(preflightMaxAgeSeconds));
    }
    response.writeHead(204).end();
  }
}
