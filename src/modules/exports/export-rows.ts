import type { Context } from '../../context';
import type { Database } from '../../db';
import { judgeBatch } from './confidential-cells';
import type { Cell } from './csv';
import type { AnyExportKind, ExportScope } from './export-kind';
import { streamSelect, streamable } from './row-stream';

export interface ExportRun {
  scope: ExportScope;
  context: Context;
  /** Where the read audit is written: outside the request's deadline, so that reads already sent stay recorded. */
  auditDb: Database;
  signal: AbortSignal | null;
  /** Told how many rows have been written so far, after each batch. */
  onRows?: (written: number) => void;
}

/** A row as its columns read it, with the confidential columns the viewer may not read left empty and named. */
export interface ExportedRow {
  cells: Cell[];
  redacted: string[];
}

/**
 * A kind's rows a batch at a time, each batch once its confidential cells are judged and the reads they grant are
 * recorded: before the batch leaves, as the API records reads before its answer leaves.
 */
export async function* exportRows(kind: AnyExportKind, run: ExportRun): AsyncGenerator<ExportedRow[]> {
  let written = 0;
  try {
    const query = streamable(kind.select(run.context.db, run.scope));
    for await (const rows of streamSelect(run.context.db, query, run.signal)) {
      const redactions = await judgeBatch(kind, rows, run.scope, run.context);
      await run.context.access.flushReads(run.auditDb);
      yield rows.map((row, index) => {
        const redacted = [...redactions[index]!];
        const cells = kind.columns.map((column) => (redacted.includes(column.name) ? null : column.value(row)));
        return { cells, redacted };
      });
      written += rows.length;
      run.onRows?.(written);
    }
  } finally {
    // Refusals are counts, kept whether or not the export ran to its end.
    await run.context.access.flushReads(run.auditDb);
  }
}
