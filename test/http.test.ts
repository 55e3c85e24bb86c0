import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { administrationCode, startApi, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';

let database: TestDatabase;
let api: TestApi;

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(database.db);
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

describe('the HTTP face', () => {
  it('answers /healthz while the process is up', async () => {
    const response = await fetch(`${api.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('gives an uncompressed answer its length in bytes, not in letters', async () => {
    // Field descriptions hold curly apostrophes (three bytes each in UTF-8).
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-encoding': 'identity',
        authorization: `Bearer ${await api.identity.sign({ org: administrationCode, roles: ['reader'], sub: 'reader' })}`,
      },
      body: JSON.stringify({ query: '{ __type(name: "Body") { fields { description } } }' }),
    });
    const text = await response.text();
    expect(text).toContain('’');
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(text, 'utf8'));
    expect(Number(response.headers.get('content-length'))).toBeGreaterThan(text.length);
  });

  it('answers /readyz when the database answers', async () => {
    const response = await fetch(`${api.url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready' });
  });

  it('serves the explorer to a browser from its own origin, with nothing fetched from elsewhere', async () => {
    const response = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const page = await response.text();
    expect(page).toContain('YogaGraphiQL');
    // No script, stylesheet or font is loaded from another host: everything is inline.
    expect(page).not.toMatch(/<(script|link)[^>]+(src|href)="https?:\/\//);
  });

  it('answers GraphQL over GET and POST', async () => {
    const get = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: {
        'apollo-require-preflight': 'true',
        authorization: `Bearer ${await api.identity.sign({ org: administrationCode, roles: ['reader'] })}`,
      },
    });
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
    const post = await api.query('{ __typename }');
    expect(post.data).toEqual({ __typename: 'Query' });
  });

  it('tells caches to keep no answer: each is for one viewer', async () => {
    const authorization = `Bearer ${await api.identity.sign({ org: administrationCode, roles: ['reader'] })}`;
    const get = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true', authorization },
    });
    expect(get.headers.get('cache-control')).toBe('no-store');
    const post = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query: '{ nonsense }' }),
    });
    expect(post.status).toBe(400);
    expect(post.headers.get('cache-control')).toBe('no-store');
  });

  it('gives a clear error for an unknown field', async () => {
    const response = await api.query('{ nonsense }');
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses other paths and methods', async () => {
    expect((await fetch(`${api.url}/elsewhere`)).status).toBe(404);
    expect((await fetch(`${api.url}/graphql`, { method: 'PUT' })).status).toBe(405);
  });
});
