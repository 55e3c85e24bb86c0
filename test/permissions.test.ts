import { readFileSync } from 'node:fs';
import { isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { permissionTree } from '../src/auth/permissions';
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

  it('is described by the access matrix in the README', () => {
    const readme = read('README.md');
    expect(withAccessMatrix(readme)).toBe(readme);
  });
});
