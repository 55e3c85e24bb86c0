import { and, eq, gt, isNull, lt, or } from 'drizzle-orm';
import { organisations, people, postHoldings, posts } from '../../../schema/database/index';
import type { Context } from '../../context';
import type { Database } from '../../db';
import { explainConstraint } from '../../shared/database-errors';
import { isoDate, periodFromInput, type Period } from '../../shared/dates';
import { assertEndDate } from '../../shared/ending';
import { badUserInput, notFound } from '../../shared/errors';
import { rowIdOf, toGlobalId } from '../../shared/global-id';
import { lockRow } from '../history/locks';
import { assertVersion, onceFor, updateVersioned, write } from '../history/write';
import type { EndPostHoldingInput, RecordPostHoldingInput } from './post-holding.input';

/** What the database's constraints mean to someone recording who holds a post. */
const constraintMeanings = {
  post_holdings_one_holder_at_a_time: {
    field: 'input.validFrom',
    message: 'The post already has a holder for part of that period; a post has one holder at a time',
  },
  post_holdings_person_id_people_id_fk: { field: 'input.person', message: 'There is no such person' },
  post_holdings_post_id_posts_id_fk: { field: 'input.post', message: 'There is no such post' },
};

const describePeriod = ({ validFrom, validTo }: Period) => `from ${validFrom}${validTo ? ` to ${validTo}` : ''}`;

/** History of a holding is kept in its employer's area, so that the area's auditors can read it. */
async function areaOfEmployer(tx: Database, employerId: string | null): Promise<string | null> {
  if (!employerId) return null;
  const [employer] = await tx.select().from(organisations).where(eq(organisations.id, employerId));
  return employer?.areaId ?? null;
}

/** The holding lies within the post's own existence: nobody holds a post before it exists or after it ends. */
function assertWithinPost(period: Period, post: Period): void {
  const existence = `The post exists ${describePeriod(post)}`;
  if (period.validFrom < post.validFrom) {
    throw badUserInput('input.validFrom', `${existence}; the holding starts earlier`);
  }
  if (post.validTo !== null && period.validFrom >= post.validTo) {
    throw badUserInput('input.validFrom', `${existence}; the holding starts after it ended`);
  }
  if (post.validTo !== null && period.validTo !== null && period.validTo > post.validTo) {
    throw badUserInput('input.validTo', `${existence}; the holding ends later`);
  }
}

/**
 * Names the holding that is in the way, by its dates and id but not its holder: the holder's name is guarded on
 * read, and an error must not reveal it to someone who may not read it.
 */
async function refuseSecondHolder(tx: Database, postId: string, period: Period): Promise<void> {
  const overlapping = and(
    eq(postHoldings.postId, postId),
    or(isNull(postHoldings.validTo), gt(postHoldings.validTo, period.validFrom)),
    period.validTo === null ? undefined : lt(postHoldings.validFrom, period.validTo),
  );
  const [clash] = await tx.select().from(postHoldings).where(overlapping).orderBy(postHoldings.validFrom).limit(1);
  if (clash) {
    throw badUserInput(
      'input.validFrom',
      `The post already has a holder ${describePeriod(clash)} (holding ${toGlobalId('PostHolding', clash.id)}); a post has one holder at a time`,
    );
  }
}

export async function recordPostHolding(context: Context, input: RecordPostHoldingInput): Promise<string> {
  const postId = rowIdOf(input.post, 'Post', 'input.post');
  const personId = rowIdOf(input.person, 'Person', 'input.person');
  const asked = periodFromInput(input.validFrom, input.validTo);
  return write(context, 'recordPostHolding', async (change) =>
    onceFor(change, context, input.clientMutationId, 'recordPostHolding', async () => {
      // Held until commit, so a post being ended meanwhile either sees this holding or is seen ended here.
      const post = await lockRow(change.tx, posts, postId, 'share');
      if (!post) throw notFound('input.post', 'There is no such post');
      const [person] = await change.tx.select({ id: people.id }).from(people).where(eq(people.id, personId));
      if (!person) throw notFound('input.person', 'There is no such person');
      // An open holding of a post that has ended ends with it, as a post ends with its employer.
      const period = { validFrom: asked.validFrom, validTo: asked.validTo ?? post.validTo };
      assertWithinPost(period, post);
      await refuseSecondHolder(change.tx, postId, period);
      const [row] = await change.tx
        .insert(postHoldings)
        .values({ postId, personId, ...period })
        .returning()
        .catch((error) => explainConstraint(error, constraintMeanings));
      const areaId = await areaOfEmployer(change.tx, post.employerId);
      change.record({ recordType: 'PostHolding', recordId: row!.id, areaId, before: null, after: row! });
      return row!.id;
    }),
  );
}

export async function endPostHolding(context: Context, input: EndPostHoldingInput): Promise<string> {
  const id = rowIdOf(input.holding, 'PostHolding', 'input.holding');
  const endOn = isoDate(input.endOn);
  return write(context, 'endPostHolding', async (change) => {
    const [before] = await change.tx.select().from(postHoldings).where(eq(postHoldings.id, id));
    if (!before) throw notFound('input.holding', 'There is no such holding');
    assertVersion(before, input.expectedVersion);
    assertEndDate(before, endOn, 'holding');
    const after = await updateVersioned(change.tx, postHoldings, id, input.expectedVersion, { validTo: endOn });
    const [post] = await change.tx
      .select({ employerId: posts.employerId })
      .from(posts)
      .where(eq(posts.id, before.postId));
    const areaId = await areaOfEmployer(change.tx, post?.employerId ?? null);
    change.record({ recordType: 'PostHolding', recordId: id, areaId, before, after });
    return id;
  });
}
