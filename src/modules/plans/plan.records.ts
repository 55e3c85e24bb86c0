import type { Context } from '../../context';
import type { IsoDate } from '../../shared/dates';
import { toGlobalId } from '../../shared/global-id';
import { fromRow } from '../../shared/records';
import { loadBody } from '../bodies/index';
import { loadOrganisation } from '../organisations/index';
import {
  Consultation,
  Plan,
  PlanLink,
  PlanReview,
  PlanStatusPeriod,
  PlanTarget,
  ResourceCommitment,
  type ConsultationRow,
  type PlanReviewRow,
  type PlanStatusRow,
  type PlanLinkRow,
  type PlanRow,
  type PlanTargetRow,
  type ResourceCommitmentRow,
} from './plan.type';

export const toPlan = (row: PlanRow, asOf: IsoDate) => fromRow(Plan, 'Plan', row, asOf);
/**
 * A part read as at another date has an id of its own that carries the date, as a commitment does: the plans and
 * bodies it leads to are read as at it, and a client cache keyed by id would otherwise merge the two views.
 */
const partIds = (
  type: 'PlanLink' | 'PlanTarget' | 'PlanStatusPeriod' | 'PlanReview',
  row: { id: string },
  asOf?: IsoDate,
) => ({ id: toGlobalId(type, row.id, asOf), recordId: toGlobalId(type, row.id), uuid: row.id });

export const toPlanLink = (row: PlanLinkRow, asOf: IsoDate) =>
  Object.assign(new PlanLink(), row, partIds('PlanLink', row, asOf), { asOf });
export const toConsultation = (row: ConsultationRow, asOf: IsoDate) => Object.assign(new Consultation(), row, { asOf });
export const toTarget = (row: PlanTargetRow, asOf: IsoDate) =>
  Object.assign(new PlanTarget(), row, partIds('PlanTarget', row, asOf), {
    targetValue: row.targetValue === null ? null : Number(row.targetValue),
    asOf,
  });
export const toPlanStatus = (row: PlanStatusRow) =>
  Object.assign(new PlanStatusPeriod(), row, partIds('PlanStatusPeriod', row));
export const toPlanReview = (row: PlanReviewRow, asOf: IsoDate) =>
  Object.assign(new PlanReview(), row, partIds('PlanReview', row, asOf), { asOf });

/** numeric arrives as a string; amounts are Floats (see `ResourceCommitment.amount`). */
export const toCommitment = (row: ResourceCommitmentRow, asOf: IsoDate) =>
  Object.assign(new ResourceCommitment(), row, {
    id: toGlobalId('ResourceCommitment', row.id, asOf),
    recordId: toGlobalId('ResourceCommitment', row.id),
    uuid: row.id,
    amount: row.amount === null ? null : Number(row.amount),
    asOf,
  });

/** For references the database guarantees (foreign keys), so a missing row is a fault, not an answer. */
export async function loadPlan({ stores }: Context, rowId: string, asOf: IsoDate): Promise<Plan> {
  const row = await stores.plans.byId.load(rowId);
  if (!row) throw new Error(`Plan ${rowId} is referenced but missing`);
  return toPlan(row, asOf);
}

/** A body or an organisation, whichever of the pair of columns is set (the database ensures exactly one). */
export function loadParty(context: Context, bodyId: string | null, organisationId: string | null, asOf: IsoDate) {
  return bodyId ? loadBody(context, bodyId, asOf) : loadOrganisation(context, organisationId!, asOf);
}
