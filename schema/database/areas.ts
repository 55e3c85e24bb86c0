import { index, pgEnum, pgTable, text, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { datesInOrder, id, provenance, recorded, validity } from './columns';

export const areaKind = pgEnum('area_kind', [
  'COUNTY',
  'DISTRICT',
  'UNITARY',
  'METROPOLITAN_BOROUGH',
  'LONDON_BOROUGH',
  'LOCALITY',
  'SUB_REGION',
]);

/** UPPER: a children's services authority; LOWER: a district in a two-tier county; LOCAL: a locality or cluster. */
export const areaTier = pgEnum('area_tier', ['UPPER', 'LOWER', 'LOCAL']);

export const region = pgEnum('region', [
  'NORTH_EAST',
  'NORTH_WEST',
  'YORKSHIRE_AND_THE_HUMBER',
  'EAST_MIDLANDS',
  'WEST_MIDLANDS',
  'EAST_OF_ENGLAND',
  'LONDON',
  'SOUTH_EAST',
  'SOUTH_WEST',
]);

export const areas = pgTable(
  'areas',
  {
    id: id(),
    /** ONS-style GSS code (E10… counties, E06… unitaries, E07… districts, E08… metropolitan, E09… London). */
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    kind: areaKind('kind').notNull(),
    tier: areaTier('tier').notNull(),
    region: region('region'),
    parentAreaId: uuid('parent_area_id').references((): AnyPgColumn => areas.id, { onDelete: 'restrict' }),
    ...validity(),
    ...provenance(),
    ...recorded(),
  },
  (t) => [
    index('areas_parent_area_id_idx').on(t.parentAreaId),
    index('areas_name_idx').on(t.name),
    datesInOrder('areas'),
  ],
);
