import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { compress, negotiateEncoding, type Encoding } from './compression';

/** An HTML page made once per process and served many times, with its ETag and each coding made once. */
export interface PageAsset {
  body: Buffer;
  etag: string;
  /** Each coding made once, on the first request that accepts it (brotli takes seconds for a page of megabytes). */
  encoded: Map<Encoding, Promise<Buffer>>;
}

/** The best a page made once compresses. */
const assetQuality = 9;

export function pageAsset(html: string): PageAsset {
  const body = Buffer.from(html, 'utf8');
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  return { body, etag, encoded: new Map() };
}

/**
 * Sends the page, or a 304 when the browser already holds it: it changes only with the server, so browsers keep it
 * and ask again with its ETag (a 304 costs a few bytes instead of megabytes).
 */
export async function sendPageAsset(
  request: IncomingMessage,
  response: ServerResponse,
  asset: PageAsset,
  vary: string,
): Promise<void> {
  response.setHeader('etag', asset.etag);
  response.setHeader('cache-control', 'no-cache');
  response.appendHeader('vary', vary);
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

function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
