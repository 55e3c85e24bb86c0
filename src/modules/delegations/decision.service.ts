import { and, eq, or, sql } from 'drizzle-orm';
import { bodies, decisions, delegations, memberships, ratifications } from '../../../schema/database/index';
import type { Context } from '../../context';
import type { Database } from '../../db';
import { explainConstraint } from '../../shared/database-errors';
import { heldOn, holdsOn, isoDate, type IsoDate } from '../../shared/dates';
import { badUserInput, notFound } from '../../shared/errors';
import { rowIdOf } from '../../shared/global-id';
import { lockRow } from '../history/locks';
import { onceFor, updateVersioned, write } from '../history/write';
import type { RatifyDecisionInput, RecordDecisionInput } from './decision.input';

export async function recordDecision(context: Context, input: RecordDecisionInput): Promise<string> {
  const bodyId = rowIdOf(input.body, 'Body', 'input.body');
  const delegationId = input.delegation ? rowIdOf(input.delegation, 'Delegation', 'input.delegation') : null;
  const decidedOn = isoDate(input.decidedOn);
  if (!input.summary.trim()) throw badUserInput('input.summary', 'Say what was decided');
  if (input.status === 'DECIDED_UNDER_DELEGATION' && !delegationId)
    throw badUserInput('input.delegation', 'A decision taken under delegation must name the delegation');
  return write(context, 'recordDecision', async (change) =>
    onceFor(change, context, input.clientMutationId, 'recordDecision', async () => {
      const [body] = await change.tx.select().from(bodies).where(eq(bodies.id, bodyId));
      if (!body) throw notFound('input.body', 'There is no such body');
      if (!heldOn(body, decidedOn)) throw badUserInput('input.decidedOn', `The body did not exist on ${decidedOn}`);
      if (delegationId) {
        // Held until commit, so a revocation meanwhile either sees this decision or is seen here.
        const delegation = await lockRow(change.tx, delegations, delegationId, 'share');
        if (!delegation) throw notFound('input.delegation', 'There is no such delegation');
        if (delegation.delegateBodyId !== bodyId)
          throw badUserInput('input.delegation', 'That delegation is not to this body: the body must be its delegate');
        if (!heldOn(delegation, decidedOn))
          throw badUserInput('input.delegation', `That delegation did not hold on ${decidedOn}`);
      }
      const [row] = await change.tx
        .insert(decisions)
        .values({
          bodyId,
          decidedOn,
          summary: input.summary,
          delegationId,
          status: input.status,
          published: input.published,
        })
        .returning()
        .catch((error) =>
          explainConstraint(error, {
            decisions_delegated_has_delegation: {
              field: 'input.delegation',
              message: 'A decision taken under delegation must name the delegation',
            },
          }),
        );
      change.record({ recordType: 'Decision', recordId: row!.id, areaId: body.areaId, before: null, after: row! });
      return row!.id;
    }),
  );
}

/**
 * Records the viewer's organisation's answer to a decision: its pending ratification is answered, or, for a partner
 * sitting on the body when it decided, a new answer is recorded. An answer once given is not changed here.
 */
export async function ratifyDecision(context: Context, input: RatifyDecisionInput): Promise<string> {
  const decisionId = rowIdOf(input.decision, 'Decision', 'input.decision');
  const organisationId = context.viewer.organisationId;
  const decidedOn = isoDate(input.decidedOn);
  if (input.status === 'PENDING') throw badUserInput('input.status', 'Answer RATIFIED or REJECTED');
  return write(context, 'ratifyDecision', async (change) => {
    const { tx } = change;
    // One answer per partner and decision, even when two arrive at once.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`ratification:${decisionId}:${organisationId}`}))`);
    const [decision] = await tx.select().from(decisions).where(eq(decisions.id, decisionId));
    if (!decision) throw notFound('input.decision', 'There is no such decision');
    if (decidedOn < decision.decidedOn)
      throw badUserInput('input.decidedOn', `The decision was taken on ${decision.decidedOn}; answer on or after it`);
    const [existing] = await tx
      .select()
      .from(ratifications)
      .where(and(eq(ratifications.decisionId, decisionId), eq(ratifications.organisationId, organisationId)));
    if (existing && existing.status !== 'PENDING')
      throw badUserInput(
        'input.status',
        `Your organisation already answered ${existing.status} on ${existing.decidedOn}`,
      );
    if (!existing && !(await satOn(change.tx, decision.bodyId, organisationId, decision.decidedOn)))
      throw badUserInput('input.decision', 'Your organisation was not a partner on that body when it decided');
    const answer = { status: input.status, decidedOn };
    const after = existing
      ? await updateVersioned(tx, ratifications, existing.id, existing.version, answer)
      : (
          await tx
            .insert(ratifications)
            .values({ decisionId, organisationId, ...answer })
            .returning()
        )[0]!;
    const [body] = await tx.select({ areaId: bodies.areaId }).from(bodies).where(eq(bodies.id, decision.bodyId));
    change.record({
      recordType: 'Decision',
      recordId: decisionId,
      areaId: body?.areaId ?? null,
      before: existing ?? null,
      after,
    });
    return after.id;
  });
}

async function satOn(tx: Database, bodyId: string, organisationId: string, on: IsoDate): Promise<boolean> {
  const [seat] = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(
      and(
        eq(memberships.bodyId, bodyId),
        or(eq(memberships.memberOrganisationId, organisationId), eq(memberships.onBehalfOfId, organisationId)),
        holdsOn(memberships, on),
      ),
    );
  return Boolean(seat);
}
