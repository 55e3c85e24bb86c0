import { createHash } from 'node:crypto';

/**
 * A stable UUID for a seeded record, derived from its kind and natural key (UUID v5 layout over SHA-1).
 * Seeding twice yields the same ids, so inserts that skip existing rows make every seed idempotent.
 */
export function seedId(kind: string, key: string): string {
  const hash = createHash('sha1').update(`partnership-registry:${kind}:${key}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
