import type { IncomingMessage, ServerResponse } from 'node:http';
import { renderExplorerPage } from './explorer-page';
import { pageAsset, sendPageAsset, type PageAsset } from './page-asset';

let asset: PageAsset | undefined;

/**
 * A browser asking for /graphql gets the explorer, with the query of `?query=` in its editor when one is given
 * (the dashboard links to its queries so); an API client's GET with `?query=` asks for JSON and is answered.
 */
export function wantsExplorer(url: URL, request: IncomingMessage): boolean {
  const accept = request.headers.accept ?? '';
  if (request.method !== 'GET' || !accept.includes('text/html')) return false;
  return !url.searchParams.has('query') || !/json/i.test(accept);
}

/**
 * The explorer, served from this origin with no outside request, since intranets are often offline. It changes only
 * with the server, so browsers keep it and ask again with its ETag (a 304 costs a few bytes instead of 9 MB).
 */
export async function sendExplorer(request: IncomingMessage, response: ServerResponse): Promise<void> {
  asset ??= pageAsset(renderExplorerPage());
  // The same URL answers JSON to API clients and this page to browsers, in several codings.
  await sendPageAsset(request, response, asset, 'Accept, Accept-Encoding');
}
