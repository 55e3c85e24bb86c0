import { eq, gte, sql } from 'drizzle-orm';
import { areas, changes } from '../../../schema/database/index';
import { selectRows, type Database } from '../../db';
import { anyOf } from '../../shared/any-of';
import { rowsById } from '../../shared/loaders';
import DataLoader from 'dataloader';

/** An area a change was filed under: its code, and its own id and every area's above it (county, region's). */
export interface AreaLine {
  code: string;
  /** The area itself first, then each area it lies within. */
  ids: string[];
}

/** What the change feed reads: the changes a notice names, and the areas they were filed under. */
export class ChangeFeedStore {
  constructor(private readonly db: Database) {}

  readonly changesById = rowsById((ids) => this.db.select().from(changes).where(anyOf(changes.id, ids)));

  /** Each area with the areas above it, one statement for a batch of areas. */
  readonly areaLines = new DataLoader<string, AreaLine | undefined>(async (ids) => {
    const rows = await selectRows<{ start: string; code: string; id: string }>(
      this.db,
      sql`
      WITH RECURSIVE up(start, id, parent, depth) AS (
        SELECT id, id, parent_area_id, 0 FROM ${areas} WHERE id = ANY(${sql.param([...ids])}::uuid[])
        UNION ALL
        SELECT up.start, area.id, area.parent_area_id, up.depth + 1 FROM ${areas} area JOIN up ON area.id = up.parent
        WHERE up.depth < 10
      )
      SELECT up.start, start_area.code, up.id FROM up JOIN ${areas} start_area ON start_area.id = up.start
      ORDER BY up.start, up.depth`,
    );
    const lines = new Map<string, AreaLine>();
    for (const row of rows) {
      const line = lines.get(row.start) ?? { code: row.code, ids: [] };
      line.ids.push(row.id);
      lines.set(row.start, line);
    }
    return ids.map((id) => lines.get(id));
  });

  /** Changes made since `since`, for a listener that was not listening for a while; at most `limit`. */
  async idsSince(since: Date, limit: number): Promise<string[]> {
    const rows = await this.db
      .select({ id: changes.id })
      .from(changes)
      .where(gte(changes.changedAt, since))
      .orderBy(changes.changedAt)
      .limit(limit);
    return rows.map((row) => row.id);
  }

  /** Sends a notice on `channel`: the feed's check that its own LISTEN still hears. */
  async notify(channel: string, payload: string): Promise<void> {
    await this.db.execute(sql`SELECT pg_notify(${channel}, ${payload})`);
  }

  async areaIdOfCode(code: string): Promise<string | undefined> {
    const [row] = await this.db.select({ id: areas.id }).from(areas).where(eq(areas.code, code));
    return row?.id;
  }
}
