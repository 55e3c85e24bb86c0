import { sql } from 'drizzle-orm';
import { bodySuccessions } from '../../../schema/database/index';
import type { Context } from '../../context';
import { explainConstraint } from '../../shared/database-errors';
import { heldOn, isoDate } from '../../shared/dates';
import { badUserInput } from '../../shared/errors';
import { rowIdOf } from '../../shared/global-id';
import { followsThroughSuccessions } from '../../shared/successions';
import { onceFor, write } from '../history/write';
import type { RecordBodySuccessionInput } from './body-parts.input';
import { bodyInTransaction, lifetimeOf } from './body.service';

const constraintMeanings = {
  body_successions_pair_key: {
    field: 'input.successor',
    message: 'That body is already recorded as succeeding the predecessor',
  },
};

/**
 * Records one body succeeding another (ACPC → LSCB, 004 Box 2.1). The successor must exist on the day and the
 * predecessor must have begun before it; successions never loop back, so a body never succeeds itself, even through
 * others.
 */
export async function recordBodySuccession(context: Context, input: RecordBodySuccessionInput): Promise<string> {
  const predecessorId = rowIdOf(input.predecessor, 'Body', 'input.predecessor');
  const successorId = rowIdOf(input.successor, 'Body', 'input.successor');
  const occurredOn = isoDate(input.occurredOn);
  if (predecessorId === successorId) throw badUserInput('input.successor', 'A body cannot succeed itself');
  return write(context, 'recordBodySuccession', async (change) =>
    onceFor(change, context, input.clientMutationId, 'recordBodySuccession', async () => {
      // One succession at a time, so two concurrent writes cannot close a loop between them.
      await change.tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('body-successions'))`);
      const predecessor = await bodyInTransaction(change.tx, predecessorId, 'input.predecessor');
      const successor = await bodyInTransaction(change.tx, successorId, 'input.successor');
      if (predecessor.validFrom >= occurredOn) {
        throw badUserInput(
          'input.occurredOn',
          `${lifetimeOf(predecessor, 'The predecessor')}; it must have begun before the succession`,
        );
      }
      if (!heldOn(successor, occurredOn)) {
        throw badUserInput(
          'input.occurredOn',
          `${lifetimeOf(successor, 'The successor')}; it must exist on the day it takes over`,
        );
      }
      if (await followsThroughSuccessions(change.tx, bodySuccessions, successorId, predecessorId)) {
        throw badUserInput('input.successor', 'The successor already precedes that body: successions cannot loop');
      }
      const [row] = await change.tx
        .insert(bodySuccessions)
        .values({ predecessorId, successorId, occurredOn })
        .returning()
        .catch((error) => explainConstraint(error, constraintMeanings));
      change.record({
        recordType: 'BodySuccession',
        recordId: row!.id,
        areaId: successor.areaId,
        before: null,
        after: row!,
      });
      return row!.id;
    }),
  );
}
