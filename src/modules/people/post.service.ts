import { and, count, eq } from 'drizzle-orm';
import { memberships, organisations, postHoldings, posts } from '../../../schema/database/index';
import type { Context } from '../../context';
import type { Database } from '../../db';
import { explainConstraint } from '../../shared/database-errors';
import { isoDate } from '../../shared/dates';
import { assertEndDate, openAfter, refuseOpenDependants } from '../../shared/ending';
import { badUserInput, notFound, requiredText } from '../../shared/errors';
import { rowIdOf } from '../../shared/global-id';
import { lockRow } from '../history/locks';
import { assertVersion, onceFor, updateVersioned, write } from '../history/write';
import type { CreatePostInput, EndPostInput, UpdatePostInput } from './post.input';

const constraintMeanings = {
  posts_employer_id_organisations_id_fk: { field: 'input.employer', message: 'There is no such organisation' },
  posts_responsible_to_body_id_bodies_id_fk: { field: 'input.responsibleToBody', message: 'There is no such body' },
  posts_sector_of_sector_post: {
    field: 'input.sector',
    message: 'Only a sector representative (kind SECTOR_REPRESENTATIVE) speaks for a sector',
  },
};

const employerOf = async (tx: Database, id: string | null) =>
  id ? ((await tx.select().from(organisations).where(eq(organisations.id, id)))[0] ?? null) : null;

export async function createPost(context: Context, input: CreatePostInput): Promise<string> {
  const values = {
    employerId: rowIdOf(input.employer, 'Organisation', 'input.employer'),
    title: requiredText(input.title, 'input.title'),
    senior: input.senior,
    kind: input.kind ?? null,
    sector: input.sector ?? null,
    responsibleToBodyId: input.responsibleToBody
      ? rowIdOf(input.responsibleToBody, 'Body', 'input.responsibleToBody')
      : null,
    validFrom: isoDate(input.validFrom),
  };
  return write(context, 'createPost', async (change) =>
    onceFor(change, context, input.clientMutationId, 'createPost', async () => {
      // Held until commit, so an employer being ended meanwhile either sees this post or is seen ended here.
      const employer = await lockRow(change.tx, organisations, values.employerId, 'share');
      if (!employer) throw notFound('input.employer', 'There is no such organisation');
      if (values.validFrom < employer.validFrom) {
        throw badUserInput('input.validFrom', `The employer began on ${employer.validFrom}`);
      }
      if (employer.validTo !== null && values.validFrom >= employer.validTo) {
        throw badUserInput('input.validFrom', `The employer ended on ${employer.validTo}`);
      }
      const [row] = await change.tx
        .insert(posts)
        .values({ ...values, validTo: employer.validTo })
        .returning()
        .catch((error) => explainConstraint(error, constraintMeanings));
      change.record({ recordType: 'Post', recordId: row!.id, areaId: employer.areaId, before: null, after: row! });
      return row!.id;
    }),
  );
}

export async function updatePost(context: Context, input: UpdatePostInput): Promise<string> {
  const id = rowIdOf(input.post, 'Post', 'input.post');
  const values: Partial<typeof posts.$inferInsert> = {};
  if (input.title != null) values.title = requiredText(input.title, 'input.title');
  if (input.senior != null) values.senior = input.senior;
  if (input.kind != null) values.kind = input.kind;
  if (input.sector != null) values.sector = input.sector;
  if (input.responsibleToBody != null) {
    values.responsibleToBodyId = rowIdOf(input.responsibleToBody, 'Body', 'input.responsibleToBody');
  }
  return write(context, 'updatePost', async (change) => {
    const [before] = await change.tx.select().from(posts).where(eq(posts.id, id));
    if (!before) throw notFound('input.post', 'There is no such post');
    assertVersion(before, input.expectedVersion);
    const after = await updateVersioned(change.tx, posts, id, input.expectedVersion, values).catch((error) =>
      explainConstraint(error, constraintMeanings),
    );
    const areaId = (await employerOf(change.tx, before.employerId))?.areaId ?? null;
    change.record({ recordType: 'Post', recordId: id, areaId, before, after });
    return id;
  });
}

export async function endPost(context: Context, input: EndPostInput): Promise<string> {
  const id = rowIdOf(input.post, 'Post', 'input.post');
  const endOn = isoDate(input.endOn);
  return write(context, 'endPost', async (change) => {
    // Locked before its seats and holdings are counted: a holding being recorded meanwhile holds a share lock on it.
    const before = await lockRow(change.tx, posts, id, 'update');
    if (!before) throw notFound('input.post', 'There is no such post');
    assertVersion(before, input.expectedVersion);
    assertEndDate(before, endOn, 'post');
    const [seats] = await change.tx
      .select({ total: count() })
      .from(memberships)
      .where(and(eq(memberships.memberPostId, id), openAfter(memberships, endOn)));
    const [holders] = await change.tx
      .select({ total: count() })
      .from(postHoldings)
      .where(and(eq(postHoldings.postId, id), openAfter(postHoldings, endOn)));
    refuseOpenDependants([
      [seats?.total ?? 0, 'seat(s) the post holds'],
      [holders?.total ?? 0, 'holding(s) of the post'],
    ]);
    const after = await updateVersioned(change.tx, posts, id, input.expectedVersion, { validTo: endOn });
    const areaId = (await employerOf(change.tx, before.employerId))?.areaId ?? null;
    change.record({ recordType: 'Post', recordId: id, areaId, before, after });
    return id;
  });
}
