import { and, eq, or } from 'drizzle-orm';
import { dutyStatuses, organisations, type legalBasis } from '../../../schema/database/index';
import type { Database } from '../../db';
import { holdsOn, type IsoDate } from '../../shared/dates';
import { badUserInput, notFound } from '../../shared/errors';

type LegalBasis = (typeof legalBasis.enumValues)[number];

/** Under s31 the parties to a pool are limited to local authorities and health bodies (004 ¶136; DOMAIN §4 rule 11). */
export const s31PartyKinds: readonly string[] = [
  'LOCAL_AUTHORITY',
  'PRIMARY_CARE_TRUST',
  'CARE_TRUST',
  'NHS_TRUST',
  'STRATEGIC_HEALTH_AUTHORITY',
  'OTHER_HEALTH_BODY',
];

export interface Party {
  id: string;
  /** The input field that names the organisation, for the error. */
  field: 'input.host' | 'input.organisation' | 'input.delegator';
  /** How the party takes part, in words: "host" or "contributor". */
  role: string;
  /** The day it takes part: the arrangement's start for a host, the later of that and the year's start for a contributor. */
  on: IsoDate;
}

interface Organisation {
  id: string;
  name: string;
  kind: (typeof organisations.$inferSelect)['kind'];
}

/** An organisation read inside the write's transaction, or NOT_FOUND naming the field. */
async function organisationOf(tx: Database, { id, field }: Party): Promise<Organisation> {
  const [row] = await tx
    .select({ id: organisations.id, name: organisations.name, kind: organisations.kind })
    .from(organisations)
    .where(eq(organisations.id, id));
  if (!row) throw notFound(field, 'There is no such organisation');
  return row;
}

/**
 * Its status under the Children Act 2004 s10 on a date: its own row where it has one, else its kind's. An
 * organisation's own row overrides its kind's, as `Organisation.dutyStatuses` lists both for the same reason.
 */
async function section10Status(tx: Database, organisation: Organisation, on: IsoDate) {
  const rows = await tx
    .select({ organisationId: dutyStatuses.organisationId, status: dutyStatuses.status })
    .from(dutyStatuses)
    .where(
      and(
        eq(dutyStatuses.regime, 'CA2004_S10'),
        or(eq(dutyStatuses.organisationId, organisation.id), eq(dutyStatuses.organisationKind, organisation.kind)),
        holdsOn(dutyStatuses, on),
      ),
    );
  const own = rows.find((row) => row.organisationId === organisation.id);
  return own ? { status: own.status, whose: 'its own' } : { status: rows[0]?.status ?? null, whose: 'its kind’s' };
}

/**
 * DOMAIN §4 rule 11 (ERROR): a pool's parties fit its legal basis. Under s31 they are local authorities and health
 * bodies; under s10 they are "the authority and any of their relevant partners" (004 ¶136), that is organisations
 * with the duty to co-operate on the day they take part. Other bases put no limit on the parties.
 */
export async function assertPartyFitsLegalBasis(tx: Database, basis: LegalBasis, party: Party): Promise<void> {
  if (basis !== 'HEALTH_ACT_1999_S31' && basis !== 'CHILDREN_ACT_2004_S10') return;
  const organisation = await organisationOf(tx, party);
  if (basis === 'HEALTH_ACT_1999_S31') {
    if (!s31PartyKinds.includes(organisation.kind)) {
      throw badUserInput(
        party.field,
        `Under s31 only local authorities and health bodies may be parties (004 ¶136), so ${organisation.name} (${organisation.kind}) cannot be the ${party.role}`,
      );
    }
    return;
  }
  const { status, whose } = await section10Status(tx, organisation, party.on);
  if (status !== 'DUTY_TO_COOPERATE') {
    const found = status ? `${whose} status is ${status}` : 'no status under s10 is recorded for it or its kind';
    throw badUserInput(
      party.field,
      `Under s10 the parties are the authority and its relevant partners (004 ¶136), so ${organisation.name} (${organisation.kind}) cannot be the ${party.role}: on ${party.on} it had no duty to co-operate (${found})`,
    );
  }
}
