import type { ServerResponse } from 'node:http';

export function sendJson(
  response: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(value));
}

/** An answer shaped as GraphQL clients expect (`errors[].extensions.code`), for refusals made before Apollo runs. */
export function sendGraphQLError(
  response: ServerResponse,
  status: number,
  message: string,
  extensions: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  sendJson(response, status, { errors: [{ message, extensions }] }, headers);
}
