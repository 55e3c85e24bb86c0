import { Field, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import type { SourceCitation as SourceCitationRow } from '../../schema/database/index';
import type { IsoDate } from './dates';
import { toGlobalId, type NodeTypeName } from './global-id';
import { DateScalar, DateTimeScalar } from './scalars';

@InterfaceType({ description: 'An object with an opaque global id, fetchable through `node(id:)`.' })
export abstract class Node {
  @Field(() => ID, { description: 'Opaque global id: pass it back to `node`, `nodes` and filters as it is.' })
  id!: string;

  @Field(() => ID, {
    description:
      'The id of the record itself, the same whatever date it is read as at. `id` equals it for the record as it ' +
      'stands today; read as at another date, `id` names that dated view, so that client caches keep the views apart.',
  })
  recordId!: string;
}

@ObjectType({ description: 'A passage of one of the source documents that supports a record.' })
export class SourceCitation implements SourceCitationRow {
  @Field(() => String, { description: 'File name of the source document, e.g. `003_6b44b8124f27778d.txt`.' })
  document!: string;

  @Field(() => String, { description: "The document's own locator: paragraph, table or figure, e.g. `¶62`." })
  locator!: string;
}

/** Fields every registry record shows. `uuid` is the row key, kept off the schema. Never emitted itself. */
@ObjectType('RegistryRecordBase')
export abstract class RegistryRecord extends Node {
  uuid!: string;
  /** The date the record was read as at; nested dated relations default to it. */
  asOf!: IsoDate;

  @Field(() => [SourceCitation], { description: 'The source passages this record rests on.' })
  sources!: SourceCitation[];

  @Field(() => Boolean, { description: 'True when the record was generated for sample data, not read in a source.' })
  synthetic!: boolean;

  @Field(() => DateTimeScalar, { description: 'When the registry first recorded this.' })
  createdAt!: Date;

  @Field(() => Int, {
    description: 'Goes up by one with every change; send it back as `expectedVersion` to change it.',
  })
  version!: number;
}

/**
 * A record's `recordId`, written from its type and row key when it is first read: most answers never ask for it, and
 * a global id is a base64 text made per record served. A record given one (a payload's) keeps what it was given.
 */
Object.defineProperty(RegistryRecord.prototype, 'recordId', {
  get(this: RegistryRecord & { recordType: NodeTypeName }) {
    const recordId = toGlobalId(this.recordType, this.uuid);
    Object.defineProperty(this, 'recordId', { value: recordId, writable: true, enumerable: true, configurable: true });
    return recordId;
  },
  set(this: RegistryRecord, recordId: string) {
    Object.defineProperty(this, 'recordId', { value: recordId, writable: true, enumerable: true, configurable: true });
  },
  configurable: true,
});

/** A record that holds for a period. Never emitted itself. */
@ObjectType('DatedRecordBase')
export abstract class DatedRecord extends RegistryRecord {
  @Field(() => DateScalar, { description: 'First day the fact holds.' })
  validFrom!: IsoDate;

  @Field(() => DateScalar, { nullable: true, description: 'First day it no longer holds; null while it still holds.' })
  validTo!: IsoDate | null;
}

/** A dated fact about a record (a name, a status, an identifier) that has no id of its own. Never emitted itself. */
@ObjectType('DatedFactBase')
export abstract class DatedFact {
  @Field(() => DateScalar, { description: 'First day it held.' })
  validFrom!: IsoDate;

  @Field(() => DateScalar, { nullable: true, description: 'First day it no longer held; null while it still holds.' })
  validTo!: IsoDate | null;

  @Field(() => [SourceCitation], { description: 'The source passages it rests on.' })
  sources!: SourceCitation[];
}
