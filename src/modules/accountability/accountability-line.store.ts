import { and, eq, or, sql } from 'drizzle-orm';
import { anyIn } from '../../shared/any-of';
import {
  childrenBeside,
  compiledRead,
  compiledReadIncluding,
  readById,
  type ReadBeside,
} from '../../shared/compiled-read';
import { accountabilityLines, bodies, organisations } from '../../../schema/database/index';
import { plannedEachTime, selectRows, type Database } from '../../db';
import { holdsOn, type IsoDate } from '../../shared/dates';
import { datedRowsByKey, rowsById, type PrimeById } from '../../shared/loaders';

/** Paths longer than this are cut: real hierarchies are a handful of levels deep. */
const maxChainLength = 20;
/** A dense web could have very many paths; more than this are not returned. */
const maxPaths = 500;

export interface ChainRow {
  lineIds: string[];
  cyclic: boolean;
}

const linesById = readById(accountabilityLines);

/** Lines up from bodies and organisations, with whom they answer to: a line is shown with its other end. */
const lineOrder = sql`${accountabilityLines.kind}, ${accountabilityLines.id}`;
/** The other end of a line from a party: a list of lines nearly always shows it. */
const lineEnds = {
  bodies: { table: bodies, via: accountabilityLines.toBodyId },
  organisations: { table: organisations, via: accountabilityLines.toOrganisationId },
};

const linesFromParties = compiledReadIncluding(
  accountabilityLines,
  (p) =>
    sql`where ${and(
      or(anyIn(accountabilityLines.fromBodyId, p('ids')), anyIn(accountabilityLines.fromOrganisationId, p('ids'))),
      holdsOn(accountabilityLines, p('asOf')),
    )} order by ${lineOrder}`,
  lineEnds,
);

/** The same lines beside each body of a statement over bodies, so `fromParty` is primed, not read. */
const linesBesideBody = childrenBeside({
  table: accountabilityLines,
  where: (p) => and(eq(accountabilityLines.fromBodyId, bodies.id), holdsOn(accountabilityLines, p('asOf')))!,
  orderBy: lineOrder,
  inclusions: lineEnds,
});

const linesToParties = compiledRead(
  accountabilityLines,
  (p) =>
    sql`where ${and(
      or(anyIn(accountabilityLines.toBodyId, p('ids')), anyIn(accountabilityLines.toOrganisationId, p('ids'))),
      holdsOn(accountabilityLines, p('asOf')),
    )} order by ${lineOrder}`,
);

export class AccountabilityLineStore {
  constructor(
    private readonly db: Database,
    private readonly prime: PrimeById = () => {},
  ) {}

  readonly byId = rowsById((ids) => linesById(this.db, ids));

  readonly fromParty = datedRowsByKey(
    async (ids, asOf) => {
      const { rows, included } = await linesFromParties(this.db, { ids, asOf });
      this.prime('Body', included.bodies);
      this.prime('Organisation', included.organisations);
      return rows;
    },
    (row) => row.fromBodyId ?? row.fromOrganisationId,
  );

  /** A column of the bodies' statement (see `BodyStore.page`) with their lines out as at `asOf`, primed into `fromParty`. */
  linesBesideBodies(asOf: IsoDate): ReadBeside {
    return linesBesideBody.onPage(
      (bodyId, lines) => this.fromParty.prime({ key: bodyId, asOf }, lines),
      (included) => {
        this.prime('Body', included.bodies);
        this.prime('Organisation', included.organisations);
      },
    );
  }

  readonly toParty = datedRowsByKey(
    (ids, asOf) => linesToParties(this.db, { ids, asOf }),
    (row) => row.toBodyId ?? row.toOrganisationId,
  );

  /**
   * Every path upward from `startId` along lines of the given kinds, in one recursive statement. A path ends at a
   * party with no line onward, or where its next step would revisit a party already on it (reported as cyclic).
   */
  async chains(startId: string, kinds: string[], asOf: IsoDate): Promise<ChainRow[]> {
    const line = sql`
      SELECT id, kind, coalesce(from_body_id, from_organisation_id) AS from_id, coalesce(to_body_id, to_organisation_id) AS to_id
      FROM accountability_lines
      WHERE kind::text IN ${kinds} AND valid_from <= ${asOf} AND (valid_to IS NULL OR valid_to > ${asOf})`;
    // Planned for its start each time, as the graph's walk is: how far a walk goes is what its plan depends on.
    return selectRows<ChainRow>(
      this.db,
      sql`${plannedEachTime}
      WITH RECURSIVE line AS (${line}),
      walk(to_id, visited, line_ids, cyclic) AS (
        SELECT to_id, ARRAY[from_id, to_id], ARRAY[id], false FROM line WHERE from_id = ${startId}
        UNION ALL
        SELECT l.to_id, w.visited || l.to_id, w.line_ids || l.id, l.to_id = ANY(w.visited)
        FROM walk w JOIN line l ON l.from_id = w.to_id
        WHERE NOT w.cyclic AND cardinality(w.line_ids) < ${maxChainLength}
      )
      SELECT line_ids AS "lineIds", cyclic FROM walk w
      WHERE cyclic OR cardinality(line_ids) >= ${maxChainLength} OR NOT EXISTS (SELECT 1 FROM line l WHERE l.from_id = w.to_id)
      ORDER BY cardinality(line_ids), line_ids
      LIMIT ${maxPaths}`,
    );
  }
}
