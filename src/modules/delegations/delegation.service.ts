import { and, count, eq, gte, sql } from 'drizzle-orm';
import { decisions, delegations, powers } from '../../../schema/database/index';
import type { Context } from '../../context';
import { selectRows } from '../../db';
import { explainConstraint } from '../../shared/database-errors';
import { isoDate, periodFromInput, within, type Period } from '../../shared/dates';
import { assertEndDate } from '../../shared/ending';
import { badUserInput, notFound } from '../../shared/errors';
import { rowIdOf } from '../../shared/global-id';
import { partyOf, type PartyRecord } from '../accountability/index';
import { assertPartyFitsLegalBasis } from '../budgets/index';
import { lockRow } from '../history/locks';
import { assertVersion, onceFor, updateVersioned, write, type Write } from '../history/write';
import type { DelegatePowerInput, RevokeDelegationInput } from './delegation.input';
import type { DelegationRow } from './delegation.type';

/**
 * A delegate never gets more than its delegator holds (DOMAIN.md §4 rule 10): a sub-delegation lies within its
 * parent's power, period and financial limit, keeps its reserved matters reserved, and needs its permission.
 */
function checkWithinParent(parent: DelegationRow, delegator: PartyRecord, child: DelegationChild): void {
  const field = 'input.parentDelegation';
  if ((parent.delegateBodyId ?? parent.delegateOrganisationId) !== delegator.id)
    throw badUserInput(field, 'The parent delegation must be to the delegator');
  if (!parent.subDelegationAllowed) throw badUserInput(field, 'The parent delegation does not allow sub-delegation');
  if (parent.powerId !== child.powerId) throw badUserInput('input.power', 'A sub-delegation passes on the same power');
  if (!within(child.period, parent)) {
    throw badUserInput(
      'input.validFrom',
      `A sub-delegation must lie within its parent (from ${parent.validFrom}${parent.validTo ? ` to ${parent.validTo}` : ''})`,
    );
  }
  if (parent.financialLimit !== null) {
    const cap = Number(parent.financialLimit);
    if (child.financialLimit === null || child.financialLimit > cap)
      throw badUserInput('input.financialLimit', `The delegator may itself commit at most £${cap}`);
  }
  const released = parent.reservedMatters.filter((matter) => !child.reservedMatters.includes(matter));
  if (released.length)
    throw badUserInput('input.reservedMatters', `Reserved matters stay reserved: ${released.join('; ')}`);
}

interface DelegationChild {
  powerId: string;
  period: Period;
  financialLimit: number | null;
  reservedMatters: string[];
}

/** The statutory pooling powers, by code, and the legal basis each is exercised under (004 ¶135–¶136). */
const poolingPowers: Record<string, 'HEALTH_ACT_1999_S31' | 'CHILDREN_ACT_2004_S10'> = {
  HEALTH_ACT_1999_S31_AGREEMENT: 'HEALTH_ACT_1999_S31',
  CHILDREN_ACT_2004_S10_POOLED_FUND: 'CHILDREN_ACT_2004_S10',
};

/**
 * DOMAIN.md §4 rules 10 and 11, refused: a pooling power is the statute's gift to the authority and its relevant
 * partners (s10) or to local authorities and health bodies (s31) alone (004 ¶136), so an organisation outside them
 * (a voluntary body, say) holds no such power to delegate. The state is unlawful, not merely unadvised.
 */
async function assertDelegatorHoldsPool(change: Write, code: string, organisationId: string | null, on: string) {
  const basis = poolingPowers[code];
  if (!basis || !organisationId) return;
  await assertPartyFitsLegalBasis(change.tx, basis, {
    id: organisationId,
    field: 'input.delegator',
    role: 'delegator of the pooling power',
    on,
  });
}

