import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { areas } from './areas';
import { id } from './columns';
import { organisations } from './organisations';

/**
 * Every change made through the API: who, when, which operation, and the record before and after. Written in the
 * same transaction as the change itself, so history never misses a write or records one that did not happen.
 */
export const changes = pgTable(
  'changes',
  {
    id: id(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
    subject: text('subject').notNull(),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    operation: text('operation').notNull(),
    recordType: text('record_type').notNull(),
    recordId: uuid('record_id').notNull(),
    /** The area the record belongs to, so auditors can list an area's changes over a period. */
    areaId: uuid('area_id').references(() => areas.id, { onDelete: 'set null' }),
    before: jsonb('before').$type<Record<string, unknown>>(),
    after: jsonb('after').$type<Record<string, unknown>>(),
  },
  (t) => [
    index('changes_record_id_changed_at_idx').on(t.recordId, t.changedAt),
    index('changes_area_id_changed_at_idx').on(t.areaId, t.changedAt),
  ],
);

/** A retried create with the same key returns the first answer instead of writing twice. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    subject: text('subject').notNull(),
    key: text('key').notNull(),
    operation: text('operation').notNull(),
    result: jsonb('result').$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.subject, t.key] })],
);

/** Writes refused by the permission rules: who tried what, on which record, and when. */
export const deniedWrites = pgTable(
  'denied_writes',
  {
    id: id(),
    deniedAt: timestamp('denied_at', { withTimezone: true }).notNull().defaultNow(),
    subject: text('subject').notNull(),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    operation: text('operation').notNull(),
    action: text('action').notNull(),
    target: text('target'),
  },
  (t) => [index('denied_writes_organisation_id_denied_at_idx').on(t.organisationId, t.deniedAt)],
);
