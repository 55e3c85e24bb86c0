import { eq } from 'drizzle-orm';
import { bodies, budgetArrangements, organisations } from '../../../schema/database/index';
import type { Context } from '../../context';
import type { Database } from '../../db';
import { explainConstraint } from '../../shared/database-errors';
import { isoDate, periodFromInput, within } from '../../shared/dates';
import { assertEndDate } from '../../shared/ending';
import { badUserInput, notFound } from '../../shared/errors';
import { rowIdOf } from '../../shared/global-id';
import { assertVersion, onceFor, updateVersioned, write } from '../history/write';
import type { CreateBudgetArrangementInput, EndBudgetArrangementInput } from './budget.input';

/** Under s31 the parties to a pool are limited to local authorities and health bodies (004 ¶136; DOMAIN §4 rule 11). */
export const s31PartyKinds: readonly string[] = [
  'LOCAL_AUTHORITY',
  'PRIMARY_CARE_TRUST',
  'CARE_TRUST',
  'NHS_TRUST',
  'STRATEGIC_HEALTH_AUTHORITY',
  'OTHER_HEALTH_BODY',
];

/** What the database's constraints mean to someone creating an arrangement (DOMAIN §4 rule 12). */
const constraintMeanings = {
  budget_arrangements_pool_has_host: { field: 'input.host', message: 'A pooled fund needs exactly one host' },
  budget_arrangements_aligned_has_no_host: {
    field: 'input.host',
    message: 'An aligned budget has no host: each partner’s money stays in its own accounts',
  },
  budget_arrangements_area_id_areas_id_fk: { field: 'input.area', message: 'There is no such area' },
  budget_arrangements_host_id_organisations_id_fk: { field: 'input.host', message: 'There is no such organisation' },
  budget_arrangements_governing_body_id_bodies_id_fk: {
    field: 'input.governingBody',
    message: 'There is no such body',
  },
};

/** An organisation's kind read inside the write's transaction, or NOT_FOUND naming the field. */
export async function organisationKind(tx: Database, id: string, field: string): Promise<string> {
  const [row] = await tx.select({ kind: organisations.kind }).from(organisations).where(eq(organisations.id, id));
  if (!row) throw notFound(field, 'There is no such organisation');
  return row.kind;
}

export async function createBudgetArrangement(context: Context, input: CreateBudgetArrangementInput): Promise<string> {
  const period = periodFromInput(input.validFrom, input.validTo);
  const name = input.name.trim();
  if (!name) throw badUserInput('input.name', 'Give the arrangement a name');
  const values = {
    name,
    kind: input.kind,
    legalBasis: input.legalBasis,
    areaId: rowIdOf(input.area, 'Area', 'input.area'),
    hostId: input.host ? rowIdOf(input.host, 'Organisation', 'input.host') : null,
    governingBodyId: input.governingBody ? rowIdOf(input.governingBody, 'Body', 'input.governingBody') : null,
    serviceAreas: input.serviceAreas,
    outcomes: input.outcomes,
    agreement: input.agreement ?? null,
    preDatesTrust: input.preDatesTrust,
    ...period,
  };
  return write(context, 'createBudgetArrangement', async (change) =>
    onceFor(change, context, input.clientMutationId, 'createBudgetArrangement', async () => {
      if (values.hostId && values.legalBasis === 'HEALTH_ACT_1999_S31') {
        const kind = await organisationKind(change.tx, values.hostId, 'input.host');
        if (!s31PartyKinds.includes(kind)) {
          throw badUserInput('input.host', `Under s31 the host must be a local authority or health body, not ${kind}`);
        }
      }
      if (values.governingBodyId) {
        const [body] = await change.tx.select().from(bodies).where(eq(bodies.id, values.governingBodyId));
        if (!body) throw notFound('input.governingBody', 'There is no such body');
        if (!within(period, body)) {
          throw badUserInput('input.validFrom', 'The arrangement must lie within its governing body’s existence');
        }
      }
      const [row] = await change.tx
        .insert(budgetArrangements)
        .values(values)
        .returning()
        .catch((error) => explainConstraint(error, constraintMeanings));
      change.record({
        recordType: 'BudgetArrangement',
        recordId: row!.id,
        areaId: row!.areaId,
        before: null,
        after: row!,
      });
      return row!.id;
    }),
  );
}

export async function endBudgetArrangement(context: Context, input: EndBudgetArrangementInput): Promise<string> {
  const id = rowIdOf(input.arrangement, 'BudgetArrangement', 'input.arrangement');
  const endOn = isoDate(input.endOn);
  return write(context, 'endBudgetArrangement', async (change) => {
    const [before] = await change.tx.select().from(budgetArrangements).where(eq(budgetArrangements.id, id));
    if (!before) throw notFound('input.arrangement', 'There is no such budget arrangement');
    assertVersion(before, input.expectedVersion);
    assertEndDate(before, endOn, 'arrangement');
    const after = await updateVersioned(change.tx, budgetArrangements, id, input.expectedVersion, { validTo: endOn });
    change.record({ recordType: 'BudgetArrangement', recordId: id, areaId: before.areaId, before, after });
    return id;
  });
}
