import { and, inArray } from 'drizzle-orm';
import { people, postFunders, postHoldings, posts } from '../../../schema/database/index';
import type { Database } from '../../db';
import { holdsOn } from '../../shared/dates';
import { datedRowsByKey, rowsById, rowsByKey } from '../../shared/loaders';

export class PostStore {
  constructor(private readonly db: Database) {}

  readonly byId = rowsById((ids) => this.db.select().from(posts).where(inArray(posts.id, ids)));

  readonly peopleById = rowsById((ids) => this.db.select().from(people).where(inArray(people.id, ids)));

  readonly ofEmployer = datedRowsByKey(
    (ids, asOf) =>
      this.db
        .select()
        .from(posts)
        .where(and(inArray(posts.employerId, ids), holdsOn(posts, asOf)))
        .orderBy(posts.title),
    (row) => row.employerId,
  );

  readonly responsibleTo = datedRowsByKey(
    (ids, asOf) =>
      this.db
        .select()
        .from(posts)
        .where(and(inArray(posts.responsibleToBodyId, ids), holdsOn(posts, asOf)))
        .orderBy(posts.title),
    (row) => row.responsibleToBodyId,
  );

  readonly holdingsOfPost = rowsByKey(
    (ids) =>
      this.db.select().from(postHoldings).where(inArray(postHoldings.postId, ids)).orderBy(postHoldings.validFrom),
    (row) => row.postId,
  );

  readonly holdingsOfPerson = rowsByKey(
    (ids) =>
      this.db.select().from(postHoldings).where(inArray(postHoldings.personId, ids)).orderBy(postHoldings.validFrom),
    (row) => row.personId,
  );

  readonly funders = rowsByKey(
    (ids) => this.db.select().from(postFunders).where(inArray(postFunders.postId, ids)),
    (row) => row.postId,
  );
}
