import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { base64url, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeys } from '../schema/database/index';
import { issueApiKey } from '../src/auth/api-keys';
import { Authenticator } from '../src/auth/authenticate';
import { developmentIssuerFor, signDevelopmentToken } from '../src/auth/development-key';
import { createAuthenticator } from '../src/auth/identity';
import { TokenVerifier } from '../src/auth/tokens';
import { readConfig } from '../src/config';
import { administrationCode, startApi, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';
import { testAudience, testIssuer } from './support/identity';

let database: TestDatabase;
let api: TestApi;
const question = '{ areas { totalCount } }';

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(database.db);
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

const bearer = (token: string) => api.withHeaders({ authorization: `Bearer ${token}` });

describe('requests without valid credentials', () => {
  it('get 401 with a WWW-Authenticate challenge, before the query is parsed', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ this is not even GraphQL' }),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toContain('Bearer');
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
  });

  const refused: [string, () => Promise<string>][] = [
    [
      'an expired token',
      () => api.identity.sign({ org: administrationCode, roles: ['reader'] }, { expiresIn: '-2 minutes' }),
    ],
    [
      'a token from another issuer',
      () => api.identity.sign({ org: administrationCode }, { issuer: 'https://elsewhere.invalid' }),
    ],
    ['a token for another audience', () => api.identity.sign({ org: administrationCode }, { audience: 'another-api' })],
    [
      'a token signed by an unknown key',
      async () => {
        const { privateKey } = await generateKeyPair('ES256');
        return new SignJWT({ org: administrationCode, sub: 'x' })
          .setProtectedHeader({ alg: 'ES256', kid: 'test-key' })
          .setIssuer(testIssuer)
          .setAudience(testAudience)
          .setExpirationTime('1h')
          .sign(privateKey);
      },
    ],
    [
      'an unsigned token (alg: none)',
      async () => {
        const header = base64url.encode(JSON.stringify({ alg: 'none', typ: 'JWT' }));
        const payload = base64url.encode(
          JSON.stringify({
            iss: testIssuer,
            aud: testAudience,
            sub: 'x',
            org: administrationCode,
            exp: Math.floor(Date.now() / 1000) + 3600,
          }),
        );
        return `${header}.${payload}.`;
      },
    ],
    [
      'an HS256 token keyed with the public key',
      async () => {
        const secret = new TextEncoder().encode(JSON.stringify(api.identity.publicJwk));
        return new SignJWT({ org: administrationCode, sub: 'x' })
          .setProtectedHeader({ alg: 'HS256', kid: 'test-key' })
          .setIssuer(testIssuer)
          .setAudience(testAudience)
          .setExpirationTime('1h')
          .sign(secret);
      },
    ],
    ['a token without an organisation claim', () => api.identity.sign({ roles: ['reader'] })],
    [
      'a token for an organisation the registry does not know',
      () => api.identity.sign({ org: 'nobody-at-all', roles: ['reader'] }),
    ],
    ['garbage', async () => 'not.a.token'],
  ];

  it.each(refused)('refuse %s with 401', async (_name, make) => {
    const response = await bearer(await make()).query(question);
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuse a malformed Authorization header and an unknown API key', async () => {
    expect((await api.withHeaders({ authorization: 'Basic dXNlcjpwYXNz' }).query(question)).status).toBe(401);
    expect((await api.withHeaders({ 'x-api-key': 'prk_not-a-real-key' }).query(question)).status).toBe(401);
  });

  it('accept a valid token', async () => {
    const response = await bearer(await api.identity.sign({ org: administrationCode, roles: ['reader'] })).query(
      question,
    );
    expect(response.status).toBe(200);
    expect(response.data.areas.totalCount).toBeGreaterThanOrEqual(0);
  });
});

describe('a token verified once', () => {
  it('is accepted again without a new verification only until it expires', async () => {
    // Expired 28 s ago: inside the 30 s allowance for clock skew, so accepted for one to two seconds more.
    const token = await api.identity.sign({ org: administrationCode, roles: ['reader'] }, { expiresIn: '-28 s' });
    const verifier = new TokenVerifier([api.identity.issuer]);
    await expect(verifier.verify(token)).resolves.toMatchObject({ organisationCode: administrationCode });
    await expect(verifier.verify(token)).resolves.toMatchObject({ organisationCode: administrationCode });
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    await expect(verifier.verify(token)).rejects.toThrow(/exp/);
  });
});

describe('the organisation a token names', () => {
  it('is looked up again at once when its code changes, so the old code names no one', async () => {
    const created = await api.query(
      `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id version } } }`,
      { input: { code: 'renamed-before', name: 'Renamed Trust', kind: 'OTHER', validFrom: '2020-01-01' } },
    );
    const organisation = created.data.createOrganisation.organisation;
    const before = bearer(await api.identity.sign({ org: 'renamed-before', roles: ['reader'] }));
    const whoIs = '{ viewer { organisation { id } } }';
    expect((await before.query(whoIs)).data.viewer.organisation.id).toBe(organisation.id);
    // The second request finds the organisation without a statement.
    const again = await before.query(whoIs);
    expect(again.totalStatements).toBe(again.statements);

    const renamed = await api.query(
      `mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { organisation { code } } }`,
      { input: { organisation: organisation.id, code: 'renamed-after', expectedVersion: organisation.version } },
    );
    expect(renamed.errors).toBeUndefined();
    expect((await before.query(whoIs)).status).toBe(401);
    const after = bearer(await api.identity.sign({ org: 'renamed-after', roles: ['reader'] }));
    expect((await after.query(whoIs)).data.viewer.organisation.id).toBe(organisation.id);
  });
});

