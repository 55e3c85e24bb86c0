import { and, desc, or, sql } from 'drizzle-orm';
import { anyIn, anyOf } from '../../shared/any-of';
import { compiledRead, readById } from '../../shared/compiled-read';
import { interestDeclarations, memberships, nominations } from '../../../schema/database/index';
import type { Database } from '../../db';
import { holdsOn } from '../../shared/dates';
import { datedRowsByKey, rowsById, rowsByKey } from '../../shared/loaders';

const membershipsById = readById(memberships);

const membershipsOfBodies = compiledRead(
  memberships,
  (p) =>
    sql`where ${and(anyIn(memberships.bodyId, p('ids')), holdsOn(memberships, p('asOf')))} order by ${memberships.role}, ${memberships.id}`,
);

/** Seats an organisation holds itself, and seats held on its behalf by posts and people. */
const membershipsOfOrganisations = compiledRead(
  memberships,
  (p) =>
    sql`where ${and(
      or(anyIn(memberships.memberOrganisationId, p('ids')), anyIn(memberships.onBehalfOfId, p('ids'))),
      holdsOn(memberships, p('asOf')),
    )} order by ${memberships.bodyId}, ${memberships.id}`,
);

export class MembershipStore {
  constructor(private readonly db: Database) {}

  readonly byId = rowsById((ids) => membershipsById(this.db, ids));

  readonly ofBody = datedRowsByKey(
    (ids, asOf) => membershipsOfBodies(this.db, { ids, asOf }),
    (row) => row.bodyId,
  );

  readonly ofOrganisation = datedRowsByKey(
    (ids, asOf) => membershipsOfOrganisations(this.db, { ids, asOf }),
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
