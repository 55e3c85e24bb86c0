import { and, desc, eq, exists, or, sql } from 'drizzle-orm';
import { organisationIdentifiers, organisations } from '../../schema/database/index';
import type { Database } from '../db';

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
 * and an identifier names one organisation at a time.
 */
export async function organisationByCode(db: Database, code: string): Promise<CodedOrganisation | undefined> {
  const formerly = db
    .select({ one: sql`1` })
    .from(organisationIdentifiers)
    .where(
      and(
        eq(organisationIdentifiers.organisationId, organisations.id),
        eq(organisationIdentifiers.scheme, 'REGISTRY_CODE'),
        eq(organisationIdentifiers.value, code),
      ),
    );
  const [found] = await db
    .select({ id: organisations.id, code: organisations.code })
    .from(organisations)
    .where(or(eq(organisations.code, code), exists(formerly)))
    .orderBy(desc(sql`${organisations.code} = ${code}`))
    .limit(1);
  return found;
}
