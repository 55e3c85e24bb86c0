import { randomUUID } from 'node:crypto';
import {
  accountabilityLines,
  areas,
  bodies,
  bodyDocuments,
  memberships,
  organisations,
} from '../../schema/database/index';
import type { Database } from '../../src/db';

/**
 * Rows for tests that need data of a particular shape. Each call makes new records with unique codes, so a test
 * builds its own world and never depends on another's.
 */
export function factories(db: Database) {
  const unique = () => randomUUID().slice(0, 8);
  return {
    async area(values: Partial<typeof areas.$inferInsert> = {}) {
      const [row] = await db
        .insert(areas)
        .values({
          code: `T${unique()}`,
          name: `Test area ${unique()}`,
          kind: 'UNITARY',
          tier: 'UPPER',
          validFrom: '2000-01-01',
          ...values,
        })
        .returning();
      return row!;
    },
    async organisation(values: Partial<typeof organisations.$inferInsert> = {}) {
      const [row] = await db
        .insert(organisations)
        .values({
          name: `Organisation ${unique()}`,
          kind: 'LOCAL_AUTHORITY',
          sector: 'PUBLIC',
          validFrom: '2000-01-01',
          ...values,
        })
        .returning();
      return row!;
    },
    async body(areaId: string, values: Partial<typeof bodies.$inferInsert> = {}) {
      const [row] = await db
        .insert(bodies)
        .values({
          name: `Body ${unique()}`,
          kind: 'THEME_SUB_GROUP',
          level: 'EXECUTIVE',
          areaId,
          validFrom: '2000-01-01',
          ...values,
        })
        .returning();
      return row!;
    },
    /** A body's terms of reference, adopted on 2006-01-01 unless `values` says otherwise, covering `covers`. */
    async termsOfReference(
      bodyId: string,
      covers: (typeof bodyDocuments.$inferInsert)['covers'],
      values: Partial<typeof bodyDocuments.$inferInsert> = {},
    ) {
      const [row] = await db
        .insert(bodyDocuments)
        .values({
          bodyId,
          kind: 'TERMS_OF_REFERENCE',
          title: `Terms of reference ${unique()}`,
          documentVersion: '1',
          status: 'ADOPTED',
          adoptedOn: '2006-01-01',
          covers,
          ...values,
        })
        .returning();
      return row!;
    },
    async bodies(rows: (typeof bodies.$inferInsert)[]) {
      return rows.length ? db.insert(bodies).values(rows).returning() : [];
    },
    async memberships(rows: (typeof memberships.$inferInsert)[]) {
      return rows.length ? db.insert(memberships).values(rows).returning() : [];
    },
    async membership(values: typeof memberships.$inferInsert) {
      const [row] = await db.insert(memberships).values(values).returning();
      return row!;
    },
    async lines(rows: (typeof accountabilityLines.$inferInsert)[]) {
      return db.insert(accountabilityLines).values(rows).returning();
    },
    async line(values: typeof accountabilityLines.$inferInsert) {
      const [row] = await db.insert(accountabilityLines).values(values).returning();
      return row!;
    },
  };
}
