import { and } from 'drizzle-orm';
import { anyOf } from '../../shared/any-of';
import { readById } from '../../shared/compiled-read';
import { memberships, people, postFunders, postHoldings, posts } from '../../../schema/database/index';
import type { Database } from '../../db';
import { holdsOn } from '../../shared/dates';
import { datedRowsByKey, rowsById, rowsByKey } from '../../shared/loaders';

const postsById = readById(posts);

export class PostStore {
  constructor(private readonly db: Database) {}

  readonly byId = rowsById((ids) => postsById(this.db, ids));

  readonly peopleById = rowsById((ids) => this.db.select().from(people).where(anyOf(people.id, ids)));

  readonly holdingsById = rowsById((ids) => this.db.select().from(postHoldings).where(anyOf(postHoldings.id, ids)));

  /** Bodies a person has sat on in their own right, at any date: their secretariats may correct the record. */
  readonly bodiesSatOnInPerson = rowsByKey(
    (ids) =>
      this.db
        .selectDistinct({ personId: memberships.memberPersonId, bodyId: memberships.bodyId })
        .from(memberships)
        .where(anyOf(memberships.memberPersonId, ids)),
    (row) => row.personId,
  );

  readonly ofEmployer = datedRowsByKey(
    (ids, asOf) =>
      this.db
        .select()
        .from(posts)
        .where(and(anyOf(posts.employerId, ids), holdsOn(posts, asOf)))
        .orderBy(posts.title),
    (row) => row.employerId,
  );

  readonly responsibleTo = datedRowsByKey(
    (ids, asOf) =>
      this.db
        .select()
        .from(posts)
        .where(and(anyOf(posts.responsibleToBodyId, ids), holdsOn(posts, asOf)))
        .orderBy(posts.title),
    (row) => row.responsibleToBodyId,
  );

  readonly holdingsOfPost = rowsByKey(
    (ids) => this.db.select().from(postHoldings).where(anyOf(postHoldings.postId, ids)).orderBy(postHoldings.validFrom),
    (row) => row.postId,
  );

  readonly holdingsOfPerson = rowsByKey(
    (ids) =>
      this.db.select().from(postHoldings).where(anyOf(postHoldings.personId, ids)).orderBy(postHoldings.validFrom),
    (row) => row.personId,
  );

  readonly funders = rowsByKey(
    (ids) => this.db.select().from(postFunders).where(anyOf(postFunders.postId, ids)),
    (row) => row.postId,
  );
}
