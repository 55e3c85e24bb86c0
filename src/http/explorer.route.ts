import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { compress, negotiateEncoding, type Encoding } from './compression';
import { renderExplorerPage } from './explorer-page';

interface ExplorerAsset {
  body: Buffer;
  etag: string;
  /** Each coding made once, on the first request that accepts it (brotli takes about 2 s for the 9 MB page). */
  encoded: Map<Encoding, Promise<Buffer>>;
}

let asset: ExplorerAsset | undefined;

/** The best the explorer page compresses: it is made once per process and served many times. */
const assetQuality = 9;

/** A browser asking for /graphql (and not running a query) gets the explorer. */
export function wantsExplorer(url: URL, request: IncomingMessage): boolean {
  return (
    request.method === 'GET' && !url.searchParams.has('query') && (request.headers.accept ?? '').includes('text/html')
  );
}

/**
 * The explorer, served from this origin with no outside request, since intranets are often offline. It changes only
 * with the server, so browsers keep it and ask again with its ETag (a 304 costs a few bytes instead of 9 MB).
 */
export async function sendExplorer(request: IncomingMessage, response: ServerResponse): Promise<void> {
  asset ??= explorerAsset();
  response.setHeader('etag', asset.etag);
  response.setHeader('cache-control', 'no-cache');
  // The same URL answers JSON to API clients and this page to browsers, in several codings.
  response.appendHeader('vary', 'Accept, Accept-Encoding');
  if (matches(request.headers['if-none-match'], asset.etag)) return void response.writeHead(304).end();
  const encoding = negotiateEncoding(request);
  let body = asset.body;
  if (encoding) {
    const cached = asset.encoded.get(encoding) ?? compress(asset.body, encoding, assetQuality);
    asset.encoded.set(encoding, cached);
    body = await cached;
    response.setHeader('content-encoding', encoding);
  }
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': String(body.length) });
  response.end(body);
}

function explorerAsset(): ExplorerAsset {
  const body = Buffer.from(renderExplorerPage(), 'utf8');
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  return { body, etag, encoded: new Map() };
}

function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
