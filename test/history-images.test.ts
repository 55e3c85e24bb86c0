import { getTableColumns, getTableName } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import '../src/auth/permissions';
import { fieldRules } from '../src/auth/field-rules';
import { fieldsOutsideHistory, imageShapes } from '../src/modules/history/history-images';

/**
 * History redaction asks the same rules as the GraphQL fields, through the map in `history-images.ts`. These tests
 * keep that map whole, so that a new confidential field or column cannot be shown in history by being forgotten.
 */

const named = imageShapes.flatMap((shape) => [
  ...(shape.record?.fields ?? []),
  ...Object.values(shape.columns).flatMap((rule) => rule?.fields ?? []),
]);

describe('the map of confidential values in history', () => {
  it.each(imageShapes.map((shape) => [`${shape.recordType} (${getTableName(shape.table)})`, shape] as const))(
    'classifies every column of %s, public or guarded, and no other',
    (_name, shape) => {
      expect(Object.keys(shape.columns).sort()).toEqual(Object.keys(getTableColumns(shape.table)).sort());
    },
  );

  it('names only fields that have a rule', () => {
    expect(named.filter((field) => !fieldRules.has(field))).toEqual([]);
    expect(fieldsOutsideHistory.filter((field) => !fieldRules.has(field))).toEqual([]);
  });

  it('covers every guarded field: each shows a value of some history image, or holds none', () => {
    const covered = new Set([...named, ...fieldsOutsideHistory]);
    expect([...fieldRules.keys()].filter((field) => !covered.has(field)).sort()).toEqual([]);
  });

  it('has, for each record type it lists, one shape for the record’s own rows, judged now as well as then', () => {
    for (const recordType of new Set(imageShapes.map((shape) => shape.recordType))) {
      const own = imageShapes.filter((shape) => shape.recordType === recordType && !shape.operations);
      expect(own, recordType).toHaveLength(1);
      expect(own[0]!.current, recordType).toBeTypeOf('function');
    }
  });

  it('gives each operation that files another table’s rows under a record type one shape', () => {
    const claims = imageShapes.flatMap((shape) => (shape.operations ?? []).map((op) => `${shape.recordType} ${op}`));
    expect(new Set(claims).size).toBe(claims.length);
  });
});
