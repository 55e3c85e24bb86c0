import { and, desc, or } from 'drizzle-orm';
import { anyOf } from '../../shared/any-of';
import { interestDeclarations, memberships, nominations } from '../../../schema/database/index';
import type { Database } from '../../db';
import { holdsOn } from '../../shared/dates';
import { datedRowsByKey, rowsById, rowsByKey } from '../../shared/loaders';

export class MembershipStore {
  constructor(private readonly db: Database) {}

  readonly byId = rowsById((ids) => this.db.select().from(memberships).where(anyOf(memberships.id, ids)));

  readonly ofBody = datedRowsByKey(
    (ids, asOf) =>
      this.db
        .select()
        .from(memberships)
        .where(and(anyOf(memberships.bodyId, ids), holdsOn(memberships, asOf)))
        .orderBy(memberships.role, memberships.id),
    (row) => row.bodyId,
  );

  /** Seats an organisation holds itself, and seats held on its behalf by posts and people. */
  readonly ofOrganisation = datedRowsByKey(
    (ids, asOf) =>
      this.db
        .select()
        .from(memberships)
        .where(
          and(
            or(anyOf(memberships.memberOrganisationId, ids), anyOf(memberships.onBehalfOfId, ids)),
            holdsOn(memberships, asOf),
          ),
        )
        .orderBy(memberships.bodyId, memberships.id),
    (row) => [row.memberOrganisationId, row.onBehalfOfId],
  );

  readonly ofPost = datedRowsByKey(
    (ids, asOf) =>
      this.db
        .select()
        .from(memberships)
        .where(and(anyOf(memberships.memberPostId, ids), holdsOn(memberships, asOf))),
    (row) => row.memberPostId,
  );

  readonly ofPerson = datedRowsByKey(
    (ids, asOf) =>
      this.db
        .select()
        .from(memberships)
        .where(and(anyOf(memberships.memberPersonId, ids), holdsOn(memberships, asOf))),
    (row) => row.memberPersonId,
  );

  readonly declarationsById = rowsById((ids) =>
    this.db.select().from(interestDeclarations).where(anyOf(interestDeclarations.id, ids)),
  );

  readonly declarations = rowsByKey(
    (ids) =>
      this.db
        .select()
        .from(interestDeclarations)
        .where(anyOf(interestDeclarations.membershipId, ids))
        .orderBy(interestDeclarations.declaredOn),
    (row) => row.membershipId,
  );

  readonly nominationsById = rowsById((ids) => this.db.select().from(nominations).where(anyOf(nominations.id, ids)));

  /** Seats proposed to bodies, newest first. */
  readonly nominationsOfBody = rowsByKey(
    (ids) =>
      this.db
        .select()
        .from(nominations)
        .where(anyOf(nominations.bodyId, ids))
        .orderBy(desc(nominations.proposedOn), nominations.id),
    (row) => row.bodyId,
  );
}
