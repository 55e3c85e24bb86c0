import { asc, sql } from 'drizzle-orm';
import { bodies } from '../../../../schema/database/index';
import { BodyStore } from '../../bodies/index';
import { defineKind } from '../export-kind';
import { globalId, lookup } from './cells';

const aliases = sql<string[]>`(
  SELECT coalesce(array_agg(a.alias ORDER BY a.alias), '{}') FROM body_aliases a WHERE a.body_id = ${bodies.id})`;

export const bodiesKind = defineKind({
  name: 'bodies',
  description: 'Bodies of the area and the areas within it on the date, as `bodies(filter: { area })` lists them.',
  select: (db, scope) =>
    db
      .select({ body: bodies, areaCode: lookup('areas', 'code', bodies.areaId), aliases })
      .from(bodies)
      .where(new BodyStore(db).conditions({ areaId: scope.areaId, asOf: scope.asOf }))
      .orderBy(asc(bodies.name), asc(bodies.id)),
  columns: [
    { name: 'id', description: 'The body’s id in the API', value: (row) => globalId('Body', row.body.id) },
    { name: 'name', description: 'Name', value: (row) => row.body.name },
    { name: 'body_kind', description: 'BodyKind: CHILDRENS_TRUST_BOARD, LSCB, …', value: (row) => row.body.kind },
    { name: 'level', description: 'STRATEGIC, EXECUTIVE or OPERATIONAL (003 Table 2)', value: (row) => row.body.level },
    { name: 'area_id', description: 'Its area', value: (row) => globalId('Area', row.body.areaId) },
    { name: 'area_code', description: 'That area’s GSS code', value: (row) => row.areaCode },
    { name: 'governance_model', description: 'Model A or B (004 ¶77)', value: (row) => row.body.governanceModel },
    { name: 'role', description: 'ADVISORY or DECISION_MAKING (004 ¶69)', value: (row) => row.body.role },
    { name: 'chair_type', description: 'Who chairs it (003 Table 3)', value: (row) => row.body.chairType },
    { name: 'voting_arrangement', description: 'How it votes (004 ¶89)', value: (row) => row.body.votingArrangement },
    { name: 'decision_rule', description: 'How it decides (004 Table 2.3)', value: (row) => row.body.decisionRule },
    {
      name: 'meeting_frequency',
      description: 'How often it meets, in words',
      value: (row) => row.body.meetingFrequency,
    },
    { name: 'established', description: 'When it was established', value: (row) => row.body.established },
    { name: 'aliases', description: 'Other names, separated by "; "', value: (row) => row.aliases },
    { name: 'valid_from', description: 'First day it exists', value: (row) => row.body.validFrom },
    {
      name: 'valid_to',
      description: 'First day it no longer exists; empty while it does',
      value: (row) => row.body.validTo,
    },
    { name: 'synthetic', description: 'true when generated for sample data', value: (row) => row.body.synthetic },
  ],
});
