import type { IsoDate } from './dates';
import { toGlobalId, type NodeTypeName } from './global-id';
import type { RegistryRecord } from './record.type';

/**
 * Turns a database row into its GraphQL object: the row's columns, the global id in place of the row key (kept as
 * `uuid`), and the date it was read as at, which nested dated relations inherit.
 */
export function fromRow<T extends RegistryRecord, Row extends { id: string }>(
  type: new () => T,
  typeName: NodeTypeName,
  row: Row,
  asOf: IsoDate,
): T & Omit<Row, 'id'> {
  return Object.assign(new type(), row, { id: toGlobalId(typeName, row.id), uuid: row.id, asOf });
}
