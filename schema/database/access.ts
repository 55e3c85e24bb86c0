import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
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

/** Who read which confidential or personal field of which record, and on what grounds. */
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
    /** The relation that allowed the read: OWNER, HOST, PARTNER, SECRETARIAT, OVERSIGHT or ADMINISTRATOR. */
    grounds: text('grounds').notNull(),
  },
  (t) => [
    index('read_audit_organisation_id_read_at_idx').on(t.organisationId, t.readAt),
    index('read_audit_record_id_idx').on(t.recordId),
  ],
);
