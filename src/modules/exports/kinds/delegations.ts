import { asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { bodies, delegations } from '../../../../schema/database/index';
import { DelegationStore, toDelegation } from '../../delegations/index';
import { defineKind, type Column } from '../export-kind';
import { globalId, lookup, partyType } from './cells';

/** The body the rules read a delegation's area from: its delegate body, else its delegator body. */
const anchorBody = alias(bodies, 'anchor_body');

const names = {
  delegatorBody: lookup('bodies', 'name', delegations.delegatorBodyId),
  delegatorOrganisation: lookup('organisations', 'name', delegations.delegatorOrganisationId),
  delegateBody: lookup('bodies', 'name', delegations.delegateBodyId),
  delegateOrganisation: lookup('organisations', 'name', delegations.delegateOrganisationId),
  powerCode: lookup('powers', 'code', delegations.powerId),
};

type Row = { delegation: typeof delegations.$inferSelect } & { [name in keyof typeof names]: string | null };

const limit = (name: string, field: string, description: string, value: Column<Row>['value']): Column<Row> => ({
  name,
  description,
  value,
  guard: { field: `Delegation.${field}`, parent: (row, asOf) => toDelegation(row.delegation, asOf) },
});

export const delegationsKind = defineKind({
  name: 'delegations',
  description: 'Delegations in force on the date touching the area, as `delegations(filter: { area })` lists them.',
  select: (db, scope) =>
    db
      .select({ delegation: delegations, anchor: anchorBody, ...names })
      .from(delegations)
      .leftJoin(
        anchorBody,
        eq(anchorBody.id, sql`coalesce(${delegations.delegateBodyId}, ${delegations.delegatorBodyId})`),
      )
      .where(new DelegationStore(db).conditions({ areaId: scope.areaId, asOf: scope.asOf }))
      .orderBy(asc(delegations.validFrom), asc(delegations.id)),
  prime: (row, stores) => {
    if (row.anchor) stores.bodies.byId.prime(row.anchor.id, row.anchor);
  },
  columns: [
    {
      name: 'id',
      description: 'The delegation’s id in the API',
      value: (row) => globalId('Delegation', row.delegation.id),
    },
    { name: 'power_code', description: 'The power delegated', value: (row) => row.powerCode },
    {
      name: 'delegator_type',
      description: 'BODY or ORGANISATION',
      value: (row) => partyType(row.delegation.delegatorBodyId),
    },
    {
      name: 'delegator_id',
      description: 'Who delegates',
      value: (row) =>
        globalId('Body', row.delegation.delegatorBodyId) ??
        globalId('Organisation', row.delegation.delegatorOrganisationId),
    },
    { name: 'delegator_name', description: 'Its name', value: (row) => row.delegatorBody ?? row.delegatorOrganisation },
    {
      name: 'delegate_type',
      description: 'BODY or ORGANISATION',
      value: (row) => partyType(row.delegation.delegateBodyId),
    },
    {
      name: 'delegate_id',
      description: 'Who receives the power',
      value: (row) =>
        globalId('Body', row.delegation.delegateBodyId) ??
        globalId('Organisation', row.delegation.delegateOrganisationId),
    },
    { name: 'delegate_name', description: 'Its name', value: (row) => row.delegateBody ?? row.delegateOrganisation },
    { name: 'scope', description: 'What may be decided, in words', value: (row) => row.delegation.scope },
    { name: 'instrument', description: 'The instrument of delegation', value: (row) => row.delegation.instrument },
    limit('financial_limit', 'financialLimit', 'Cap in pounds (confidential: `Delegation.financialLimit`)', (row) =>
      row.delegation.financialLimit === null ? null : Number(row.delegation.financialLimit),
    ),
    limit(
      'reserved_matters',
      'reservedMatters',
      'Matters kept back, separated by "; " (confidential)',
      (row) => row.delegation.reservedMatters,
    ),
    {
      name: 'sub_delegation_allowed',
      description: 'Whether the delegate may delegate on',
      value: (row) => row.delegation.subDelegationAllowed,
    },
    {
      name: 'parent_delegation_id',
      description: 'The delegation this one passes on',
      value: (row) => globalId('Delegation', row.delegation.parentDelegationId),
    },
    { name: 'decision_rule', description: 'How the delegate decides', value: (row) => row.delegation.decisionRule },
    { name: 'valid_from', description: 'First day in force', value: (row) => row.delegation.validFrom },
    {
      name: 'valid_to',
      description: 'First day no longer in force; empty while it is',
      value: (row) => row.delegation.validTo,
    },
    { name: 'synthetic', description: 'true when generated for sample data', value: (row) => row.delegation.synthetic },
  ],
});
