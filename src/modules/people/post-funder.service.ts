import { eq, inArray } from 'drizzle-orm';
import { organisations, postFunders, posts } from '../../../schema/database/index';
import type { Context } from '../../context';
import type { Database } from '../../db';
import { explainConstraint } from '../../shared/database-errors';
import { badUserInput, notFound } from '../../shared/errors';
import { rowIdOf } from '../../shared/global-id';
import { assertVersion, updateVersioned, write } from '../history/write';
import type { SetPostFundersInput } from './post.input';

interface Funder {
  organisationId: string;
  /** Hundredths of a per cent, so that shares add up exactly. */
  shareHundredths: number | null;
}

const constraintMeanings = {
  post_funders_organisation_id_organisations_id_fk: {
    field: 'input.funders',
    message: 'One of the funders is no organisation',
  },
};

/** The column is numeric(5,2): a share is kept to two decimal places, and finer ones are refused, not rounded away. */
function shareOf(share: number | null | undefined, field: string): number | null {
  if (share == null) return null;
  const hundredths = Math.round(share * 100);
  if (Math.abs(share * 100 - hundredths) > 1e-6) throw badUserInput(field, 'A share has at most two decimal places');
  if (hundredths <= 0 || hundredths > 100_00) {
    throw badUserInput(field, `A share is more than 0 and at most 100 per cent; got ${share}`);
  }
  return hundredths;
}

/** The funders as given, each organisation once, their shares adding up to at most the whole post. */
function fundersFromInput(input: SetPostFundersInput): Funder[] {
  const seen = new Set<string>();
  const funders = input.funders.map((funder, index) => {
    const field = `input.funders[${index}]`;
    const organisationId = rowIdOf(funder.organisation, 'Organisation', `${field}.organisation`);
    if (seen.has(organisationId)) throw badUserInput(`${field}.organisation`, 'Each organisation funds a post once');
    seen.add(organisationId);
    return { organisationId, shareHundredths: shareOf(funder.sharePercent, `${field}.sharePercent`) };
  });
  const total = funders.reduce((sum, funder) => sum + (funder.shareHundredths ?? 0), 0);
  if (total > 100_00) throw badUserInput('input.funders', `The shares add up to ${total / 100} per cent; at most 100`);
  return funders;
}

/** Shares travel to and from the numeric column as strings such as "50.00". */
const asPercent = (hundredths: number | null) => (hundredths === null ? null : (hundredths / 100).toFixed(2));
const hundredthsOf = (percent: string | null) => (percent === null ? null : Math.round(Number(percent) * 100));

/** The funders as history shows them: who, and what share, in a stable order. */
const listed = (rows: { organisationId: string; sharePercent: string | null }[]) =>
  rows
    .map(({ organisationId, sharePercent }) => ({
      organisationId,
      sharePercent: sharePercent === null ? null : Number(sharePercent),
    }))
    .sort((a, b) => a.organisationId.localeCompare(b.organisationId));

/**
 * Funders carry no dates, so the post's version guards the change and history keeps the lists before and after.
 * Funders kept keep their rows (and the sources cited for them); only those dropped or added change.
 */
export async function setPostFunders(context: Context, input: SetPostFundersInput): Promise<string> {
  const postId = rowIdOf(input.post, 'Post', 'input.post');
  const funders = fundersFromInput(input);
  return write(context, 'setPostFunders', async (change) => {
    const [post] = await change.tx.select().from(posts).where(eq(posts.id, postId));
    if (!post) throw notFound('input.post', 'There is no such post');
    assertVersion(post, input.expectedVersion);
    await assertFundersExisted(change.tx, funders, post);
    // The version first: of two writers at one version the second waits here and gets CONFLICT.
    const after = await updateVersioned(change.tx, posts, postId, input.expectedVersion, {});
    const current = await change.tx.select().from(postFunders).where(eq(postFunders.postId, postId));
    const wanted = new Map(funders.map((funder) => [funder.organisationId, funder]));
    const dropped = current.filter((row) => !wanted.has(row.organisationId)).map((row) => row.id);
    if (dropped.length) await change.tx.delete(postFunders).where(inArray(postFunders.id, dropped));
    for (const funder of funders) {
      const share = asPercent(funder.shareHundredths);
      const kept = current.find((row) => row.organisationId === funder.organisationId);
      if (!kept) {
        await change.tx
          .insert(postFunders)
          .values({ postId, organisationId: funder.organisationId, sharePercent: share })
          .catch((error) => explainConstraint(error, constraintMeanings));
      } else if (hundredthsOf(kept.sharePercent) !== funder.shareHundredths) {
        await change.tx.update(postFunders).set({ sharePercent: share }).where(eq(postFunders.id, kept.id));
      }
    }
    const [employer] = post.employerId
      ? await change.tx.select().from(organisations).where(eq(organisations.id, post.employerId))
      : [];
    change.record({
      recordType: 'Post',
      recordId: postId,
      areaId: employer?.areaId ?? null,
      before: { version: post.version, funders: listed(current) },
      after: {
        version: after.version,
        funders: listed(
          funders.map(({ organisationId, shareHundredths }) => ({
            organisationId,
            sharePercent: asPercent(shareHundredths),
          })),
        ),
      },
    });
    return postId;
  });
}

/** An organisation that never existed while the post did cannot have funded it. */
async function assertFundersExisted(
  tx: Database,
  funders: Funder[],
  post: { validFrom: string; validTo: string | null },
): Promise<void> {
  if (!funders.length) return;
  const ids = funders.map((funder) => funder.organisationId);
  const rows = await tx.select().from(organisations).where(inArray(organisations.id, ids));
  for (const [index, id] of ids.entries()) {
    const organisation = rows.find((row) => row.id === id);
    const field = `input.funders[${index}].organisation`;
    if (!organisation) throw notFound(field, 'There is no such organisation');
    const overlaps =
      (post.validTo === null || organisation.validFrom < post.validTo) &&
      (organisation.validTo === null || organisation.validTo > post.validFrom);
    if (!overlaps) {
      throw badUserInput(field, `${organisation.name} did not exist while the post did (from ${post.validFrom})`);
    }
  }
}
