import { sql } from 'drizzle-orm';
import { check, date, index, pgEnum, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { areas } from './areas';
import { datesInOrder, id, provenance, recorded, validity } from './columns';

export const bodyKind = pgEnum('body_kind', [
  'CHILDRENS_TRUST_BOARD',
  'LSP',
  'LSCB',
  'CDRP',
  'FOURTEEN_NINETEEN_PARTNERSHIP',
  'LOCALITY_BOARD',
  'DISTRICT_BOARD',
  'EXECUTIVE_GROUP',
  'THEME_SUB_GROUP',
  'PERFORMANCE_BOARD',
  'AREA_TEAM',
  'AREA_CLUSTER',
  'JOINT_COMMISSIONING_UNIT',
  'SHADOW_BOARD',
  'USER_GROUP',
  'REFERENCE_GROUP',
  'CLINICAL_GOVERNANCE_COMMITTEE',
  'SCRUTINY_COMMITTEE',
  'PATHFINDER',
  'AREA_CHILD_PROTECTION_COMMITTEE',
  'OTHER_THEMATIC_PARTNERSHIP',
]);

/** 003 Table 2: the board is strategic; sub-groups executive; area teams and clusters operational. */
export const bodyLevel = pgEnum('body_level', ['STRATEGIC', 'EXECUTIVE', 'OPERATIONAL']);

/** 004 ¶77: Model A and Model B. */
export const governanceModel = pgEnum('governance_model', [
  'COLLABORATIVE_STRATEGIC_PARTNERSHIP',
  'PARTNERSHIP_BY_LEGAL_AGREEMENT',
]);

/** 004 ¶69. */
export const bodyRole = pgEnum('body_role', ['ADVISORY', 'DECISION_MAKING']);

export const legalStatus = pgEnum('legal_status', [
  'NON_LEGAL_PARTNERSHIP',
  'UNINCORPORATED_ASSOCIATION',
  'LEGAL_ENTITY',
  'LEGAL_PARTNERSHIP',
  'LIMITED_COMPANY',
  'STATUTORY_BODY',
]);

/** 003 Table 3 and 004 ¶87. */
export const chairType = pgEnum('chair_type', [
  'LEAD_MEMBER',
  'DIRECTOR_OF_CHILDRENS_SERVICES',
  'LEADER_OF_THE_COUNCIL',
  'CHIEF_EXECUTIVE',
  'INDEPENDENT',
  'ALTERNATING_LA_PCT',
  'OTHER_PARTNER',
]);

/** 004 ¶89. */
export const votingArrangement = pgEnum('voting_arrangement', [
  'ALL_MEMBERS',
  'WEIGHTED_BY_SECTOR',
  'BLOCK',
  'CONSENSUS_ONLY',
]);

/** 004 Table 2.3. */
export const decisionRule = pgEnum('decision_rule', ['UNANIMOUS', 'MAJORITY_PRESENT', 'CONSENSUS']);

export const documentKind = pgEnum('document_kind', [
  'TERMS_OF_REFERENCE',
  'CONSTITUTION',
  'PARTNERSHIP_AGREEMENT',
  'PROTOCOL',
]);

export const documentStatus = pgEnum('document_status', ['DRAFT', 'ADOPTED', 'SUPERSEDED']);

/** The nine items 003 Table 5 expects terms of reference to cover. */
export const termsOfReferenceItem = pgEnum('terms_of_reference_item', [
  'CHAIR_AND_MEMBERS',
  'DECISION_MAKING',
  'MEMBERSHIP',
  'COMMISSIONING',
  'ALIGNMENT',
  'RELATIONSHIPS',
  'INFORMATION_SHARING',
  'PROBITY_AND_INTERESTS',
  'POOLING',
]);

/** The scrutiny committees 003 ¶149 counts: children and young people, the council's, health. */
export const scrutinyKind = pgEnum('scrutiny_kind', ['CHILDREN_AND_YOUNG_PEOPLE', 'LOCAL_AUTHORITY', 'HEALTH']);

export const bodies = pgTable(
  'bodies',
  {
    id: id(),
    name: text('name').notNull(),
    kind: bodyKind('kind').notNull(),
    level: bodyLevel('level').notNull(),
    areaId: uuid('area_id')
      .notNull()
      .references(() => areas.id, { onDelete: 'restrict' }),
    meetingFrequency: text('meeting_frequency'),
    /** What a scrutiny committee scrutinises; only scrutiny committees have one. */
    scrutinyKind: scrutinyKind('scrutiny_kind'),
    established: date('established', { mode: 'string' }),
    ...validity(),
    ...provenance(),
    ...recorded(),
  },
  (t) => [
    index('bodies_area_id_idx').on(t.areaId),
    index('bodies_kind_idx').on(t.kind),
    index('bodies_name_idx').on(t.name),
    datesInOrder('bodies'),
    check('bodies_scrutiny_kind_of_committee', sql`scrutiny_kind IS NULL OR kind = 'SCRUTINY_COMMITTEE'`),
  ],
);

/** Legal status is dated: government planned to make boards statutory (001 ¶4). No overlapping periods. */
export const bodyLegalStatuses = pgTable(
  'body_legal_statuses',
  {
    id: id(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id, { onDelete: 'cascade' }),
    status: legalStatus('status').notNull(),
    ...validity(),
    ...provenance(),
    ...recorded(),
  },
  (t) => [index('body_legal_statuses_body_id_idx').on(t.bodyId), datesInOrder('body_legal_statuses')],
);

/**
 * How a body works over a period: its model, role, who chairs it, how members vote and how it decides. Each is a
 * dated fact (a board's chair changes, 004 ¶87; its model with its legal status, 001 ¶4), held together so one row
 * answers "how did it work on D"; a change of any of them ends the row and starts another. No overlapping periods
 * (an exclusion constraint in the migration). A null is "not known".
 */
export const bodyWorkings = pgTable(
  'body_workings',
  {
    id: id(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id, { onDelete: 'cascade' }),
    governanceModel: governanceModel('governance_model'),
    role: bodyRole('role'),
    chairType: chairType('chair_type'),
    votingArrangement: votingArrangement('voting_arrangement'),
    decisionRule: decisionRule('decision_rule'),
    ...validity(),
    ...provenance(),
    ...recorded(),
  },
  (t) => [index('body_workings_body_id_idx').on(t.bodyId), datesInOrder('body_workings')],
);

/**
 * Other names a body is known by, each for the period it was used: Lancashire's board has three (003 Table 3,
 * Fig 9, Fig 20). Several may be in use at once; one name is not recorded twice for overlapping periods (an
 * exclusion constraint in the migration).
 */
export const bodyAliases = pgTable(
  'body_aliases',
  {
    id: id(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id, { onDelete: 'cascade' }),
    alias: text('alias').notNull(),
    ...validity(),
    ...provenance(),
    ...recorded(),
  },
  (t) => [index('body_aliases_body_id_idx').on(t.bodyId), datesInOrder('body_aliases')],
);

/** Versioned terms of reference, constitutions and agreements; drafts are confidential to the parties. */
export const bodyDocuments = pgTable(
  'body_documents',
  {
    id: id(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id, { onDelete: 'cascade' }),
    kind: documentKind('kind').notNull(),
    title: text('title').notNull(),
    documentVersion: text('document_version').notNull(),
    status: documentStatus('status').notNull(),
    adoptedOn: date('adopted_on', { mode: 'string' }),
    covers: termsOfReferenceItem('covers').array().notNull().default([]),
    ...provenance(),
    ...recorded(),
  },
  (t) => [
    index('body_documents_body_id_idx').on(t.bodyId),
    unique('body_documents_version_key').on(t.bodyId, t.kind, t.documentVersion),
  ],
);

/** ACPC → LSCB (004 Box 2.1), renamed boards and replaced partnerships. */
export const bodySuccessions = pgTable(
  'body_successions',
  {
    id: id(),
    predecessorId: uuid('predecessor_id')
      .notNull()
      .references(() => bodies.id, { onDelete: 'cascade' }),
    successorId: uuid('successor_id')
      .notNull()
      .references(() => bodies.id, { onDelete: 'cascade' }),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    ...provenance(),
  },
  (t) => [
    index('body_successions_predecessor_id_idx').on(t.predecessorId),
    index('body_successions_successor_id_idx').on(t.successorId),
    unique('body_successions_pair_key').on(t.predecessorId, t.successorId),
  ],
);
