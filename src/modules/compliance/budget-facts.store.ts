import { sql, type SQL } from 'drizzle-orm';
import { selectRows, type Database } from '../../db';
import { holdsAt, type IsoDate } from '../../shared/dates';

/* The money of an area as at a date: its budget arrangements, and the delegations its bodies hold. */

export interface ArrangementFact {
  id: string;
  name: string;
  kind: string;
  legalBasis: string;
  hostId: string | null;
  governingBodyId: string | null;
  agreement: string | null;
}

export interface DelegationFact {
  id: string;
  delegateBodyId: string;
  scope: string;
}

/** Arrangements and delegations in one statement: both are few, and public save their amounts and limits. */
export async function budgetFacts(
  db: Database,
  areaIds: SQL,
  bodyIds: SQL,
  asOf: IsoDate,
): Promise<{ arrangements: ArrangementFact[]; delegations: DelegationFact[] }> {
  const [money] = await selectRows<{ arrangements: ArrangementFact[]; delegations: DelegationFact[] }>(
    db,
    sql`SELECT
          coalesce((SELECT json_agg(json_build_object('id', x.id, 'name', x.name, 'kind', x.kind,
                      'legalBasis', x.legal_basis, 'hostId', x.host_id, 'governingBodyId', x.governing_body_id,
                      'agreement', x.agreement) ORDER BY x.name, x.id)
                    FROM budget_arrangements x WHERE x.area_id = ANY(${areaIds}) AND ${holdsAt('x', asOf)}),
                   '[]') AS arrangements,
          coalesce((SELECT json_agg(json_build_object('id', g.id, 'delegateBodyId', g.delegate_body_id,
                      'scope', g.scope) ORDER BY g.id)
                    FROM delegations g WHERE g.delegate_body_id = ANY(${bodyIds}) AND ${holdsAt('g', asOf)}),
                   '[]') AS delegations`,
  );
  return { arrangements: money?.arrangements ?? [], delegations: money?.delegations ?? [] };
}
