import { readFileSync } from 'node:fs';
import { execute, extendSchema, isObjectType, parse, type GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { describe, expect, it } from 'vitest';
import { classifyField, fieldGuards, permissionTree } from '../src/auth/permissions';
import { printPermissions, withAccessMatrix } from '../src/schema-sdl';
import { buildRegistrySchema } from '../src/server';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

describe('the permission tree', () => {
  it('names a rule for every query, one by one', async () => {
    const schema = await buildRegistrySchema();
    const queries = Object.keys(schema.getQueryType()!.getFields()).sort();
    expect(Object.keys(permissionTree.Query ?? {}).sort()).toEqual(queries);
    expect(permissionTree.Query).not.toHaveProperty('*');
  });

  it('covers every object type, so no field falls through to the deny-by-default fallback unnoticed', async () => {
    const schema = await buildRegistrySchema();
    const objectTypes = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && !type.name.startsWith('__'))
      .map((type) => type.name)
      .sort();
    expect(Object.keys(permissionTree).sort()).toEqual(objectTypes);
  });

  it('has no rule for a field that does not exist', async () => {
    const schema = await buildRegistrySchema();
    const stale: string[] = [];
    for (const [typeName, fields] of Object.entries(permissionTree)) {
      const type = schema.getType(typeName);
      for (const field of Object.keys(fields)) {
        if (field !== '*' && !(isObjectType(type) && type.getFields()[field])) stale.push(`${typeName}.${field}`);
      }
    }
    expect(stale).toEqual([]);
  });

  it('matches the committed sorted snapshot of every field’s rule (run `npm run schema:emit` after a deliberate change)', async () => {
    const snapshot = await printPermissions();
    expect(snapshot).not.toContain('DENIED');
    expect(read('schema/permissions.txt')).toBe(snapshot);
  });

  it('guards the confidential fields of DOMAIN.md §8 with their own rules', () => {
    const snapshot = read('schema/permissions.txt');
    for (const field of [
      'Contribution.amount: Contribution.amount [contribution:read]',
      'ResourceCommitment.amount: ResourceCommitment.amount [commitment:read]',
      'Membership.interestDeclarations: Membership.interestDeclarations [interest:read]',
      'Body.draftDocuments: Body.draftDocuments [lscb:read, draft:read]',
      'Person.name: Person.name [person:read, young-person:read]',
      'Decision.summary: Decision.summary [lscb:read, decision:read]',
    ]) {
      expect(snapshot).toContain(field);
    }
  });

  it('classifies every field of the schema: public, or guarded by a named rule', async () => {
    const schema = await buildRegistrySchema();
    const unclassified = fieldsOf(schema).filter(([type, field]) => classifyField(type, field) === 'unclassified');
    expect(unclassified).toEqual([]);
  });

  it('puts the shield on every root field and every guarded field, and on no public field below the root', async () => {
    const schema = await buildRegistrySchema();
    const guards = fieldGuards(schema);
    const roots = ['Query', 'Mutation', 'Subscription'];
    const shielded = fieldsOf(schema).filter(([type, field]) => guards[type]?.[field as never] !== undefined);
    const expected = fieldsOf(schema).filter(
      ([type, field]) => roots.includes(type) || classifyField(type, field) === 'guarded',
    );
    expect(shielded).toEqual(expected);
    expect(shielded).toContainEqual(['Person', 'name']);
    expect(shielded).not.toContainEqual(['Area', 'name']);
  });

  it('still denies a field nobody classified, at the root as below it', async () => {
    const extended = extendSchema(
      await buildRegistrySchema(),
      parse('type Probe { open: String } extend type Query { probe: Probe }'),
    );
    const guards = fieldGuards(extended);
    expect(classifyField('Probe', 'open')).toBe('unclassified');
    expect(guards.Probe).toHaveProperty('open');
    const served = applyMiddleware(extended, guards);
    const viewer = { subject: 'someone', organisationId: null };
    const answer = await execute({
      schema: served,
      document: parse('{ probe { open } }'),
      rootValue: { probe: { open: 'leaked' } },
      contextValue: { viewer },
    });
    expect(answer.data).toEqual({ probe: null });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NO_RULE' });
    const probe = served.getType('Probe');
    if (!isObjectType(probe)) throw new Error('Probe is an object type');
    const resolved = await probe.getFields().open!.resolve!({ open: 'leaked' }, {}, { viewer }, {} as never);
    expect(resolved).toBeInstanceOf(Error);
    expect((resolved as { extensions?: unknown }).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NO_RULE' });
  });

  it('is described by the access matrix in the README', () => {
    const readme = read('README.md');
    expect(withAccessMatrix(readme)).toBe(readme);
  });
});

function fieldsOf(schema: GraphQLSchema): [string, string][] {
  return Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) && !type.name.startsWith('__'))
    .flatMap((type) =>
      Object.keys((type as { getFields(): object }).getFields()).map((f) => [type.name, f] as [string, string]),
    )
    .sort();
}
