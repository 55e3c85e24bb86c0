import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deniedWrites, memberships } from '../schema/database/index';
import { toGlobalId } from '../src/shared/global-id';
import { startApi, type Client, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';
import { factories } from './support/factories';

let database: TestDatabase;
let api: TestApi;
let boardId: string;
let boardRowId: string;
let secretariat: Client;
let secretariatEditor: Client;

const createPerson = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }`;
const appoint = `mutation($input: AppointMemberInput!) { appointMember(input: $input) { membership { id } } }`;

const personRecordedBy = async (client: Client, name: string) =>
  (await client.query(createPerson, { input: { name, category: 'ADULT' } })).data.createPerson.person.id as string;
const seatCount = async () =>
  (await database.db.select().from(memberships).where(eq(memberships.bodyId, boardRowId))).length;
const denials = async () =>
  (await database.db.select().from(deniedWrites).where(eq(deniedWrites.operation, 'appointMember'))).length;

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(database.db);
  const make = factories(database.db);
  const area = await make.area({ name: 'Seatshire' });
  await make.organisation({ code: 'seatshire-council', name: 'Seatshire Council' });
  const board = await make.body(area.id, { name: 'Seatshire board', validFrom: '2005-04-01' });
  boardRowId = board.id;
  boardId = toGlobalId('Body', board.id);
  secretariat = await api.as({ org: 'seatshire-council', roles: ['reader', `secretariat:${boardId}`] });
  secretariatEditor = await api.as({ org: 'seatshire-council', roles: ['editor', `secretariat:${boardId}`] });
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

describe('seating a person in their own right', () => {
  it('is refused to a secretariat that may not correct the person, since the seat shows their name to partners', async () => {
    const stranger = await personRecordedBy(api, 'Chris Stranger');
    const [before, denied] = [await seatCount(), await denials()];
    const response = await secretariat.query(appoint, {
      input: { body: boardId, memberPerson: stranger, validFrom: '2008-04-01' },
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', action: 'person:edit' });
    expect(await seatCount()).toBe(before);
    expect(await denials()).toBe(denied + 1);
  });

  it('is allowed for a person the secretariat’s organisation recorded, and then for that person’s further seats', async () => {
    const member = await personRecordedBy(secretariatEditor, 'Lee Member');
    const first = await secretariatEditor.query(appoint, {
      input: { body: boardId, memberPerson: member, validFrom: '2008-04-01', validTo: '2009-04-01' },
    });
    expect(first.errors).toBeUndefined();
    // Sitting on the body makes the person one its secretariat may correct, editor or not.
    const again = await secretariat.query(appoint, {
      input: { body: boardId, memberPerson: member, validFrom: '2009-04-01' },
    });
    expect(again.errors).toBeUndefined();
  });

  it('answers NOT_FOUND for a person who does not exist', async () => {
    const nobody = toGlobalId('Person', '00000000-0000-0000-0000-000000000000');
    const response = await secretariat.query(appoint, {
      input: { body: boardId, memberPerson: nobody, validFrom: '2008-04-01' },
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.memberPerson' });
  });
});
