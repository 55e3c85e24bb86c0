import { sql } from 'drizzle-orm';
import { organisationSuccessions } from '../../../schema/database/index';
import type { Context } from '../../context';
import { explainConstraint } from '../../shared/database-errors';
import { heldOn, isoDate } from '../../shared/dates';
import { badUserInput } from '../../shared/errors';
import { rowIdOf } from '../../shared/global-id';
import { followsThroughSuccessions } from '../../shared/successions';
import { onceFor, write } from '../history/write';
import { organisationOf } from './organisation-part.service';
import type { RecordOrganisationSuccessionInput } from './organisation-part.input';

const constraintMeanings = {
  organisation_successions_pair_key: {
    field: 'input.successor',
    message: 'That succession is already recorded: the successor already succeeds that predecessor',
  },
  organisation_successions_predecessor_id_organisations_id_fk: {
    field: 'input.predecessor',
    message: 'There is no such organisation',
  },
  organisation_successions_successor_id_organisations_id_fk: {
    field: 'input.successor',
    message: 'There is no such organisation',
  },
};

export async function recordOrganisationSuccession(
  context: Context,
  input: RecordOrganisationSuccessionInput,
): Promise<string> {
  const predecessorId = rowIdOf(input.predecessor, 'Organisation', 'input.predecessor');
  const successorId = rowIdOf(input.successor, 'Organisation', 'input.successor');
  if (predecessorId === successorId) throw badUserInput('input.successor', 'An organisation cannot succeed itself');
  const occurredOn = isoDate(input.occurredOn);
  const operation = 'recordOrganisationSuccession';
  return write(context, operation, async (change) =>
    onceFor(change, context, input.clientMutationId, operation, async () => {
      // Successions are recorded one at a time, so two that would close a circle between them cannot both pass the
      // check below unseen by each other. They are rare, administrators' work, so the wait costs nothing.
      await change.tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('organisation_successions'))`);
      const predecessor = await organisationOf(change.tx, predecessorId, 'input.predecessor');
      const successor = await organisationOf(change.tx, successorId, 'input.successor');
      if (predecessor.validFrom >= occurredOn) {
        throw badUserInput(
          'input.occurredOn',
          `The predecessor began on ${predecessor.validFrom}; it must have existed before the succession`,
        );
      }
      if (!heldOn(successor, occurredOn)) {
        const when =
          successor.validFrom > occurredOn ? `began on ${successor.validFrom}` : `ended on ${successor.validTo}`;
        throw badUserInput('input.occurredOn', `The successor ${when}; it must exist on the day of the succession`);
      }
      if (await followsThroughSuccessions(change.tx, organisationSuccessions, successorId, predecessorId)) {
        throw badUserInput(
          'input.predecessor',
          `${predecessor.name} already follows ${successor.name}, directly or through other successions; a succession cannot go round in a circle`,
        );
      }
      const [row] = await change.tx
        .insert(organisationSuccessions)
        .values({ predecessorId, successorId, kind: input.kind, occurredOn })
        .returning()
        .catch((error) => explainConstraint(error, constraintMeanings));
      change.record({
        recordType: 'OrganisationSuccession',
        recordId: row!.id,
        areaId: successor.areaId,
        before: null,
        after: row!,
      });
      return row!.id;
    }),
  );
}
