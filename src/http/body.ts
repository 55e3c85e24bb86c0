import type { IncomingMessage } from 'node:http';

export const tooLarge = Symbol('too large');

/**
 * The request body, parsed when it is JSON, or `tooLarge` as soon as it passes `maxBytes` (declared or counted).
 * The rest of an over-long body is neither read nor held: reading stops, and the answer closes the connection.
 */
export function readBody(request: IncomingMessage, maxBytes: number): Promise<unknown> {
  if (Number(request.headers['content-length'] ?? 0) > maxBytes) return Promise.resolve(tooLarge);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) return void chunks.push(chunk);
      request.off('data', onData).off('end', onEnd).pause();
      resolve(tooLarge);
    };
    const onEnd = () => resolve(parseBody(Buffer.concat(chunks).toString('utf8'), request));
    request.on('data', onData).once('end', onEnd).once('error', reject);
  });
}

function parseBody(text: string, request: IncomingMessage): unknown {
  if (!text) return undefined;
  if ((request.headers['content-type'] ?? '').includes('application/json')) {
    try {
      return JSON.parse(text);
    } catch {
      return text; // Apollo answers a body it cannot read with a 400 of its own
    }
  }
  return text;
}
