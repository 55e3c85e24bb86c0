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

/**
 * The ONS GSS codes of the nine English regions (the Government Office regions of 003 ¶39, by which 003's survey
 * drew its district sample, 003 App. 1), so that an inspector's credentials can name a region as they name an
 * area, by code. Background knowledge (ONS Register of Geographic Codes, entity E12), not from the sources.
 */
export const regionCodes: Record<(typeof region.enumValues)[number], string> = {
  NORTH_EAST: 'E12000001',
  NORTH_WEST: 'E12000002',
  YORKSHIRE_AND_THE_HUMBER: 'E12000003',
  EAST_MIDLANDS: 'E12000004',
  WEST_MIDLANDS: 'E12000005',
  EAST_OF_ENGLAND: 'E12000006',
  LONDON: 'E12000007',
  SOUTH_EAST: 'E12000008',
  SOUTH_WEST: 'E12000009',
};

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
