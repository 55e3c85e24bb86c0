import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isAbstractType,
  isCompositeType,
  isEnumType,
  parse,
  validate,
  type GraphQLField,
  type GraphQLObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../seeds/index';
import { startApi, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';

const schema = buildSchema(readFileSync(new URL('../schema/schema.graphql', import.meta.url), 'utf8'));

/**
 * Same-named fields of a union's members that a selection cannot ask side by side: their types differ only in
 * nullability, where the value really can be absent on one side (an organisation may have no area; a person's name is
 * withheld from those not allowed to see it). A client aliases one of them. Every other clash is a defect.
 */
const knownNullabilityClashes = ['Member.name', 'Party.area'];

describe('the schema as clients read it', () => {
  it('describes every enum value (the explorer’s documentation)', () => {
    const undescribed = Object.values(schema.getTypeMap())
      .filter((type) => isEnumType(type) && !type.name.startsWith('__'))
      .flatMap((type) => (isEnumType(type) ? type.getValues() : []).filter((value) => !value.description?.trim()))
      .map((value) => value.name);
    expect(undescribed).toEqual([]);
  });

  it('lets the members of each union be asked side by side under one name', () => {
    const clashes: string[] = [];
    for (const union of Object.values(schema.getTypeMap())) {
      if (!isAbstractType(union) || union.name === 'Node' || union.name.startsWith('__')) continue;
      const members = schema.getPossibleTypes(union) as readonly GraphQLObjectType[];
      const names = new Set(members.flatMap((member) => Object.keys(member.getFields())));
      for (const name of names) {
        const fieldOf = (member: GraphQLObjectType) => member.getFields()[name] as GraphQLField<unknown, unknown>;
        // A deprecated field's replacement is the way to ask it side by side.
        const having = members.filter((member) => fieldOf(member) && !fieldOf(member).deprecationReason);
        if (having.length < 2) continue;
        const selections = having.map((member) => {
          const leaf = !isCompositeType(getNamedType(fieldOf(member).type));
          return `... on ${member.name} { ${name}${leaf ? '' : ' { __typename }'} }`;
        });
        const document = parse(`fragment probe on ${union.name} { ${selections.join(' ')} }`);
        const conflict = validate(schema, document).find((error) => /conflict/.test(error.message));
        if (conflict && !knownNullabilityClashes.includes(`${union.name}.${name}`)) {
          clashes.push(`${union.name}.${name}: ${conflict.message}`);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it('asks a body’s and an organisation’s kind together', () => {
    const query = `{ accountabilityChain(from: "x") { lines { from { ... on Body { bodyKind } ... on Organisation { organisationKind } } } } }`;
    expect(validate(schema, parse(query))).toEqual([]);
  });
});

let database: TestDatabase;
let api: TestApi;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDatabase(database.db);
  api = await startApi(database.db);
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

describe('errors a client can handle', () => {
  it('refuses a subscription over HTTP with a code of its own and where to go, before anything runs', async () => {
    const response = await api.query('subscription { registryChanged(areaCode: "E10000028") { kind } }');
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'SUBSCRIPTION_REQUIRES_WEBSOCKET',
      endpoint: '/graphql',
      protocol: 'graphql-transport-ws',
    });
    expect(response.statements).toBe(0);
  });

  it('names the area codes that name no area, instead of drawing an empty graph', async () => {
    const response = await api.query(
      '{ partnershipGraph(areaCodes: ["E10000028", "E99999999", "nowhere"]) { nodes { id } } }',
    );
    expect(response.status).toBe(200);
    expect(response.data).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'areaCodes[1]',
      unknownCodes: ['E99999999', 'nowhere'],
    });
    expect(response.errors?.[0]?.message).toContain('"E99999999", "nowhere"');
    const known = await api.query('{ partnershipGraph(areaCodes: ["E10000028"]) { nodes { id } } }');
    expect(known.errors).toBeUndefined();
    expect(known.data.partnershipGraph.nodes.length).toBeGreaterThan(0);
    expect(known.statements).toBeLessThanOrEqual(4);
  });

  it('gives a refusal the schema coordinate as `coordinate`, keeping `field` for input paths', async () => {
    const reader = await api.as({ org: 'staffordshire/county-council', roles: ['reader'] });
    const response = await reader.query('{ bodies(first: 50) { nodes { decisions { id } draftDocuments { id } } } }');
    const refusals = (response.errors ?? []).filter((error) => error.extensions?.code === 'FORBIDDEN');
    expect(refusals.length).toBeGreaterThan(0);
    for (const refusal of refusals) {
      expect(refusal.extensions?.coordinate).toMatch(/^Body\.\w+$/);
      expect(refusal.extensions).not.toHaveProperty('field');
    }
    const badInput = await reader.query('{ bodies(first: 500) { nodes { id } } }');
    expect(badInput.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(badInput.errors?.[0]?.extensions).not.toHaveProperty('coordinate');
  });

  it('answers a body’s and an organisation’s kind in one selection, with the deprecated kind still working', async () => {
    const response = await api.query(`{
      bodies(first: 3) { nodes { kind bodyKind memberships { member { ... on Organisation { kind organisationKind } } } } }
      organisations(first: 3) { nodes { accountabilityLines: memberships { body { bodyKind } } } }
    }`);
    expect(response.errors).toBeUndefined();
    for (const body of response.data.bodies.nodes) {
      expect(body.bodyKind).toBe(body.kind);
      for (const seat of body.memberships) {
        if (seat.member?.organisationKind) expect(seat.member.organisationKind).toBe(seat.member.kind);
      }
    }
    const polymorphic = await api.query(`{
      area(code: "E10000028") { bodies { id } }
    }`);
    const board = polymorphic.data.area.bodies[0].id;
    const chain = await api.query(
      `query ($board: ID!) { accountabilityChain(from: $board) { lines { to { ... on Body { bodyKind } ... on Organisation { organisationKind } } } } }`,
      { board },
    );
    expect(chain.status).toBe(200);
    expect(chain.errors).toBeUndefined();
  });
});
