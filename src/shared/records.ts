import { copyRow } from './compiled-read';
import { today, type IsoDate } from './dates';
import { toGlobalId, type NodeTypeName } from './global-id';
import type { RegistryRecord } from './record.type';

/**
 * Turns a database row into its GraphQL object: the row's columns, the global id in place of the row key (kept as
 * `uuid`), and the date it was read as at, which nested dated relations inherit. Read as at any day but today, the
 * id carries the date (see `toGlobalId`); `recordId` names the record whatever the date, written when it is asked
 * for (see `RegistryRecord`).
 */
export function fromRow<T extends RegistryRecord, Row extends { id: string }>(
  type: new () => T,
  typeName: NodeTypeName,
  row: Row,
  asOf: IsoDate,
): T & Omit<Row, 'id'> {
  // Object.create rather than `new`: compiled as ES2022 class fields, each declared field would first be defined
  // as undefined, a cost per field of every row served. The GraphQL types have no constructors or initialisers.
  const object = copyRow(Object.create(type.prototype) as T, row) as T & Omit<Row, 'id'> & RecordKeys;
  object.recordType = typeName;
  object.id = asOf === today() ? toGlobalId(typeName, row.id) : toGlobalId(typeName, row.id, asOf);
  object.uuid = row.id;
  object.asOf = asOf;
  return object;
}

interface RecordKeys {
  id: string;
  recordType: NodeTypeName;
  uuid: string;
  asOf: IsoDate;
}