describe('API keys for machine clients', () => {
  it('work while valid, are stored only as a hash, and stop when revoked', async () => {
    const [administration] = await database.db.query.organisations.findMany({
      where: (o, { eq: equals }) => equals(o.code, administrationCode),
    });
    const key = await issueApiKey(database.db, administration!.id, 'dashboard');
    const client = api.withHeaders({ 'x-api-key': key.secret });
    expect((await client.query(question)).status).toBe(200);

    const [stored] = await database.db.select().from(apiKeys).where(eq(apiKeys.id, key.id));
    expect(stored!.keyHash).not.toContain(key.secret);
    expect(stored!.canWrite).toBe(false);

    await database.db.update(apiKeys).set({ revokedAt: new Date() }).where(eq(apiKeys.id, key.id));
    expect((await client.query(question)).status).toBe(401);
  });
});

describe('identity providers by JWKS URL, as Entra ID and NHS CIS2 publish them', () => {
  let jwksServer: Server;

  afterAll(() => new Promise((resolve) => jwksServer?.close(resolve)));

  it('verifies tokens against keys fetched from the provider', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'remote-key', alg: 'RS256' };
    jwksServer = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
    const jwksUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/keys`;
    const authenticator = new Authenticator(
      database.db,
      new TokenVerifier([
        {
          issuer: 'https://login.example.invalid/tenant/v2.0',
          audience: 'api://registry',
          algorithms: ['RS256'],
          keys: { jwksUrl },
          organisationClaim: 'org',
          rolesClaim: 'roles',
        },
      ]),
    );
    const token = await new SignJWT({ org: administrationCode, roles: ['reader'] })
      .setProtectedHeader({ alg: 'RS256', kid: 'remote-key' })
      .setIssuer('https://login.example.invalid/tenant/v2.0')
      .setAudience('api://registry')
      .setSubject('someone@council.example')
      .setExpirationTime('1h')
      .sign(privateKey);
    const accepted = await authenticator.authenticate({ authorization: `Bearer ${token}` });
    expect(accepted).toMatchObject({
      viewer: { subject: 'someone@council.example', organisationCode: administrationCode, roles: [{ role: 'reader' }] },
    });
    const wrongAudience = await authenticator.authenticate({
      authorization: `Bearer ${await new SignJWT({ org: administrationCode }).setProtectedHeader({ alg: 'RS256', kid: 'remote-key' }).setIssuer('https://login.example.invalid/tenant/v2.0').setAudience('api://other').setSubject('x').setExpirationTime('1h').sign(privateKey)}`,
    });
    expect(wrongAudience).toHaveProperty('failure');
  });

  it('refuses to trust a symmetric algorithm at all', () => {
    expect(
      () =>
        new TokenVerifier([
          {
            issuer: 'x',
            audience: 'y',
            algorithms: ['HS256'],
            keys: { jwks: { keys: [] } },
            organisationClaim: 'org',
            rolesClaim: 'roles',
          },
        ]),
    ).toThrow(/asymmetric/);
  });
});

describe('development tokens', () => {
  it('are trusted in development mode only', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'registry-dev-key-'));
    try {
      await expect(
        signDevelopmentToken(dataDir, { subject: 'dev', organisationCode: administrationCode, roles: ['reader'] }),
      ).rejects.toThrow(/No development signing key/);
      // A development server makes the key when it starts; tokens are signed with it from then on.
      const development = await createAuthenticator(
        { ...readConfig({ NODE_ENV: 'development', DATA_DIR: dataDir }) },
        database.db,
      );
      const token = await signDevelopmentToken(dataDir, {
        subject: 'dev',
        organisationCode: administrationCode,
        roles: ['reader'],
      });
      const production = await createAuthenticator(
        { ...readConfig({ NODE_ENV: 'production', DATA_DIR: dataDir }) },
        database.db,
      );
      expect(await development.authenticate({ authorization: `Bearer ${token}` })).toHaveProperty('viewer');
      expect(await production.authenticate({ authorization: `Bearer ${token}` })).toHaveProperty('failure');
      expect((await developmentIssuerFor(dataDir)).keys).not.toHaveProperty('jwks.keys.0.d');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('role claims', () => {
  it('grant scoped roles only for bodies and areas that exist, and ignore unknown roles', async () => {
    const authenticator = new Authenticator(database.db, new TokenVerifier([api.identity.issuer]));
    const token = await api.identity.sign({
      org: administrationCode,
      roles: ['reader', 'superuser', 'auditor:E99999999', 'secretariat:not-an-id'],
    });
    const result = await authenticator.authenticate({ authorization: `Bearer ${token}` });
    expect(result).toMatchObject({ viewer: { roles: [{ role: 'reader' }] } });
  });
});
