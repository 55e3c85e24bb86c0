import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id } from './columns';
import { organisations } from './organisations';

/**
 * Keys for machine clients such as dashboards. Only a SHA-256 hash of the secret is kept; each key acts for one
 * organisation and is read-only unless `can_write` is granted.
 */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    label: text('label').notNull(),
    keyHash: text('key_hash').notNull().unique(),
    canWrite: boolean('can_write').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('api_keys_organisation_id_idx').on(t.organisationId)],
);

/** Whether a read of a confidential field was allowed or refused. */
export const readResult = pgEnum('read_result', ['GRANTED', 'DENIED']);

/**
 * Who read, or was refused, which confidential or personal field of which record, and on what grounds. A granted
 * read is one row per record and field read in a request. Refusals are counted instead: one row per viewer, field
 * and hour, `read_at` the start of that hour, `count` how many refusals it stands for and `record_id` the first
 * record refused, so that a flood of refused reads adds to a count rather than to the table.
 */
export const readAudit = pgTable(
  'read_audit',
  {
    id: id(),
    readAt: timestamp('read_at', { withTimezone: true }).notNull().defaultNow(),
    subject: text('subject').notNull(),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    recordType: text('record_type').notNull(),
    recordId: text('record_id').notNull(),
    field: text('field').notNull(),
    result: readResult('result').notNull().default('GRANTED'),
    /** The relation that allowed it: OWNER, HOST, PARTNER, SECRETARIAT, OVERSIGHT or ADMINISTRATOR; null if refused. */
    grounds: text('grounds'),
    count: integer('count').notNull().default(1),
  },
  (t) => [
    index('read_audit_organisation_id_read_at_idx').on(t.organisationId, t.readAt),
    index('read_audit_record_id_idx').on(t.recordId),
    uniqueIndex('read_audit_refusals_per_hour_idx')
      .on(t.subject, t.action, t.recordType, t.field, t.readAt)
      .where(sql`result = 'DENIED'`),
  ],
);
