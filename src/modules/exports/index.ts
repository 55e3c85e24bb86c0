export { csvExport } from './csv-export';
export { jsonLdExport } from './jsonld-export';
export { jsonLdContext } from './jsonld-context';
export { exportKinds, exportKindNamed, redactedColumn } from './export-kinds';
export { exportRows, type ExportRun } from './export-rows';
export { ExportRefused, resolveScope } from './export-scope';
export { countRows } from './export-count';
export type { ExportScope, AnyExportKind } from './export-kind';
