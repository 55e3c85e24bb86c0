import { and, desc, eq, or, sql, type Placeholder, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { anyIn, anyOf } from '../../shared/any-of';
import {
  childrenBeside,
  compiledReadIncluding,
  compiledReadWithChildren,
  readById,
  type ReadBeside,
} from '../../shared/compiled-read';
import {
  bodies,
  interestDeclarations,
  memberships,
  nominations,
  organisations,
  posts,
} from '../../../schema/database/index';
import type { Database } from '../../db';
import { holdsOn, type IsoDate } from '../../shared/dates';
import { datedRowsByKey, rowsById, rowsByKey, type PrimeById } from '../../shared/loaders';

const membershipsById = readById(memberships);

/** A body's seats, chair first, with who holds them: a list of seats nearly always shows the post or organisation. */
const seatOnBodyOrder = sql`${memberships.role}, ${memberships.id}`;
const seatHolders = {
  posts: { table: posts, via: memberships.memberPostId },
  organisations: { table: organisations, via: memberships.memberOrganisationId },
};

const membershipsOfBodies = compiledReadIncluding(
  memberships,
  (p) =>
    sql`where ${and(anyIn(memberships.bodyId, p('ids')), holdsOn(memberships, p('asOf')))} order by ${seatOnBodyOrder}`,
  seatHolders,
);

/** The same seats beside each body of a statement over bodies (a page of them), so `ofBody` is primed, not read. */
const seatsBesideBody = childrenBeside({
  table: memberships,
  where: (p) => and(eq(memberships.bodyId, bodies.id), holdsOn(memberships, p('asOf')))!,
  orderBy: seatOnBodyOrder,
  inclusions: seatHolders,
});

/**
 * Seats an organisation holds itself, and seats held on its behalf by posts and people, holding on the date:
 * `isOrganisation` tests an organisation column against the organisations asked for. One predicate, one order and
 * one set of references for both reads below, since the second primes the first's loader.
 */
const seatsHeldFor = (isOrganisation: (column: PgColumn) => SQL, asOf: Placeholder) =>
  and(
    or(isOrganisation(memberships.memberOrganisationId), isOrganisation(memberships.onBehalfOfId)),
    holdsOn(memberships, asOf),
  )!;
const seatOrder = sql`${memberships.bodyId}, ${memberships.id}`;
/** The bodies the seats are on and the posts holding them. */
const seatReferences = {
  bodies: { table: bodies, via: memberships.bodyId },
  posts: { table: posts, via: memberships.memberPostId },
};

const membershipsOfOrganisations = compiledReadIncluding(
  memberships,
  (p) => sql`where ${seatsHeldFor((column) => anyIn(column, p('ids')), p('asOf'))} order by ${seatOrder}`,
  seatReferences,
);

/** Organisations with the same seats beside each, as one statement: a query of an organisation nearly always asks. */
const organisationsWithSeats = compiledReadWithChildren(
  organisations,
  (p) => sql`where ${anyIn(organisations.id, p('ids'))}`,
  {
    table: memberships,
    where: (p) => seatsHeldFor((column) => eq(column, organisations.id), p('asOf')),
    orderBy: seatOrder,
    inclusions: seatReferences,
  },
);

export class MembershipStore {
  constructor(
    private readonly db: Database,
    private readonly prime: PrimeById = () => {},
  ) {}

  readonly byId = rowsById((ids) => membershipsById(this.db, ids));

  readonly ofBody = datedRowsByKey(
    async (ids, asOf) => {
      const { rows, included } = await membershipsOfBodies(this.db, { ids, asOf });
      this.prime('Post', included.posts);
      this.prime('Organisation', included.organisations);
      return rows;
    },
    (row) => row.bodyId,
  );

  /** A column of the bodies' statement (see `BodyStore.page`) with their seats as at `asOf`, primed into `ofBody`. */
  seatsBesideBodies(asOf: IsoDate): ReadBeside {
    return seatsBesideBody.onPage(
      (bodyId, seats) => this.ofBody.prime({ key: bodyId, asOf }, seats),
      (included) => {
        this.prime('Post', included.posts);
        this.prime('Organisation', included.organisations);
      },
    );
  }

  readonly ofOrganisation = datedRowsByKey(
    async (ids, asOf) => {
      const { rows, included } = await membershipsOfOrganisations(this.db, { ids, asOf });
      this.prime('Body', included.bodies);
      this.prime('Post', included.posts);
      return rows;
    },
    (row) => [row.memberOrganisationId, row.onBehalfOfId],
  );

  /**
   * An organisation and its seats as at a date (as `ofOrganisation` reads them), in one statement, primed into the
   * loaders that `organisation(id:) { memberships }` reads: its by-id row, the seats, their bodies and posts.
   */
  async readOrganisationWithSeats(organisationId: string, asOf: IsoDate): Promise<void> {
    const { rows, childrenOf, included } = await organisationsWithSeats(this.db, { ids: [organisationId], asOf });
    this.prime('Organisation', rows);
    this.prime('Body', included.bodies);
    this.prime('Post', included.posts);
    for (const row of rows) this.ofOrganisation.prime({ key: row.id, asOf }, childrenOf.get(row.id) ?? []);
  }

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
