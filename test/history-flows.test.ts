import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bodyDocuments,
  budgetArrangements,
  changes,
  contributions,
  decisions,
  memberships,
  people,
} from '../schema/database/index';
import { recordIdOf, toGlobalId } from '../src/shared/global-id';
import { startApi, type Client, type Loose, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';
import { factories } from './support/factories';

/**
 * History judged both as the change left the record and as the record is now, through real mutations: a draft
 * adopted since keeps its drafts to its parties; a person recorded as an adult and since corrected to a young person
 * loses their name in every image. And the statements a page of changes costs do not grow with the page.
 */

let database: TestDatabase;
let api: TestApi;
let auditor: Client;
let auditingPartner: Client;
let ids: { area: string; board: string; lscb: string; bulkArea: string };

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(database.db);
  const make = factories(database.db);
  const area = await make.area({ code: 'T-FLOWS', name: 'Flowshire' });
  const board = await make.body(area.id, {
    name: 'Flowshire board',
    kind: 'CHILDRENS_TRUST_BOARD',
    level: 'STRATEGIC',
  });
  const lscb = await make.body(area.id, { name: 'Flowshire LSCB', kind: 'LSCB', level: 'STRATEGIC' });
  const police = await make.organisation({ code: 'flowshire-police', kind: 'POLICE_SERVICE', areaId: area.id });
  await make.organisation({ code: 'flowshire-audit', kind: 'OTHER' });
  await make.membership({ bodyId: board.id, memberOrganisationId: police.id, role: 'MEMBER', validFrom: '2005-04-01' });
  const bulkArea = await make.area({ code: 'T-FLOWS-BULK', name: 'Bulkshire' });
  ids = {
    area: toGlobalId('Area', area.id),
    board: toGlobalId('Body', board.id),
    lscb: toGlobalId('Body', lscb.id),
    bulkArea: toGlobalId('Area', bulkArea.id),
  };
  auditor = await api.as({ org: 'flowshire-audit', roles: ['reader', 'auditor:T-FLOWS', 'auditor:T-FLOWS-BULK'] });
  auditingPartner = await api.as({ org: 'flowshire-police', roles: ['reader', 'auditor:T-FLOWS'] });
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

async function mutate(query: string, input: Record<string, unknown>): Promise<Loose> {
  const response = await api.query(query, { input });
  expect(response.errors).toBeUndefined();
  return Object.values(response.data)[0];
}

const history = `query($id: ID!) { history(id: $id) { operation before after redactions { image key field action } } }`;

describe('a value is shown only if its rule allows it as the change left the record and as the record is now', () => {
  it('keeps a document’s drafts to its parties after it is adopted, and shows the adopted text', async () => {
    const recorded = await mutate(
      `mutation($input: RecordBodyDocumentInput!) { recordBodyDocument(input: $input) { document { id version } } }`,
      {
        body: ids.board,
        kind: 'PARTNERSHIP_AGREEMENT',
        title: 'Draft s31 agreement',
        documentVersion: 'draft-1',
        status: 'DRAFT',
        covers: [],
      },
    );
    await mutate(
      `mutation($input: UpdateBodyDocumentInput!) { updateBodyDocument(input: $input) { document { id } } }`,
      {
        document: recorded.document.id,
        expectedVersion: 1,
        title: 'Section 31 agreement',
        status: 'ADOPTED',
        adoptedOn: '2008-09-01',
      },
    );
    const seen = (await auditor.query(history, { id: recorded.document.id })).data.history;
    expect(seen.map((change: Loose) => [change.operation, change.before?.title, change.after.title])).toEqual([
      ['recordBodyDocument', undefined, null],
      ['updateBodyDocument', null, 'Section 31 agreement'],
    ]);
    const draft = { key: 'title', field: 'Body.draftDocuments', action: 'draft:read' };
    expect(seen[0].redactions).toContainEqual({ image: 'AFTER', ...draft });
    expect(seen[1].redactions).toContainEqual({ image: 'BEFORE', ...draft });
    expect(seen[1].redactions.filter((redaction: Loose) => redaction.image === 'AFTER')).toEqual([]);
    const partner = (await auditingPartner.query(history, { id: recorded.document.id })).data.history;
    expect(partner.map((change: Loose) => change.after.title)).toEqual(['Draft s31 agreement', 'Section 31 agreement']);
  });

  it('hides a name in every image once the person is corrected to a young person', async () => {
    const created = await mutate(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }`,
      { name: 'Sam Rivers', category: 'ADULT' },
    );
    const person = created.person.id;
    await mutate(`mutation($input: AppointMemberInput!) { appointMember(input: $input) { membership { id } } }`, {
      body: ids.board,
      memberPerson: person,
      role: 'CO_OPTEE',
      constituency: 'OTHER',
      votingRight: false,
      validFrom: '2008-01-01',
    });
    const asAdult = (await auditor.query(history, { id: person })).data.history;
    expect(asAdult.map((change: Loose) => change.after.name)).toEqual(['Sam Rivers']);
    await mutate(`mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { person { id } } }`, {
      person,
      expectedVersion: 1,
      category: 'YOUNG_PERSON',
    });
    const corrected = (await auditor.query(history, { id: person })).data.history;
    expect(corrected.map((change: Loose) => [change.before?.name, change.after.name])).toEqual([
      [undefined, null],
      [null, null],
    ]);
    expect(corrected[1].redactions).toContainEqual({
      image: 'AFTER',
      key: 'name',
      field: 'Person.name',
      action: 'young-person:read',
    });
    expect((await api.query(history, { id: person })).data.history[1].after.name).toBe('Sam Rivers');
  });

  it('lists an LSCB’s decision to an auditor with nothing of it but its id', async () => {
    const recorded = await mutate(
      `mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { decision { id } } }`,
      {
        body: ids.lscb,
        decidedOn: '2008-10-01',
        summary: 'Review the county’s serious cases',
        status: 'RATIFIED',
        published: false,
      },
    );
    const listed = await auditor.query(`query($area: ID!) { changes(area: $area) { nodes { record after } } }`, {
      area: ids.area,
    });
    const change = listed.data.changes.nodes.find((node: Loose) => node.record === recordIdOf(recorded.decision.id));
    const { id, ...rest } = change.after;
    expect(typeof id).toBe('string');
    expect(Object.values(rest).every((value) => value === null)).toBe(true);
  });
});

describe('the cost of a page of changes', () => {
  /** Twenty each of four kinds of record with confidential values, their creations interleaved in history. */
  async function fillBulkArea(): Promise<void> {
    const make = factories(database.db);
    const areaId = Buffer.from(ids.bulkArea, 'base64url').toString('utf8').split(':')[1]!;
    const board = await make.body(areaId, { kind: 'CHILDRENS_TRUST_BOARD', level: 'STRATEGIC' });
    const partner = await make.organisation({ areaId });
    const [fund] = await database.db
      .insert(budgetArrangements)
      .values({ name: 'Bulk fund', kind: 'ALIGNED', areaId, validFrom: '2000-04-01' })
      .returning();
    const count = 20;
    const years = Array.from({ length: count }, (_, i) => `${2001 + i}-${String((2 + i) % 100).padStart(2, '0')}`);
    const filed: [string, string, Loose][] = [];
    for (const row of await database.db
      .insert(decisions)
      .values(
        years.map((_, i) => ({
          bodyId: board.id,
          decidedOn: `20${String(i + 1).padStart(2, '0')}-01-01`,
          summary: `Decision ${i}`,
          status: 'RECOMMENDATION' as const,
        })),
      )
      .returning())
      filed.push(['Decision', 'recordDecision', row]);
    for (const row of await database.db
      .insert(contributions)
      .values(
        years.map((financialYear) => ({
          arrangementId: fund!.id,
          organisationId: partner.id,
          financialYear,
          amount: '5.00',
        })),
      )
      .returning())
      filed.push(['Contribution', 'recordContribution', row]);
    for (const row of await database.db
      .insert(bodyDocuments)
      .values(
        years.map((_, i) => ({
          bodyId: board.id,
          kind: 'PARTNERSHIP_AGREEMENT' as const,
          title: `Draft ${i}`,
          documentVersion: `${i}`,
          status: 'DRAFT' as const,
        })),
      )
      .returning())
      filed.push(['BodyDocument', 'recordBodyDocument', row]);
    const persons = await database.db
      .insert(people)
      .values(years.map((_, i) => ({ name: `Person ${i}`, category: 'ADULT' as const })))
      .returning();
    await database.db.insert(memberships).values(
      persons.map((person) => ({
        bodyId: board.id,
        memberPersonId: person.id,
        role: 'CO_OPTEE' as const,
        constituency: 'OTHER' as const,
        validFrom: '2008-01-01',
      })),
    );
    for (const row of persons) filed.push(['Person', 'createPerson', row]);
    const start = Date.parse('2009-01-01T00:00:00Z');
    const interleaved = Array.from({ length: count }, (_, i) =>
      [0, 1, 2, 3].map((kind) => filed[kind * count + i]!),
    ).flat();
    await database.db.insert(changes).values(
      interleaved.map(([recordType, operation, row], i) => ({
        changedAt: new Date(start + i * 1000),
        subject: 'bulk',
        operation,
        recordType,
        recordId: row.id,
        areaId,
        after: JSON.parse(JSON.stringify(row)),
      })),
    );
  }

  it('is the same number of statements for 8 changes as for 80', async () => {
    await fillBulkArea();
    const page = (first: number) =>
      auditor.query(
        `query($area: ID!, $first: Int) { changes(area: $area, first: $first) { nodes { before after redactions { key } } } }`,
        { area: ids.bulkArea, first },
      );
    const small = await page(8);
    const large = await page(80);
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(large.data.changes.nodes).toHaveLength(80);
    // The auditor reads the decisions' summaries and the people's names, not the drafts' titles.
    const redacted = large.data.changes.nodes.flatMap((node: Loose) =>
      node.redactions.map((redaction: Loose) => redaction.key),
    );
    expect(redacted.filter((key: string) => key === 'title')).toHaveLength(20);
    expect(redacted.filter((key: string) => key === 'summary' || key === 'name')).toEqual([]);
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(20);
  });
});
