import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nominations } from '../schema/database/index';
import { startApi, type Client, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';
import { factories } from './support/factories';

let database: TestDatabase;
let api: TestApi;
let make: ReturnType<typeof factories>;
let partner: Client;

const query = `query($code: String!) {
  area(code: $code) { bodiesConnection(first: 20) { nodes { name nominations { id status role } } } } }`;

/** An area with `count` bodies, each with two nominations, on which the partner sits. */
async function areaWith(count: number, partnerId: string) {
  const area = await make.area();
  const bodies = await make.bodies(
    Array.from({ length: count }, (_, index) => ({
      name: `Body ${index}`,
      kind: 'THEME_SUB_GROUP' as const,
      level: 'EXECUTIVE' as const,
      areaId: area.id,
      validFrom: '2005-04-01',
    })),
  );
  await make.memberships(
    bodies.map((body) => ({ bodyId: body.id, memberOrganisationId: partnerId, validFrom: '2005-04-01' })),
  );
  const proposer = await make.organisation();
  await database.db.insert(nominations).values(
    bodies.flatMap((body) =>
      ['MEMBER', 'CO_OPTEE'].map((role) => ({
        bodyId: body.id,
        memberOrganisationId: proposer.id,
        role: role as 'MEMBER' | 'CO_OPTEE',
        validFrom: '2009-01-01',
        proposedOn: '2008-12-01',
        proposedByOrganisationId: proposer.id,
        proposedBy: 'proposer',
      })),
    ),
  );
  return area;
}

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(database.db);
  make = factories(database.db);
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

describe('Body.nominations', () => {
  it('costs the same statements for 2 bodies as for 8, for an administrator and for a partner', async () => {
    const seated = await make.organisation({ code: `nominations-partner-${Date.now()}` });
    partner = await api.as({ org: seated.code!, subject: 'nominations partner' });
    const small = await areaWith(2, seated.id);
    const large = await areaWith(8, seated.id);
    for (const client of [api, partner]) {
      const few = await client.query(query, { code: small.code });
      const many = await client.query(query, { code: large.code });
      expect(few.errors).toBeUndefined();
      expect(many.errors).toBeUndefined();
      expect(
        many.data.area.bodiesConnection.nodes.flatMap((body: { nominations: unknown[] }) => body.nominations),
      ).toHaveLength(16);
      expect(many.statements).toBe(few.statements);
    }
  });
});
