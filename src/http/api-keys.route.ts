import type { IncomingMessage, ServerResponse } from 'node:http';
import { issueApiKey } from '../auth/api-keys';
import type { Authenticator } from '../auth/authenticate';
import { organisationByCode } from '../auth/organisation-by-code';
import { hasRole } from '../auth/viewer';
import type { Database } from '../db';
import { readBody, tooLarge } from './body';
import { sendGraphQLError, sendJson } from './respond';

/** Small: an organisation code, a label and a flag. */
const maxBodyBytes = 4 * 1024;

interface IssueRequest {
  organisation: string;
  label: string;
  canWrite?: boolean;
}

/**
 * `POST /admin/api-keys` `{"organisation": "<code>", "label": "<what it is for>", "canWrite": false}`: a registry
 * administrator, with a token (a key cannot mint keys), issues an API key through the running server, which answers
 * 201 `{"id", "secret"}`. `npm run api-key` uses it while a server holds the embedded database, which no second
 * process may open. The server reads keys from the database on every request, so a key works at once.
 */
export function apiKeysRoute(db: Database, authenticator: Authenticator) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (request.method !== 'POST') {
      return sendGraphQLError(response, 405, 'Use POST', { code: 'BAD_REQUEST' }, { allow: 'POST, OPTIONS' });
    }
    const authentication = await authenticator.authenticate({
      authorization: request.headers.authorization,
      apiKey: typeof request.headers['x-api-key'] === 'string' ? request.headers['x-api-key'] : undefined,
    });
    if ('failure' in authentication) {
      return sendGraphQLError(response, 401, authentication.failure, { code: 'UNAUTHENTICATED' });
    }
    const { viewer } = authentication;
    if (viewer.via !== 'token' || !hasRole(viewer, 'administrator')) {
      return sendGraphQLError(response, 403, 'Only a registry administrator, with a token, issues API keys', {
        code: 'FORBIDDEN',
      });
    }
    const body = await readBody(request, maxBodyBytes);
    const problem = body === tooLarge ? { field: '', message: 'The request body is too large' } : invalid(body);
    if (problem)
      return sendGraphQLError(response, 400, problem.message, { code: 'BAD_USER_INPUT', field: problem.field });
    const input = body as IssueRequest;
    const organisation = await organisationByCode(db, input.organisation);
    if (!organisation) {
      const message = `No organisation has the code "${input.organisation}"`;
      return sendGraphQLError(response, 404, message, { code: 'NOT_FOUND', field: 'organisation' });
    }
    const key = await issueApiKey(db, organisation.id, input.label.trim(), input.canWrite === true);
    sendJson(response, 201, key);
  };
}

function invalid(body: unknown): { field: string; message: string } | null {
  if (!body || typeof body !== 'object') return { field: '', message: 'Send a JSON object' };
  const { organisation, label, canWrite } = body as Record<string, unknown>;
  if (typeof organisation !== 'string' || !organisation.trim() || organisation.length > 200) {
    return { field: 'organisation', message: 'organisation is an organisation code' };
  }
  if (typeof label !== 'string' || !label.trim() || label.length > 200) {
    return { field: 'label', message: 'label says what the key is for, in 1 to 200 characters' };
  }
  if (canWrite !== undefined && typeof canWrite !== 'boolean')
    return { field: 'canWrite', message: 'canWrite is true or false' };
  return null;
}
