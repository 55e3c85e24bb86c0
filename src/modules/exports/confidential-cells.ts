import { judgeField } from '../../auth/field-rules';
import type { Context } from '../../context';
import { createStores } from '../stores';
// The field rules are registered as the modules' permissions are built: a command that never builds the schema
// (`npm run export`) still needs them.
import '../permissions';
import type { AnyExportKind, ExportScope } from './export-kind';

/** For each row of a batch, the names of the confidential columns the viewer may not read. */
export type Redactions = readonly (readonly string[])[];

/**
 * Asks each confidential column's GraphQL field rule about each row of a batch, exactly as the API asks it when the
 * field is read: a granted read on a confidential relation is recorded for the read audit, a refusal counted. The
 * rows the rules look up are primed from the batch itself, and the loaders are renewed after it, so the rules issue
 * no statement and what they cache never outgrows one batch.
 */
export async function judgeBatch(
  kind: AnyExportKind,
  rows: readonly unknown[],
  scope: ExportScope,
  context: Context,
): Promise<Redactions> {
  const guarded = kind.columns.filter((column) => column.guard);
  if (!guarded.length) return rows.map(() => []);
  for (const row of rows) kind.prime?.(row, context.stores);
  const redactions = await Promise.all(
    rows.map(async (row) => {
      const refused: string[] = [];
      for (const column of guarded) {
        const { field, parent } = column.guard!;
        const judgement = await judgeField(field, parent(row, scope.asOf), context);
        const [recordType = field, name = ''] = field.split('.');
        const read = { action: judgement.action, recordType, recordId: judgement.recordId, field: name };
        if (!judgement.grounds) {
          context.access.recordRefusal(read);
          refused.push(column.name);
        } else if (judgement.grounds !== 'AUTHENTICATED') {
          context.access.recordRead({ ...read, grounds: judgement.grounds });
        }
      }
      return refused;
    }),
  );
  context.stores = createStores(context.db);
  return redactions;
}
