import { sql } from 'drizzle-orm';
import { selectRows, type Database } from '../db';

export interface CodedOrganisation {
  id: string;
  /** Its code now, which may differ from the one asked for. */
  code: string | null;
}

/**
 * The organisation a credential's code names: the one holding it now or, failing that, the one that held it
 * before a rename (a REGISTRY_CODE identifier, such as migration 0016 keeps). Old codes are honoured, not refused:
 * an identity provider or script set up with one should not lock its organisation out because the registry
 * tidied its own codes, and nothing else can answer to the code, since no current code has the retired style
 * and an identifier names one organisation at a time. Two indexed lookups in one statement, rather than an OR
 * that would read every organisation.
 */
export async function organisationByCode(db: Database, code: string): Promise<CodedOrganisation | undefined> {
  const [found] = await selectRows<CodedOrganisation>(
    db,
    sql`SELECT id, code FROM (
          SELECT o.id, o.code, 0 AS rank FROM organisations o WHERE o.code = ${code}
          UNION ALL
          SELECT o.id, o.code, 1 FROM organisation_identifiers i JOIN organisations o ON o.id = i.organisation_id
           WHERE i.scheme = 'REGISTRY_CODE' AND i.value = ${code}
        ) AS named ORDER BY rank LIMIT 1`,
  );
  return found;
}
