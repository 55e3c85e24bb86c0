import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyDocuments, bodyLegalStatuses, bodySuccessions, changes } from '../schema/database/index';
import { recordIdOf, toGlobalId } from '../src/shared/global-id';
import { administrationCode, startApi, type Client, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';
import { factories } from './support/factories';
import { expectRefused, outcomes, sendAtOnce, writeChecks } from './support/writes';

let database: TestDatabase;
let api: TestApi;
let world: Awaited<ReturnType<typeof buildWorld>>;
let secretariat: Client;
let outsider: Client;

const statusFields = 'id version status validFrom validTo';
const recordStatus = `mutation($input: RecordBodyLegalStatusInput!) { recordBodyLegalStatus(input: $input) {
  clientMutationId legalStatus { ${statusFields} } body { id legalStatus legalStatuses { ${statusFields} } } } }`;
const endStatus = `mutation($input: EndBodyLegalStatusInput!) { endBodyLegalStatus(input: $input) {
  legalStatus { ${statusFields} } body { id } } }`;
const documentFields = 'id version kind title documentVersion status adoptedOn covers';
const recordDocument = `mutation($input: RecordBodyDocumentInput!) { recordBodyDocument(input: $input) {
  clientMutationId document { ${documentFields} } body { id name } } }`;
const updateDocument = `mutation($input: UpdateBodyDocumentInput!) { updateBodyDocument(input: $input) {
  document { ${documentFields} } body { id } } }`;
const recordSuccession = `mutation($input: RecordBodySuccessionInput!) { recordBodySuccession(input: $input) {
  clientMutationId succession { id occurredOn predecessor { name } successor { name } }
  predecessor { name successors { id } } successor { name predecessors { id occurredOn } } } }`;
const history = `query($id: ID!) { history(id: $id) { operation subject recordType record before after } }`;

const body = (id: string) => toGlobalId('Body', id);
const nowhere = '00000000-0000-0000-0000-000000000000';

async function buildWorld() {
  const make = factories(database.db);
  const area = await make.area({ code: 'T-PARTS', name: 'Partshire' });
  await make.organisation({ code: 'partshire-police', name: 'Partshire Police' });
  const board = await make.body(area.id, {
    name: 'Partshire board',
    kind: 'CHILDRENS_TRUST_BOARD',
    validFrom: '2005-04-01',
  });
  const acpc = await make.body(area.id, {
    name: 'Partshire ACPC',
    kind: 'AREA_CHILD_PROTECTION_COMMITTEE',
    validFrom: '1995-01-01',
    validTo: '2006-04-01',
  });
  const lscb = await make.body(area.id, { name: 'Partshire LSCB', kind: 'LSCB', validFrom: '2006-04-01' });
  return { area, board, acpc, lscb, boardId: body(board.id) };
}

const { expectForbiddenAttempt, failWritesBy } = writeChecks(() => database.db);

const statusesOf = (bodyId: string) =>
  database.db.select().from(bodyLegalStatuses).where(eq(bodyLegalStatuses.bodyId, bodyId));
const documentsOf = (bodyId: string) =>
  database.db.select().from(bodyDocuments).where(eq(bodyDocuments.bodyId, bodyId));
const operationsOf = async (id: string): Promise<string[]> =>
  (await api.query(history, { id })).data.history.map((change: { operation: string }) => change.operation);
const successionCount = async () => (await database.db.select().from(bodySuccessions)).length;

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(database.db);
  world = await buildWorld();
  secretariat = await api.as({ org: 'partshire-police', roles: ['reader', `secretariat:${world.boardId}`] });
  outsider = await api.as({ org: 'partshire-police', roles: ['editor'] });
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

describe('legal statuses', () => {
  it('the secretariat records one, once per key; a change ends it that day, both in history', async () => {
    const input = {
      body: world.boardId,
      status: 'UNINCORPORATED_ASSOCIATION',
      validFrom: '2005-04-01',
      clientMutationId: 'status-1',
    };
    const first = await secretariat.query(recordStatus, { input });
    expect(first.errors).toBeUndefined();
    const original = first.data.recordBodyLegalStatus.legalStatus;
    expect(original).toMatchObject({ version: 1, validFrom: '2005-04-01', validTo: null });
    expect((await secretariat.query(recordStatus, { input })).data.recordBodyLegalStatus.legalStatus.id).toBe(
      original.id,
    );
    expect(await statusesOf(world.board.id)).toHaveLength(1);

    const statutory = await secretariat.query(recordStatus, {
      input: { body: world.boardId, status: 'STATUTORY_BODY', validFrom: '2009-04-01' },
    });
    expect(statutory.errors).toBeUndefined();
    const { legalStatus, body: board } = statutory.data.recordBodyLegalStatus;
    expect(legalStatus).toMatchObject({ status: 'STATUTORY_BODY', version: 1, validFrom: '2009-04-01', validTo: null });
    expect(board.legalStatuses).toEqual([{ ...original, version: 2, validTo: '2009-04-01' }, legalStatus]);
    expect(board.legalStatus).toBe('STATUTORY_BODY');
    const ended = (await api.query(history, { id: original.id })).data.history;
    expect(ended).toHaveLength(2);
    expect(ended[1]).toMatchObject({
      operation: 'recordBodyLegalStatus',
      recordType: 'BodyLegalStatus',
      record: original.id,
      before: expect.objectContaining({ validTo: null, version: 1 }),
      after: expect.objectContaining({ validTo: '2009-04-01', version: 2 }),
    });
    const created = (await api.query(history, { id: legalStatus.id })).data.history;
    expect(created).toEqual([expect.objectContaining({ subject: 'partshire-police user', before: null })]);
    const areas = await database.db.select().from(changes).where(eq(changes.operation, 'recordBodyLegalStatus'));
    expect(new Set(areas.map((change) => change.areaId))).toEqual(new Set([world.area.id]));
  });

  it.each([
    ['on the day the open status began', { validFrom: '2009-04-01' }, 'input.validFrom', /began on 2009-04-01/],
    ['before the open status began', { validFrom: '2008-01-01' }, 'input.validFrom', /began on 2009-04-01/],
    ['before the body existed', { validFrom: '2004-01-01' }, 'input.validFrom', /body began on 2005-04-01/],
    ['the status already open', { status: 'STATUTORY_BODY' }, 'input.status', /already its legal status/],
    ['an id of the wrong type', { body: toGlobalId('Area', nowhere) }, 'input.body', /not the id of a Body/],
  ])('refuses a change %s, naming the field, and changes nothing', async (_name, change, field, message) => {
    const before = await statusesOf(world.board.id);
    const response = await secretariat.query(recordStatus, {
      input: { body: world.boardId, status: 'LEGAL_ENTITY', validFrom: '2010-01-01', ...change },
    });
    expectRefused(response, 'BAD_USER_INPUT', field, message);
    expect(await statusesOf(world.board.id)).toEqual(before);
  });

  it('refuses a day on or after a body ended, and a body that is not there', async () => {
    const input = { body: body(world.acpc.id), status: 'NON_LEGAL_PARTNERSHIP', validFrom: '2006-04-01' };
    expectRefused(await api.query(recordStatus, { input }), 'BAD_USER_INPUT', 'input.validFrom', /ended on 2006-04-01/);
    expectRefused(
      await api.query(recordStatus, { input: { ...input, body: body(nowhere) } }),
      'NOT_FOUND',
      'input.body',
    );
    expect(await statusesOf(world.acpc.id)).toEqual([]);
  });

  it('refuses anyone but the secretariat or an administrator, recording the denial', async () => {
    const board = { body: world.boardId, status: 'LEGAL_ENTITY', validFrom: '2010-01-01' };
    await expectForbiddenAttempt('body:edit', 'recordBodyLegalStatus', () =>
      outsider.query(recordStatus, { input: board }),
    );
    const lscb = { body: body(world.lscb.id), status: 'STATUTORY_BODY', validFrom: '2006-04-01' };
    await expectForbiddenAttempt('body:edit', 'recordBodyLegalStatus', () =>
      secretariat.query(recordStatus, { input: lscb }),
    );
    expect(await statusesOf(world.board.id)).toHaveLength(2);
    expect(await statusesOf(world.lscb.id)).toEqual([]);
  });

  it('lets one of two concurrent writers change a status, whether or not one was open', async () => {
    const make = factories(database.db);
    for (const opening of [null, 'NON_LEGAL_PARTNERSHIP']) {
      const group = await make.body(world.area.id, { validFrom: '2005-01-01' });
      if (opening)
        await database.db
          .insert(bodyLegalStatuses)
          .values({ bodyId: group.id, status: opening as never, validFrom: '2005-01-01' });
      const input = { body: body(group.id), validFrom: '2007-01-01' };
      const attempts = await sendAtOnce(api, recordStatus, [
        { ...input, status: 'LEGAL_PARTNERSHIP' },
        { ...input, status: 'LIMITED_COMPANY' },
      ]);
      expect(outcomes(attempts)).toEqual(['BAD_USER_INPUT', 'OK']);
      expect(attempts.find((a) => a.errors)?.errors?.[0]?.extensions?.field).toBe('input.validFrom');
      const rows = await statusesOf(group.id);
      expect(rows.filter((row) => row.validTo === null)).toHaveLength(1);
      expect(rows).toHaveLength(opening ? 2 : 1);
    }
  });

  it('writes neither change when the transaction fails part-way', async () => {
    await failWritesBy('part fault injector');
    const faulty = await api.as({ org: administrationCode, roles: ['administrator'], subject: 'part fault injector' });
    const before = await statusesOf(world.board.id);
    const response = await faulty.query(recordStatus, {
      input: { body: world.boardId, status: 'LEGAL_ENTITY', validFrom: '2010-01-01' },
    });
    expect(response.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(await statusesOf(world.board.id)).toEqual(before);
  });

  it('ends one within its period and the body’s, once per version, for its secretariat only', async () => {
    const [open] = (await statusesOf(world.board.id)).filter((row) => row.validTo === null);
    const legalStatus = toGlobalId('BodyLegalStatus', open!.id);
    const input = { legalStatus, endOn: '2010-06-01', expectedVersion: 1 };
    expectRefused(
      await secretariat.query(endStatus, { input: { ...input, endOn: '2009-04-01' } }),
      'BAD_USER_INPUT',
      'input.endOn',
    );
    await expectForbiddenAttempt('body:edit', 'endBodyLegalStatus', () => outsider.query(endStatus, { input }));
    const missing = toGlobalId('BodyLegalStatus', nowhere);
    const notThere = await api.query(endStatus, { input: { ...input, legalStatus: missing } });
    expectRefused(notThere, 'NOT_FOUND', 'input.legalStatus');
    expectRefused(
      await api.query(endStatus, { input: { ...input, legalStatus: world.boardId } }),
      'BAD_USER_INPUT',
      'input.legalStatus',
    );
    const attempts = await sendAtOnce(
      secretariat,
      endStatus,
      ['2010-06-01', '2011-06-01'].map((endOn) => ({ ...input, endOn })),
    );
    expect(outcomes(attempts)).toEqual(['CONFLICT', 'OK']);
    const stale = await secretariat.query(endStatus, { input });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const [row] = await database.db.select().from(bodyLegalStatuses).where(eq(bodyLegalStatuses.id, open!.id));
    expect(row).toMatchObject({ version: 2, validTo: expect.stringMatching(/^201[01]-06-01$/) });
    expect(await operationsOf(legalStatus)).toEqual(['recordBodyLegalStatus', 'endBodyLegalStatus']);
  });

  it('refuses an end after the body’s own', async () => {
    const [status] = await database.db
      .insert(bodyLegalStatuses)
      .values({ bodyId: world.acpc.id, status: 'NON_LEGAL_PARTNERSHIP', validFrom: '1995-01-01' })
      .returning();
    const response = await api.query(endStatus, {
      input: { legalStatus: toGlobalId('BodyLegalStatus', status!.id), endOn: '2007-01-01', expectedVersion: 1 },
    });
    expectRefused(response, 'BAD_USER_INPUT', 'input.endOn', /ended on 2006-04-01/);
  });
});

describe('documents', () => {
  const termsOfReference = () => ({
    body: world.boardId,
    kind: 'TERMS_OF_REFERENCE',
    title: 'Partshire board terms of reference',
    documentVersion: '2008 draft',
    status: 'DRAFT',
    covers: ['CHAIR_AND_MEMBERS', 'DECISION_MAKING', 'DECISION_MAKING'],
  });
  let draftId: string;

  it('the secretariat records a draft, once per key, which stays confidential on read', async () => {
    const input = { ...termsOfReference(), clientMutationId: 'document-1' };
    const first = await secretariat.query(recordDocument, { input });
    expect(first.errors).toBeUndefined();
    const document = first.data.recordBodyDocument.document;
    expect(document).toMatchObject({
      version: 1,
      status: 'DRAFT',
      adoptedOn: null,
      covers: ['CHAIR_AND_MEMBERS', 'DECISION_MAKING'],
    });
    draftId = document.id;
    expect((await secretariat.query(recordDocument, { input })).data.recordBodyDocument.document.id).toBe(draftId);
    expect(await documentsOf(world.board.id)).toHaveLength(1);
    expect((await api.query(history, { id: draftId })).data.history).toEqual([
      expect.objectContaining({ operation: 'recordBodyDocument', recordType: 'BodyDocument', before: null }),
    ]);
    const read = `query($id: ID!) { body(id: $id) { documents { id } draftDocuments { id version title } } }`;
    const own = await secretariat.query(read, { id: world.boardId });
    expect(own.data.body.draftDocuments).toEqual([{ id: draftId, version: 1, title: input.title }]);
    const other = await outsider.query(read, { id: world.boardId });
    expect(other.data.body).toEqual({ documents: [], draftDocuments: null });
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', coordinate: 'Body.draftDocuments' });
  });

  it.each([
    ['an empty title', { title: ' ' }, 'input.title'],
    ['an empty version label', { documentVersion: '' }, 'input.documentVersion'],
    ['an adopted document without its date', { status: 'ADOPTED' }, 'input.adoptedOn'],
    ['a draft with an adoption date', { adoptedOn: '2008-06-01' }, 'input.adoptedOn'],
    ['adoption before the body began', { status: 'ADOPTED', adoptedOn: '2005-01-01' }, 'input.adoptedOn'],
    ['a version label the body already has for that kind', {}, 'input.documentVersion'],
  ])('refuses %s, naming the field, and writes nothing', async (_name, change, field) => {
    const before = await documentsOf(world.board.id);
    const response = await secretariat.query(recordDocument, { input: { ...termsOfReference(), ...change } });
    expectRefused(response, 'BAD_USER_INPUT', field);
    expect(await documentsOf(world.board.id)).toEqual(before);
  });

  it('refuses adoption after a body ended, a body that is not there, and outsiders', async () => {
    const adopted = { ...termsOfReference(), status: 'ADOPTED', adoptedOn: '2006-04-01', body: body(world.acpc.id) };
    expectRefused(await api.query(recordDocument, { input: adopted }), 'BAD_USER_INPUT', 'input.adoptedOn', /ended on/);
    expectRefused(
      await api.query(recordDocument, { input: { ...adopted, body: body(nowhere) } }),
      'NOT_FOUND',
      'input.body',
    );
    expect(await documentsOf(world.acpc.id)).toEqual([]);
    const another = { ...termsOfReference(), documentVersion: 'v9' };
    await expectForbiddenAttempt('body:edit', 'recordBodyDocument', () =>
      outsider.query(recordDocument, { input: another }),
    );
    expect(await documentsOf(world.board.id)).toHaveLength(1);
  });

  it('adopts the draft, then supersedes it; a status never goes back', async () => {
    const input = { document: draftId, expectedVersion: 1 };
    for (const [change, field] of [
      [{ status: 'ADOPTED' }, 'input.adoptedOn'],
      [{ adoptedOn: '2008-06-01' }, 'input.adoptedOn'],
      [{ status: 'ADOPTED', adoptedOn: '2004-06-01' }, 'input.adoptedOn'],
      [{ title: '  ' }, 'input.title'],
    ] as const) {
      expectRefused(
        await secretariat.query(updateDocument, { input: { ...input, ...change } }),
        'BAD_USER_INPUT',
        field,
      );
    }
    const hijack = { ...input, title: 'Hijacked' };
    await expectForbiddenAttempt('body:edit', 'updateBodyDocument', () =>
      outsider.query(updateDocument, { input: hijack }),
    );
    const adopted = await secretariat.query(updateDocument, {
      input: { ...input, status: 'ADOPTED', adoptedOn: '2008-06-01', covers: ['MEMBERSHIP'] },
    });
    expect(adopted.data.updateBodyDocument.document).toMatchObject({
      id: draftId,
      version: 2,
      status: 'ADOPTED',
      adoptedOn: '2008-06-01',
      covers: ['MEMBERSHIP'],
    });
    const publicRead = await outsider.query(`query($id: ID!) { body(id: $id) { documents { id version status } } }`, {
      id: world.boardId,
    });
    expect(publicRead.data.body.documents).toEqual([{ id: draftId, version: 2, status: 'ADOPTED' }]);
    const back = await secretariat.query(updateDocument, {
      input: { document: draftId, expectedVersion: 2, status: 'DRAFT' },
    });
    expectRefused(back, 'BAD_USER_INPUT', 'input.status', /only moves forward/);
    const stale = await secretariat.query(updateDocument, { input: { ...input, title: 'Stale' } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const attempts = await sendAtOnce(
      secretariat,
      updateDocument,
      ['SUPERSEDED', 'ADOPTED'].map((status) => ({ document: draftId, expectedVersion: 2, status, title: status })),
    );
    expect(outcomes(attempts)).toEqual(['CONFLICT', 'OK']);
    const [row] = await documentsOf(world.board.id);
    expect(row).toMatchObject({ version: 3, adoptedOn: '2008-06-01' });
    expect(row!.title).toBe(row!.status);
    expect(await operationsOf(draftId)).toEqual(['recordBodyDocument', 'updateBodyDocument', 'updateBodyDocument']);
  });
});

describe('successions', () => {
  const acpcToLscb = () => ({
    predecessor: body(world.acpc.id),
    successor: body(world.lscb.id),
    occurredOn: '2006-04-01',
  });

  it('an administrator records the ACPC giving way to the LSCB, once per key', async () => {
    const input = { ...acpcToLscb(), clientMutationId: 'succession-1' };
    const first = await api.query(recordSuccession, { input });
    expect(first.errors).toBeUndefined();
    const payload = first.data.recordBodySuccession;
    expect(payload).toMatchObject({
      clientMutationId: 'succession-1',
      succession: {
        occurredOn: '2006-04-01',
        predecessor: { name: 'Partshire ACPC' },
        successor: { name: 'Partshire LSCB' },
      },
      predecessor: { successors: [{ id: expect.any(String) }] },
      successor: { predecessors: [{ id: expect.any(String), occurredOn: '2006-04-01' }] },
    });
    // The parties are read as at the succession's date, so its id there is the dated view of the same record.
    expect(recordIdOf(payload.predecessor.successors[0].id)).toBe(recordIdOf(payload.succession.id));
    expect(recordIdOf(payload.successor.predecessors[0].id)).toBe(recordIdOf(payload.succession.id));
    expect((await api.query(recordSuccession, { input })).data.recordBodySuccession.succession.id).toBe(
      payload.succession.id,
    );
    expect(await successionCount()).toBe(1);
    expect(await operationsOf(payload.succession.id)).toEqual(['recordBodySuccession']);
    const [change] = await database.db.select().from(changes).where(eq(changes.operation, 'recordBodySuccession'));
    expect(change).toMatchObject({ recordType: 'BodySuccession', areaId: world.area.id, before: null });
  });

  it('refuses a body succeeding itself, a successor not yet there, a predecessor not yet begun, and repeats', async () => {
    const make = factories(database.db);
    const later = await make.body(world.area.id, { validFrom: '2008-01-01' });
    for (const [change, field, message] of [
      [{ successor: body(world.acpc.id) }, 'input.successor', /cannot succeed itself/],
      [{ successor: body(later.id) }, 'input.occurredOn', /successor began on 2008-01-01/],
      [
        { predecessor: body(world.lscb.id), successor: world.boardId },
        'input.occurredOn',
        /predecessor began on 2006-04-01/,
      ],
      [{}, 'input.successor', /already recorded/],
    ] as const) {
      expectRefused(
        await api.query(recordSuccession, { input: { ...acpcToLscb(), ...change } }),
        'BAD_USER_INPUT',
        field,
        message,
      );
    }
    expectRefused(
      await api.query(recordSuccession, { input: { ...acpcToLscb(), successor: body(nowhere) } }),
      'NOT_FOUND',
      'input.successor',
    );
    expect(await successionCount()).toBe(1);
  });

  it('refuses a succession that would loop back, however long the chain', async () => {
    const make = factories(database.db);
    const [first, second, third] = await Promise.all([1, 2, 3].map(() => make.body(world.area.id)));
    const succeed = (from: { id: string }, to: { id: string }, occurredOn: string) =>
      api.query(recordSuccession, { input: { predecessor: body(from.id), successor: body(to.id), occurredOn } });
    expect((await succeed(first!, second!, '2003-01-01')).errors).toBeUndefined();
    expect((await succeed(second!, third!, '2004-01-01')).errors).toBeUndefined();
    expectRefused(await succeed(third!, first!, '2005-01-01'), 'BAD_USER_INPUT', 'input.successor', /cannot loop/);
    expectRefused(await succeed(second!, first!, '2005-01-01'), 'BAD_USER_INPUT', 'input.successor', /cannot loop/);
    expect(await successionCount()).toBe(3);
  });

  it('refuses anyone but an administrator, even the successor’s secretariat', async () => {
    const lscbSecretariat = await api.as({
      org: 'partshire-police',
      roles: ['editor', `secretariat:${body(world.lscb.id)}`],
    });
    const input = { predecessor: world.boardId, successor: body(world.lscb.id), occurredOn: '2007-01-01' };
    await expectForbiddenAttempt('organisation:register', 'recordBodySuccession', () =>
      lscbSecretariat.query(recordSuccession, { input }),
    );
    expect(await successionCount()).toBe(3);
  });
});
