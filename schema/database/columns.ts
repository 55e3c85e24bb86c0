import { sql } from 'drizzle-orm';
import { boolean, check, date, integer, jsonb, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A citation of one of the source documents: file name and the document's own locator (¶, table, figure). */
export interface SourceCitation {
  document: string;
  locator: string;
}

export const id = () => uuid('id').primaryKey().defaultRandom();

/** When the registry learnt of a record and last changed it; `version` guards concurrent writes. */
export const recorded = () => ({
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});

/** The period a fact holds: `valid_to` is exclusive, null while it still holds. */
export const validity = () => ({
  validFrom: date('valid_from', { mode: 'string' }).notNull(),
  validTo: date('valid_to', { mode: 'string' }),
});

/** Where a fact comes from, and whether it was invented for sample data rather than read in a source. */
export const provenance = () => ({
  sources: jsonb('sources').$type<SourceCitation[]>().notNull().default([]),
  synthetic: boolean('synthetic').notNull().default(false),
});

/** End after start, when there is an end. */
export const datesInOrder = (table: string) =>
  check(`${table}_dates_in_order`, sql`valid_to IS NULL OR valid_to > valid_from`);

/** Exactly one of the given (polymorphic) reference columns is set. */
export const exactlyOne = (name: string, ...columns: string[]) =>
  check(name, sql.raw(`num_nonnulls(${columns.join(', ')}) = 1`));
