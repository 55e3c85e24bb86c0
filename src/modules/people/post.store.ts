import { and, inArray } from 'drizzle-orm';
import { memberships, people, postFunders, postHoldings, posts } from '../../../schema/database/index';
import type { Database } from '../../db';
import { holdsOn } from '../../shared/dates';
import { datedRowsByKey, rowsById, rowsByKey } from '../../shared/loaders';

export class PostStore {
  constructor(private readonly db: Database) {}

  readonly byId = rowsById((ids) => this.db.select().from(posts).where(inArray(posts.id, ids)));

  readonly peopleById = rowsById((ids) => this.db.select().from(people).where(inArray(people.id, ids)));

  readonly holdingsById = rowsById((ids) => this.db.select().from(postHoldings).where(inArray(postHoldings.id, ids)));

  /** Bodies a person has sat on in their own right, at any date: their secretariats may correct the record. */
  readonly bodiesSatOnInPerson = rowsByKey(
    (ids) =>
      this.db
        .selectDistinct({ personId: memberships.memberPersonId, bodyId: memberships.bodyId })
        .from(memberships)
        .where(inArray(memberships.memberPersonId, ids)),
    (row) => row.personId,
  );

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
