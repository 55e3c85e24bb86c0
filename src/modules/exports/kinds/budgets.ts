import { asc, eq } from 'drizzle-orm';
import { budgetArrangements, contributions } from '../../../../schema/database/index';
import { BudgetStore, toContribution } from '../../budgets/index';
import { defineKind } from '../export-kind';
import { globalId, lookup } from './cells';

export const budgetArrangementsKind = defineKind({
  name: 'budget-arrangements',
  description: 'Arrangements in force on the date, as `budgetArrangements(filter: { area })` lists them.',
  select: (db, scope) =>
    db
      .select({
        arrangement: budgetArrangements,
        areaCode: lookup('areas', 'code', budgetArrangements.areaId),
        hostName: lookup('organisations', 'name', budgetArrangements.hostId),
        governingBodyName: lookup('bodies', 'name', budgetArrangements.governingBodyId),
      })
      .from(budgetArrangements)
      .where(new BudgetStore(db).conditions({ areaId: scope.areaId, asOf: scope.asOf }))
      .orderBy(asc(budgetArrangements.name), asc(budgetArrangements.id)),
  columns: [
    {
      name: 'id',
      description: 'The arrangement’s id in the API',
      value: (row) => globalId('BudgetArrangement', row.arrangement.id),
    },
    { name: 'name', description: 'Name', value: (row) => row.arrangement.name },
    {
      name: 'budget_kind',
      description: 'POOLED, ALIGNED, LAA, SERVICE_LEVEL_AGREEMENT or JOINT_FUND',
      value: (row) => row.arrangement.kind,
    },
    { name: 'legal_basis', description: 'LegalBasis (004 ¶135–¶136)', value: (row) => row.arrangement.legalBasis },
    { name: 'area_id', description: 'Its area', value: (row) => globalId('Area', row.arrangement.areaId) },
    { name: 'area_code', description: 'That area’s GSS code', value: (row) => row.areaCode },
    {
      name: 'host_id',
      description: 'The host that accounts for a pool',
      value: (row) => globalId('Organisation', row.arrangement.hostId),
    },
    { name: 'host_name', description: 'Its name', value: (row) => row.hostName },
    {
      name: 'governing_body_id',
      description: 'The body that governs it',
      value: (row) => globalId('Body', row.arrangement.governingBodyId),
    },
    { name: 'governing_body_name', description: 'Its name', value: (row) => row.governingBodyName },
    {
      name: 'service_areas',
      description: 'ServiceArea values, separated by "; "',
      value: (row) => row.arrangement.serviceAreas,
    },
    { name: 'outcomes', description: 'ECM outcomes, separated by "; "', value: (row) => row.arrangement.outcomes },
    { name: 'agreement', description: 'The agreement it rests on', value: (row) => row.arrangement.agreement },
    {
      name: 'pre_dates_trust',
      description: 'Whether it is older than the trust',
      value: (row) => row.arrangement.preDatesTrust,
    },
    { name: 'valid_from', description: 'First day in force', value: (row) => row.arrangement.validFrom },
    {
      name: 'valid_to',
      description: 'First day no longer in force; empty while it is',
      value: (row) => row.arrangement.validTo,
    },
    {
      name: 'synthetic',
      description: 'true when generated for sample data',
      value: (row) => row.arrangement.synthetic,
    },
  ],
});

const confidential = {
  parent: (row: { contribution: typeof contributions.$inferSelect }, asOf: string) =>
    toContribution(row.contribution, asOf),
};

export const contributionsKind = defineKind({
  name: 'contributions',
  description:
    'Every contribution (all years) to the arrangements of the export, as `BudgetArrangement.contributions` gives them.',
  select: (db, scope) =>
    db
      .select({
        contribution: contributions,
        arrangement: budgetArrangements,
        organisationName: lookup('organisations', 'name', contributions.organisationId),
      })
      .from(contributions)
      .innerJoin(budgetArrangements, eq(budgetArrangements.id, contributions.arrangementId))
      .where(new BudgetStore(db).conditions({ areaId: scope.areaId, asOf: scope.asOf }))
      .orderBy(
        asc(budgetArrangements.name),
        asc(budgetArrangements.id),
        asc(contributions.financialYear),
        asc(contributions.id),
      ),
  prime: (row, stores) => void stores.budgets.byId.prime(row.arrangement.id, row.arrangement),
  columns: [
    {
      name: 'id',
      description: 'The contribution’s id in the API',
      value: (row) => globalId('Contribution', row.contribution.id),
    },
    {
      name: 'arrangement_id',
      description: 'The arrangement',
      value: (row) => globalId('BudgetArrangement', row.arrangement.id),
    },
    { name: 'arrangement_name', description: 'Its name', value: (row) => row.arrangement.name },
    {
      name: 'organisation_id',
      description: 'The contributing partner',
      value: (row) => globalId('Organisation', row.contribution.organisationId),
    },
    { name: 'organisation_name', description: 'Its name', value: (row) => row.organisationName },
    { name: 'financial_year', description: 'e.g. 2008-09', value: (row) => row.contribution.financialYear },
    {
      name: 'resource_type',
      description: 'MONEY, STAFF_TIME, … (003 ¶103–¶105)',
      value: (row) => row.contribution.resourceType,
    },
    {
      name: 'amount',
      description: 'Pounds (confidential: `Contribution.amount`)',
      value: (row) => (row.contribution.amount === null ? null : Number(row.contribution.amount)),
      guard: { field: 'Contribution.amount', ...confidential },
    },
    {
      name: 'share_band',
      description: 'Share of the arrangement, e.g. "50-50" (confidential: `Contribution.shareBand`)',
      value: (row) => row.contribution.shareBand,
      guard: { field: 'Contribution.shareBand', ...confidential },
    },
    {
      name: 'synthetic',
      description: 'true when generated for sample data',
      value: (row) => row.contribution.synthetic,
    },
  ],
});
