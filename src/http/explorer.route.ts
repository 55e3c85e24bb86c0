import type { IncomingMessage, ServerResponse } from 'node:http';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

let explorerPage: string | undefined;

/** A browser asking for /graphql (and not running a query) gets the explorer. */
export function wantsExplorer(url: URL, request: IncomingMessage): boolean {
  return (
    request.method === 'GET' && !url.searchParams.has('query') && (request.headers.accept ?? '').includes('text/html')
  );
}

/** The explorer, served from this origin with no outside request, since intranets are often offline. */
export function sendExplorer(response: ServerResponse): void {
  explorerPage ??= renderGraphiQL({ title: 'Partnership registry', endpoint: '/graphql' });
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  response.end(explorerPage);
}
