import type { ChangeRow } from '../history/index';
import { isRowId, toGlobalId, type RecordTypeName } from '../../shared/global-id';
import { RegistryChange, kindOf, type RegistryChangeAction } from './registry-change.type';

type Image = Record<string, unknown>;

/** Keys that change with every write whatever it was about: they say nothing of what changed. */
const bookkeeping = new Set(['createdAt', 'updatedAt', 'version']);

/** Columns that name a body, in the images of every table that history files. */
const bodyColumn = /^(bodyId|[a-z]+BodyId|successorId|predecessorId)$/;

/** What a change did, from its two images. */
export function actionOf(row: ChangeRow): RegistryChangeAction {
  if (!row.before) return 'CREATED';
  if (!row.after) return 'DELETED';
  return row.after.validTo != null && row.before.validTo == null ? 'ENDED' : 'UPDATED';
}

/** The keys whose values the change set: every key of a creation or deletion, the differing ones of an update. */
export function changedKeys(row: ChangeRow): string[] {
  const before: Image = row.before ?? {};
  const after: Image = row.after ?? {};
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter(
    (key) =>
      key !== 'id' &&
      !bookkeeping.has(key) &&
      (!row.before || !row.after || JSON.stringify(before[key]) !== JSON.stringify(after[key])),
  );
}

/**
 * The bodies a change touched, as global ids: the record itself when it is a body, and every body its images name
 * in a key the viewer may read (`hidden` lists those it may not).
 */
export function bodiesOf(row: ChangeRow, hidden: ReadonlySet<string>, successorIsBody: boolean): string[] {
  const ids = new Set<string>();
  if (row.recordType === 'Body') ids.add(row.recordId);
  for (const image of [row.before, row.after]) {
    for (const [key, value] of Object.entries(image ?? {})) {
      if (hidden.has(key) || typeof value !== 'string' || !isRowId(value) || !bodyColumn.test(key)) continue;
      if (/^(successorId|predecessorId)$/.test(key) && !successorIsBody) continue;
      ids.add(value);
    }
  }
  return [...ids].sort().map((id) => toGlobalId('Body', id));
}

/** The day the change takes effect: an ending's end date, else the record's start (or decision) date. */
export function effectiveFromOf(row: ChangeRow, action: RegistryChangeAction): string | null {
  const image: Image = row.after ?? row.before ?? {};
  const keys = action === 'ENDED' ? ['validTo'] : ['validFrom', 'decidedOn', 'adoptedOn', 'declaredOn', 'proposedOn'];
  for (const key of keys) if (typeof image[key] === 'string') return (image[key] as string).slice(0, 10);
  return null;
}

/** The event a subscriber receives for a change, with the body ids it may see and the area codes it was filed under. */
export function toRegistryChange(row: ChangeRow, hidden: ReadonlySet<string>, areaCodes: string[]): RegistryChange {
  const action = actionOf(row);
  const type = row.recordType as RecordTypeName;
  return Object.assign(new RegistryChange(), {
    id: row.id,
    kind: kindOf(type),
    action,
    recordId: toGlobalId(type, row.recordId),
    bodyIds: bodiesOf(row, hidden, type === 'BodySuccession'),
    areaCodes,
    effectiveFrom: effectiveFromOf(row, action),
    committedAt: row.changedAt,
    operation: row.operation,
  });
}
