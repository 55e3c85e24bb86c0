import { and, asc, eq, sql } from 'drizzle-orm';
import { bodies, bodyWorkings } from '../../../../schema/database/index';
import { holdsAt, holdsOn, type IsoDate } from '../../../shared/dates';
import { BodyStore } from '../../bodies/index';
import { defineKind } from '../export-kind';
import { globalId, lookup } from './cells';

/** The other names in use on the date. */
const aliasesOn = (asOf: IsoDate) => sql<string[]>`(
  SELECT coalesce(array_agg(a.alias ORDER BY a.alias), '{}') FROM body_aliases a
  WHERE a.body_id = ${bodies.id} AND ${holdsAt('a', asOf)})`;

export const bodiesKind = defineKind({
  name: 'bodies',
  description: 'Bodies of the area and the areas within it on the date, as `bodies(filter: { area })` lists them.',
  select: (db, scope) =>
    db
      .select({
        body: bodies,
        // How it worked on the date: chair, voting, model, role and decision rule are dated facts.
        workings: bodyWorkings,
        areaCode: lookup('areas', 'code', bodies.areaId),
        aliases: aliasesOn(scope.asOf),
      })
      .from(bodies)
      .leftJoin(bodyWorkings, and(eq(bodyWorkings.bodyId, bodies.id), holdsOn(bodyWorkings, scope.asOf)))
      .where(new BodyStore(db).conditions({ areaId: scope.areaId, asOf: scope.asOf }))
      .orderBy(asc(bodies.name), asc(bodies.id)),
  columns: [
    { name: 'id', description: 'The body’s id in the API', value: (row) => globalId('Body', row.body.id) },
    { name: 'name', description: 'Name', value: (row) => row.body.name },
    { name: 'body_kind', description: 'BodyKind: CHILDRENS_TRUST_BOARD, LSCB, …', value: (row) => row.body.kind },
    { name: 'level', description: 'STRATEGIC, EXECUTIVE or OPERATIONAL (003 Table 2)', value: (row) => row.body.level },
    { name: 'area_id', description: 'Its area', value: (row) => globalId('Area', row.body.areaId) },
    { name: 'area_code', description: 'That area’s GSS code', value: (row) => row.areaCode },
    {
      name: 'governance_model',
      description: 'Model A or B (004 ¶77), on the date',
      value: (row) => row.workings?.governanceModel ?? null,
    },
    {
      name: 'role',
      description: 'ADVISORY or DECISION_MAKING (004 ¶69), on the date',
      value: (row) => row.workings?.role ?? null,
    },
    {
      name: 'chair_type',
      description: 'Who chairs it (003 Table 3), on the date',
      value: (row) => row.workings?.chairType ?? null,
    },
    {
      name: 'voting_arrangement',
      description: 'How it votes (004 ¶89), on the date',
      value: (row) => row.workings?.votingArrangement ?? null,
    },
    {
      name: 'decision_rule',
      description: 'How it decides (004 Table 2.3), on the date',
      value: (row) => row.workings?.decisionRule ?? null,
    },
    {
      name: 'meeting_frequency',
      description: 'How often it meets, in words',
      value: (row) => row.body.meetingFrequency,
    },
    { name: 'established', description: 'When it was established', value: (row) => row.body.established },
    { name: 'aliases', description: 'Other names in use on the date, separated by "; "', value: (row) => row.aliases },
    { name: 'valid_from', description: 'First day it exists', value: (row) => row.body.validFrom },
    {
      name: 'valid_to',
      description: 'First day it no longer exists; empty while it does',
      value: (row) => row.body.validTo,
    },
    { name: 'synthetic', description: 'true when generated for sample data', value: (row) => row.body.synthetic },
  ],
});
