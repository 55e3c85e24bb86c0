import { and, desc, eq, or, sql } from 'drizzle-orm';
import { anyIn, anyOf } from '../../shared/any-of';
import { compiledReadIncluding, compiledReadWithChildren, readById } from '../../shared/compiled-read';
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

/** A body's seats, with who holds them: a list of seats nearly always shows the post or organisation. */
const membershipsOfBodies = compiledReadIncluding(
  memberships,
  (p) =>
    sql`where ${and(anyIn(memberships.bodyId, p('ids')), holdsOn(memberships, p('asOf')))} order by ${memberships.role}, ${memberships.id}`,
  {
    posts: { table: posts, via: memberships.memberPostId },
    organisations: { table: organisations, via: memberships.memberOrganisationId },
  },
);

/**
 * Seats an organisation holds itself, and seats held on its behalf by posts and people, with the bodies they are
 * on and the posts holding them.
 */
const membershipsOfOrganisations = compiledReadIncluding(
  memberships,
  (p) =>
    sql`where ${and(
      or(anyIn(memberships.memberOrganisationId, p('ids')), anyIn(memberships.onBehalfOfId, p('ids'))),
      holdsOn(memberships, p('asOf')),
    )} order by ${memberships.bodyId}, ${memberships.id}`,
  { bodies: { table: bodies, via: memberships.bodyId }, posts: { table: posts, via: memberships.memberPostId } },
);

/** Organisations with the same seats beside each, as one statement: a query of an organisation nearly always asks. */
const organisationsWithSeats = compiledReadWithChildren(
  organisations,
  (p) => sql`where ${anyIn(organisations.id, p('ids'))}`,
  {
    table: memberships,
    where: (p) =>
      and(
        or(eq(memberships.memberOrganisationId, organisations.id), eq(memberships.onBehalfOfId, organisations.id)),
        holdsOn(memberships, p('asOf')),
      )!,
    orderBy: sql`${memberships.bodyId}, ${memberships.id}`,
    inclusions: {
      bodies: { table: bodies, via: memberships.bodyId },
      posts: { table: posts, via: memberships.memberPostId },
    },
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
