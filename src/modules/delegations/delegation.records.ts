import type { Context } from '../../context';
import type { IsoDate } from '../../shared/dates';
import { fromRow } from '../../shared/records';
import { loadBody } from '../bodies/index';
import { loadOrganisation } from '../organisations/index';
import { Decision, Ratification, type DecisionRow, type RatificationRow } from './decision.type';
import { Delegation, Power, type DelegationRow, type PowerRow } from './delegation.type';

/** numeric columns arrive as strings; see `Delegation.financialLimit` for why money is a Float. */
export function amountOf(value: string | null): number | null {
  return value === null ? null : Number(value);
}

export const toPower = (row: PowerRow, asOf: IsoDate) => fromRow(Power, 'Power', row, asOf);
export const toDelegation = (row: DelegationRow, asOf: IsoDate) =>
  fromRow(Delegation, 'Delegation', { ...row, financialLimit: amountOf(row.financialLimit) }, asOf);
export const toDecision = (row: DecisionRow, asOf: IsoDate) => fromRow(Decision, 'Decision', row, asOf);
export const toRatification = (row: RatificationRow, asOf: IsoDate) => Object.assign(new Ratification(), row, { asOf });

/** A body or an organisation, whichever of the pair of columns is set (the database ensures exactly one). */
export function loadParty(context: Context, bodyId: string | null, organisationId: string | null, asOf: IsoDate) {
  return bodyId ? loadBody(context, bodyId, asOf) : loadOrganisation(context, organisationId!, asOf);
}

/** For references the database guarantees (foreign keys), so a missing row is a fault, not an answer. */
export async function loadDelegation({ stores }: Context, rowId: string, asOf: IsoDate): Promise<Delegation> {
  const row = await stores.delegations.byId.load(rowId);
  if (!row) throw new Error(`Delegation ${rowId} is referenced but missing`);
  return toDelegation(row, asOf);
}

export async function loadDecision({ stores }: Context, rowId: string, asOf: IsoDate): Promise<Decision> {
  const row = await stores.decisions.byId.load(rowId);
  if (!row) throw new Error(`Decision ${rowId} is referenced but missing`);
  return toDecision(row, asOf);
}
