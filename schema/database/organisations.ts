import { date, index, pgEnum, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { areas } from './areas';
import { datesInOrder, id, provenance, recorded, validity } from './columns';

/** Kinds of partner organisation (003 Table 1, Table 6; 004 Table 2.5; 003 ¶15; 001 ¶4). */
export const organisationKind = pgEnum('organisation_kind', [
  'LOCAL_AUTHORITY',
  'DISTRICT_COUNCIL',
  'POLICE_SERVICE',
  'POLICE_AUTHORITY',
  'PROBATION_SERVICE',
  'YOUTH_OFFENDING_TEAM',
  'STRATEGIC_HEALTH_AUTHORITY',
  'PRIMARY_CARE_TRUST',
  'CONNEXIONS',
  'LEARNING_AND_SKILLS_COUNCIL',
  'CHILDREN_YOUNG_PEOPLE_AND_FAMILIES',
  'SCHOOL',
  'ACADEMY',
  'SIXTH_FORM_COLLEGE',
  'FE_COLLEGE',
  'PRIMARY_CARE_PROVIDER',
  'NHS_TRUST',
  'CARE_TRUST',
  'OTHER_HEALTH_BODY',
  'VOLUNTARY_AND_COMMUNITY',
  'PRIVATE_SECTOR',
  'JOBCENTRE_PLUS',
  'FIRE_SERVICE',
  'YOUTH_JUSTICE_BOARD',
  'OTHER',
]);

export const sector = pgEnum('sector', ['PUBLIC', 'VOLUNTARY_AND_COMMUNITY', 'PRIVATE']);

export const identifierScheme = pgEnum('identifier_scheme', [
  'ODS',
  'GB_LAE',
  'URN',
  'UKPRN',
  'CHARITY_NUMBER',
  'COMPANY_NUMBER',
  'GSS',
  'OTHER',
  // The registry's own code, kept as a former identifier when a code is retired (migration 0016).
  'REGISTRY_CODE',
]);

export const successionKind = pgEnum('succession_kind', ['MERGER', 'SPLIT', 'ABSORBED', 'RENAMED', 'REPLACED']);

export const organisations = pgTable(
  'organisations',
  {
    id: id(),
    /** The registry's own short code, which identity providers' organisation claims and API keys name. */
    code: text('code').unique(),
    name: text('name').notNull(),
    kind: organisationKind('kind').notNull(),
    sector: sector('sector').notNull(),
    /** The area the organisation is based in; `organisation_coverage` says where it works. */
    areaId: uuid('area_id').references(() => areas.id, { onDelete: 'restrict' }),
    ...validity(),
    ...provenance(),
    ...recorded(),
  },
  (t) => [
    index('organisations_area_id_idx').on(t.areaId),
    index('organisations_kind_idx').on(t.kind),
    index('organisations_name_idx').on(t.name),
    datesInOrder('organisations'),
  ],
);

/** Former and current names; periods never overlap for one organisation (exclusion constraint). */
export const organisationNames = pgTable(
  'organisation_names',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    ...validity(),
    ...provenance(),
  },
  (t) => [index('organisation_names_organisation_id_idx').on(t.organisationId), datesInOrder('organisation_names')],
);

export const organisationIdentifiers = pgTable(
  'organisation_identifiers',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    scheme: identifierScheme('scheme').notNull(),
    value: text('value').notNull(),
    ...validity(),
    ...provenance(),
    ...recorded(),
  },
  (t) => [
    index('organisation_identifiers_organisation_id_idx').on(t.organisationId),
    unique('organisation_identifiers_scheme_value_from_key').on(t.scheme, t.value, t.validFrom),
    datesInOrder('organisation_identifiers'),
  ],
);

/** Areas an organisation serves: one police service covers two or more children's trusts (003 ¶83). */
export const organisationCoverage = pgTable(
  'organisation_coverage',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    areaId: uuid('area_id')
      .notNull()
      .references(() => areas.id, { onDelete: 'restrict' }),
    ...validity(),
    ...provenance(),
    ...recorded(),
  },
  (t) => [
    index('organisation_coverage_organisation_id_idx').on(t.organisationId),
    index('organisation_coverage_area_id_idx').on(t.areaId),
    datesInOrder('organisation_coverage'),
  ],
);

/** PCT mergers (303 → 152 in 2006, 004 ¶66), renamings and replacements. */
export const organisationSuccessions = pgTable(
  'organisation_successions',
  {
    id: id(),
    predecessorId: uuid('predecessor_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    successorId: uuid('successor_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    kind: successionKind('kind').notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    ...provenance(),
  },
  (t) => [
    index('organisation_successions_predecessor_id_idx').on(t.predecessorId),
    index('organisation_successions_successor_id_idx').on(t.successorId),
    unique('organisation_successions_pair_key').on(t.predecessorId, t.successorId),
  ],
);