/** One delegation change at a time, so a grant cannot slip under a parent being revoked. */
const lockDelegations = ({ tx }: Write) => tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('delegations'))`);

export async function delegatePower(context: Context, input: DelegatePowerInput): Promise<string> {
  const period = periodFromInput(input.validFrom, input.validTo);
  const powerId = rowIdOf(input.power, 'Power', 'input.power');
  const parentId = input.parentDelegation
    ? rowIdOf(input.parentDelegation, 'Delegation', 'input.parentDelegation')
    : null;
  const financialLimit = input.financialLimit ?? null;
  if (financialLimit !== null && !(financialLimit >= 0 && financialLimit < 1e12))
    throw badUserInput('input.financialLimit', 'A financial limit is between £0 and £999,999,999,999.99');
  if (!input.scope.trim()) throw badUserInput('input.scope', 'Say what the delegate may decide');
  return write(context, 'delegatePower', async (change) =>
    onceFor(change, context, input.clientMutationId, 'delegatePower', async () => {
      await lockDelegations(change);
      const [power] = await change.tx
        .select({ id: powers.id, code: powers.code })
        .from(powers)
        .where(eq(powers.id, powerId));
      if (!power) throw notFound('input.power', 'There is no such power');
      const delegator = await partyOf(change, input.delegator, 'input.delegator');
      await assertDelegatorHoldsPool(change, power.code, delegator.organisationId, period.validFrom);
      const delegate = await partyOf(change, input.delegate, 'input.delegate');
      if (delegator.id === delegate.id) throw badUserInput('input.delegate', 'A delegator never delegates to itself');
      if (!within(period, delegator.period) || !within(period, delegate.period))
        throw badUserInput('input.validFrom', 'A delegation must lie within the existence of both parties');
      if (delegator.bodyId && !parentId) {
        throw badUserInput(
          'input.parentDelegation',
          'A body passes on only a power delegated to it: name that delegation',
        );
      }
      if (parentId) {
        const [parent] = await change.tx.select().from(delegations).where(eq(delegations.id, parentId));
        if (!parent) throw notFound('input.parentDelegation', 'There is no such delegation');
        checkWithinParent(parent, delegator, {
          powerId,
          period,
          financialLimit,
          reservedMatters: input.reservedMatters,
        });
      }
      const [row] = await change.tx
        .insert(delegations)
        .values({
          powerId,
          delegatorBodyId: delegator.bodyId,
          delegatorOrganisationId: delegator.organisationId,
          delegateBodyId: delegate.bodyId,
          delegateOrganisationId: delegate.organisationId,
          scope: input.scope,
          instrument: input.instrument ?? null,
          financialLimit: financialLimit === null ? null : String(financialLimit),
          reservedMatters: input.reservedMatters,
          subDelegationAllowed: input.subDelegationAllowed,
          parentDelegationId: parentId,
          decisionRule: input.decisionRule ?? null,
          ...period,
        })
        .returning()
        .catch((error) =>
          explainConstraint(error, {
            delegations_financial_limit_positive: {
              field: 'input.financialLimit',
              message: 'A financial limit cannot be negative',
            },
          }),
        );
      change.record({
        recordType: 'Delegation',
        recordId: row!.id,
        areaId: delegator.areaId ?? delegate.areaId,
        before: null,
        after: row!,
      });
      return row!.id;
    }),
  );
}

export async function revokeDelegation(context: Context, input: RevokeDelegationInput): Promise<string> {
  const id = rowIdOf(input.delegation, 'Delegation', 'input.delegation');
  const endOn = isoDate(input.endOn);
  return write(context, 'revokeDelegation', async (change) => {
    await lockDelegations(change);
    // Decisions taken under it lock it for share rather than wait for every delegation change, so it is locked here
    // before they are counted.
    const before = await lockRow(change.tx, delegations, id, 'update');
    if (!before) throw notFound('input.delegation', 'There is no such delegation');
    assertVersion(before, input.expectedVersion);
    assertEndDate(before, endOn, 'delegation');
    const [outlasting] = await change.tx
      .select({ total: count() })
      .from(delegations)
      .where(
        and(eq(delegations.parentDelegationId, id), sql`coalesce(${delegations.validTo}, 'infinity') > ${endOn}::date`),
      );
    if (outlasting?.total)
      throw badUserInput('input.endOn', `${outlasting.total} sub-delegation(s) run beyond that date: end them first`);
    const [taken] = await change.tx
      .select({ total: count() })
      .from(decisions)
      .where(and(eq(decisions.delegationId, id), gte(decisions.decidedOn, endOn)));
    if (taken?.total)
      throw badUserInput('input.endOn', `${taken.total} decision(s) were taken under it on or after that date`);
    const after = await updateVersioned(change.tx, delegations, id, input.expectedVersion, { validTo: endOn });
    const partyId = before.delegatorBodyId ?? before.delegatorOrganisationId!;
    const [area] = await selectRows<{ areaId: string | null }>(
      change.tx,
      sql`SELECT area_id AS "areaId" FROM bodies WHERE id = ${partyId} UNION ALL SELECT area_id FROM organisations WHERE id = ${partyId}`,
    );
    change.record({ recordType: 'Delegation', recordId: id, areaId: area?.areaId ?? null, before, after });
    return id;
  });
}
