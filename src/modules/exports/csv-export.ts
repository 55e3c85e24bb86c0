import { byteOrderMark, csvRecord } from './csv';
import type { AnyExportKind } from './export-kind';
import { hasGuardedColumns, redactedColumn } from './export-kinds';
import { exportRows, type ExportRun } from './export-rows';

/** A kind's rows as CSV (RFC 4180, UTF-8, optionally with a byte-order mark), a batch at a time. */
export async function* csvExport(kind: AnyExportKind, run: ExportRun, bom = false): AsyncGenerator<string> {
  const guarded = hasGuardedColumns(kind);
  const names = kind.columns.map((column) => column.name);
  // The header leaves with the first rows, so that an export that cannot start in time is refused, not cut.
  let header = (bom ? byteOrderMark : '') + csvRecord(guarded ? [...names, redactedColumn.name] : names);
  for await (const rows of exportRows(kind, run)) {
    let chunk = header;
    header = '';
    for (const { cells, redacted } of rows) chunk += csvRecord(guarded ? [...cells, redacted] : cells);
    yield chunk;
  }
  if (header) yield header;
}
