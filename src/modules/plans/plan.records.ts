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
  PlanTarget,
  ResourceCommitment,
  type ConsultationRow,
  type PlanLinkRow,
  type PlanRow,
  type PlanTargetRow,
  type ResourceCommitmentRow,
} from './plan.type';

export const toPlan = (row: PlanRow, asOf: IsoDate) => fromRow(Plan, 'Plan', row, asOf);
export const toPlanLink = (row: PlanLinkRow, asOf: IsoDate) => Object.assign(new PlanLink(), row, { asOf });
export const toConsultation = (row: ConsultationRow, asOf: IsoDate) => Object.assign(new Consultation(), row, { asOf });
export const toTarget = (row: PlanTargetRow, asOf: IsoDate) => Object.assign(new PlanTarget(), row, { asOf });

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
