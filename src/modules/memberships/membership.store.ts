import { and, inArray, or } from 'drizzle-orm';
import { interestDeclarations, memberships } from '../../../schema/database/index';
import type { Database } from '../../db';
import { holdsOn } from '../../shared/dates';
import { datedRowsByKey, rowsById, rowsByKey } from '../../shared/loaders';

export class MembershipStore {
  constructor(private readonly db: Database) {}

  readonly byId = rowsById((ids) => this.db.select().from(memberships).where(inArray(memberships.id, ids)));

  readonly ofBody = datedRowsByKey(
    (ids, asOf) =>
      this.db
        .select()
        .from(memberships)
        .where(and(inArray(memberships.bodyId, ids), holdsOn(memberships, asOf)))
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
            or(inArray(memberships.memberOrganisationId, ids), inArray(memberships.onBehalfOfId, ids)),
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
        .where(and(inArray(memberships.memberPostId, ids), holdsOn(memberships, asOf))),
    (row) => row.memberPostId,
  );

  readonly ofPerson = datedRowsByKey(
    (ids, asOf) =>
      this.db
        .select()
        .from(memberships)
        .where(and(inArray(memberships.memberPersonId, ids), holdsOn(memberships, asOf))),
    (row) => row.memberPersonId,
  );

  readonly declarationsById = rowsById((ids) =>
    this.db.select().from(interestDeclarations).where(inArray(interestDeclarations.id, ids)),
  );

  readonly declarations = rowsByKey(
    (ids) =>
      this.db
        .select()
        .from(interestDeclarations)
        .where(inArray(interestDeclarations.membershipId, ids))
        .orderBy(interestDeclarations.declaredOn),
    (row) => row.membershipId,
  );
}
