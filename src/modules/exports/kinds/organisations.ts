import { asc, sql } from 'drizzle-orm';
import { organisations } from '../../../../schema/database/index';
import { OrganisationStore } from '../../organisations/index';
import { defineKind } from '../export-kind';
import { globalId, lookup } from './cells';

/**
 * Every identifier the organisation has had, as `SCHEME:value`, in the API's order (scheme, then date). The outer
 * row is named with its table: drizzle writes a column of a one-table select bare, and a bare "id" here would be
 * the identifier's own, matching nothing.
 */
const identifiers = sql<string[]>`(
  SELECT coalesce(array_agg(i.scheme || ':' || i.value ORDER BY i.scheme, i.valid_from), '{}')
  FROM organisation_identifiers i WHERE i.organisation_id = ${sql.identifier('organisations')}.${sql.identifier('id')})`;

export const organisationsKind = defineKind({
  name: 'organisations',
  description:
    'Organisations based in the area or covering part of it on the date, as `organisations(filter: { area })` lists them.',
  select: (db, scope) =>
    db
      .select({ organisation: organisations, areaCode: lookup('areas', 'code', organisations.areaId), identifiers })
      .from(organisations)
      .where(new OrganisationStore(db).conditions({ areaId: scope.areaId, asOf: scope.asOf }))
      .orderBy(asc(organisations.name), asc(organisations.id)),
  columns: [
    {
      name: 'id',
      description: 'The organisation’s id in the API',
      value: (row) => globalId('Organisation', row.organisation.id),
    },
    { name: 'code', description: 'Registry code, as credentials name it', value: (row) => row.organisation.code },
    { name: 'name', description: 'Name on the date', value: (row) => row.organisation.name },
    { name: 'organisation_kind', description: 'OrganisationKind (003 Table 1)', value: (row) => row.organisation.kind },
    {
      name: 'sector',
      description: 'PUBLIC, VOLUNTARY_AND_COMMUNITY or PRIVATE',
      value: (row) => row.organisation.sector,
    },
    {
      name: 'area_id',
      description: 'The area it is based in',
      value: (row) => globalId('Area', row.organisation.areaId),
    },
    { name: 'area_code', description: 'That area’s GSS code', value: (row) => row.areaCode },
    {
      name: 'identifiers',
      description: 'Its identifiers as SCHEME:value, separated by "; "',
      value: (row) => row.identifiers,
    },
    { name: 'valid_from', description: 'First day it exists', value: (row) => row.organisation.validFrom },
    {
      name: 'valid_to',
      description: 'First day it no longer exists; empty while it does',
      value: (row) => row.organisation.validTo,
    },
    {
      name: 'synthetic',
      description: 'true when generated for sample data',
      value: (row) => row.organisation.synthetic,
    },
  ],
});
