import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { apiKeys, organisations } from '../../schema/database/index';
import type { Database } from '../db';

const prefix = 'prk_';

/** Only the hash is stored, so a leaked database does not leak working keys. */
export function hashApiKey(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export interface IssuedApiKey {
  id: string;
  secret: string;
}

/** Creates a key for one organisation; the secret is returned once and never stored. */
export async function issueApiKey(
  db: Database,
  organisationId: string,
  label: string,
  canWrite = false,
): Promise<IssuedApiKey> {
  const secret = `${prefix}${randomBytes(32).toString('base64url')}`;
  const [row] = await db
    .insert(apiKeys)
    .values({ organisationId, label, keyHash: hashApiKey(secret), canWrite })
    .returning({ id: apiKeys.id });
  return { id: row!.id, secret };
}

export interface ApiKeyHolder {
  keyId: string;
  organisationId: string;
  organisationCode: string | null;
  canWrite: boolean;
}

export async function findApiKey(db: Database, secret: string): Promise<ApiKeyHolder | undefined> {
  if (!secret.startsWith(prefix)) return undefined;
  const [row] = await db
    .select({
      keyId: apiKeys.id,
      organisationId: apiKeys.organisationId,
      organisationCode: organisations.code,
      canWrite: apiKeys.canWrite,
    })
    .from(apiKeys)
    .innerJoin(organisations, eq(organisations.id, apiKeys.organisationId))
    .where(and(eq(apiKeys.keyHash, hashApiKey(secret)), isNull(apiKeys.revokedAt)));
  return row;
}
