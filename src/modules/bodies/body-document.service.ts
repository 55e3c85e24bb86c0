import { eq } from 'drizzle-orm';
import { bodyDocuments, documentStatus } from '../../../schema/database/index';
import type { Context } from '../../context';
import { explainConstraint } from '../../shared/database-errors';
import { isoDate, type IsoDate } from '../../shared/dates';
import { badUserInput, notFound, requiredText } from '../../shared/errors';
import { rowIdOf } from '../../shared/global-id';
import { assertVersion, onceFor, updateVersioned, write } from '../history/write';
import type { RecordBodyDocumentInput, UpdateBodyDocumentInput } from './body-parts.input';
import { bodyInTransaction, lifetimeOf } from './body.service';
import type { BodyDocumentRow, BodyRow } from './body.type';

type Status = BodyDocumentRow['status'];

const constraintMeanings = {
  body_documents_version_key: {
    field: 'input.documentVersion',
    message: 'The body already has a document of that kind with that version label',
  },
  body_documents_body_id_bodies_id_fk: { field: 'input.body', message: 'There is no such body' },
};

/** The enum lists the statuses in the order a document passes through them: draft, adopted, superseded. */
const stage = (status: Status) => documentStatus.enumValues.indexOf(status);

/**
 * An adopted document says when it was adopted and a draft does not. A superseded one may have been adopted (on a
 * date the source may not give) or overtaken as a draft, so either is allowed.
 */
function assertAdoption(status: Status, adoptedOn: IsoDate | null): void {
  if (status === 'DRAFT' && adoptedOn !== null) {
    throw badUserInput('input.adoptedOn', 'A draft has not been adopted: leave adoptedOn out until it is');
  }
  if (status === 'ADOPTED' && adoptedOn === null) {
    throw badUserInput('input.adoptedOn', 'An adopted document needs the date it was adopted');
  }
}

/** A body adopts its documents while it exists. */
function assertAdoptedWhileExisting(body: BodyRow, adoptedOn: IsoDate | null): void {
  if (adoptedOn === null) return;
  if (adoptedOn < body.validFrom || (body.validTo !== null && adoptedOn >= body.validTo)) {
    throw badUserInput('input.adoptedOn', `${lifetimeOf(body)}; it adopts documents only while it exists`);
  }
}

const distinct = <T>(items: T[]) => [...new Set(items)];

export async function recordBodyDocument(context: Context, input: RecordBodyDocumentInput): Promise<string> {
  const values = {
    bodyId: rowIdOf(input.body, 'Body', 'input.body'),
    kind: input.kind,
    title: requiredText(input.title, 'input.title'),
    documentVersion: requiredText(input.documentVersion, 'input.documentVersion'),
    status: input.status,
    adoptedOn: input.adoptedOn ? isoDate(input.adoptedOn) : null,
    covers: distinct(input.covers),
  };
  assertAdoption(values.status, values.adoptedOn);
  return write(context, 'recordBodyDocument', async (change) =>
    onceFor(change, context, input.clientMutationId, 'recordBodyDocument', async () => {
      const body = await bodyInTransaction(change.tx, values.bodyId, 'input.body');
      assertAdoptedWhileExisting(body, values.adoptedOn);
      const [row] = await change.tx
        .insert(bodyDocuments)
        .values(values)
        .returning()
        .catch((error) => explainConstraint(error, constraintMeanings));
      change.record({ recordType: 'BodyDocument', recordId: row!.id, areaId: body.areaId, before: null, after: row! });
      return row!.id;
    }),
  );
}

export async function updateBodyDocument(context: Context, input: UpdateBodyDocumentInput): Promise<string> {
  const id = rowIdOf(input.document, 'BodyDocument', 'input.document');
  const values: Partial<typeof bodyDocuments.$inferInsert> = {};
  if (input.title != null) values.title = requiredText(input.title, 'input.title');
  if (input.status != null) values.status = input.status;
  if (input.adoptedOn != null) values.adoptedOn = isoDate(input.adoptedOn);
  if (input.covers != null) values.covers = distinct(input.covers);
  return write(context, 'updateBodyDocument', async (change) => {
    const [before] = await change.tx.select().from(bodyDocuments).where(eq(bodyDocuments.id, id));
    if (!before) throw notFound('input.document', 'There is no such document');
    assertVersion(before, input.expectedVersion);
    const status = values.status ?? before.status;
    if (stage(status) < stage(before.status)) {
      throw badUserInput(
        'input.status',
        `The document is already ${before.status.toLowerCase()}; a status only moves forward (draft, adopted, superseded)`,
      );
    }
    assertAdoption(status, values.adoptedOn ?? before.adoptedOn);
    const body = await bodyInTransaction(change.tx, before.bodyId, 'input.document');
    assertAdoptedWhileExisting(body, values.adoptedOn ?? null);
    const after = await updateVersioned(change.tx, bodyDocuments, id, input.expectedVersion, values);
    change.record({ recordType: 'BodyDocument', recordId: id, areaId: body.areaId, before, after });
    return id;
  });
}
