import { eq, inArray } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bodyDocuments,
  changes,
  contributions,
  decisions,
  delegations,
  interestDeclarations,
  memberships,
  people,
  ratifications,
  readAudit,
  resourceCommitments,
  selfAssessmentAnswers,
  selfAssessments,
} from '../schema/database/index';
import { toGlobalId, type RecordTypeName } from '../src/shared/global-id';
import { buildAccessWorld, codes, viewerNames, type AccessWorld, type ViewerName } from './support/access-world';
import { startApi, type Client, type Loose, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';

/**
 * History keeps the field rules. Every confidential value of the access world (test/support/access-world.ts) is put
 * in history as the services file it, and read back through `history(id:)` and `changes(area:)` by every viewer of
 * the access matrix: only auditors of the area and administrators may read history at all, and an auditor who also
 * stands in another relation to a record (its owner, host, partner or secretariat) sees what that relation allows.
 */

let database: TestDatabase;
let api: TestApi;
let world: AccessWorld;
let readers: Record<HistoryReader, Client>;

/** Those who may read the area's history, and the viewers of access.test.ts whose standing each combines. */
const historyReaders = {
  auditor: ['auditorA'],
  'owner P, auditing': ['ownerP', 'auditorA'],
  'host C, auditing': ['hostC', 'auditorA'],
  'partner X, auditing': ['partnerX', 'auditorA'],
  'secretariat of B, auditing': ['secretariatB', 'auditorA'],
  administrator: ['administrator'],
} as const satisfies Record<string, readonly ViewerName[]>;
type HistoryReader = keyof typeof historyReaders;

const contributionReaders = ['ownerP', 'hostC', 'secretariatB', 'auditorA', 'administrator'] as const;
const commitmentReaders = ['ownerP', 'secretariatB', 'auditorA', 'administrator'] as const;
const partnersAndOversight = ['ownerP', 'partnerX', 'secretariatB', 'auditorA', 'administrator'] as const;
const delegationReaders = ['hostC', 'ownerP', 'partnerX', 'secretariatB', 'auditorA', 'administrator'] as const;
const draftReaders = ['ownerP', 'partnerX', 'secretariatB', 'administrator'] as const;
const lscbMembers = ['partnerX', 'administrator'] as const;
const secretariatOnly = ['secretariatB', 'administrator'] as const;

interface Filed {
  recordType: RecordTypeName;
  operation: string;
  table: PgTable;
  rows: () => Promise<{ id: string }[]>;
  /** The record a row is filed under: itself, or the owner of a part (a ratification's decision). */
  recordOf?: (row: Loose) => string;
  /** Persons are filed under no area, as `createPerson` files them. */
  noArea?: boolean;
}

const rowId = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;
const select = (table: PgTable) => database.db.select().from(table as never) as Promise<Loose[]>;

/** The world's confidential records, each as the operation that makes it files it in history. */
function filings(): Filed[] {
  const decisionIds = [rowId(world.ids.boardDecision), rowId(world.ids.lscbDecision)];
  const assessmentIds = [rowId(world.ids.boardAssessment), rowId(world.ids.lscbAssessment)];
  const bodies = [world.rows.board.id, world.rows.lscb.id];
  const of = (table: PgTable, column: Loose, ids: string[]) => () =>
    database.db
      .select()
      .from(table as never)
      .where(inArray(column, ids)) as Promise<Loose[]>;
  return [
    {
      recordType: 'Contribution',
      operation: 'recordContribution',
      table: contributions,
      rows: () => select(contributions),
    },
    {
      recordType: 'ResourceCommitment',
      operation: 'commitResources',
      table: resourceCommitments,
      rows: () => select(resourceCommitments),
    },
    {
      recordType: 'Membership',
      operation: 'appointMember',
      table: memberships,
      rows: of(memberships, memberships.id, [world.rows.pctSeat.id]),
    },
    {
      recordType: 'InterestDeclaration',
      operation: 'declareInterest',
      table: interestDeclarations,
      rows: () => select(interestDeclarations),
    },
    { recordType: 'Delegation', operation: 'delegatePower', table: delegations, rows: () => select(delegations) },
    {
      recordType: 'Decision',
      operation: 'recordDecision',
      table: decisions,
      rows: of(decisions, decisions.id, decisionIds),
    },
    {
      recordType: 'Decision',
      operation: 'ratifyDecision',
      table: ratifications,
      rows: of(ratifications, ratifications.decisionId, decisionIds),
      recordOf: (row) => row.decisionId,
    },
    {
      recordType: 'SelfAssessment',
      operation: 'recordSelfAssessment',
      table: selfAssessments,
      rows: of(selfAssessments, selfAssessments.id, assessmentIds),
    },
    {
      recordType: 'SelfAssessment',
      operation: 'answerSelfAssessmentQuestion',
      table: selfAssessmentAnswers,
      rows: of(selfAssessmentAnswers, selfAssessmentAnswers.selfAssessmentId, assessmentIds),
      recordOf: (row) => row.selfAssessmentId,
    },
    {
      recordType: 'BodyDocument',
      operation: 'recordBodyDocument',
      table: bodyDocuments,
      rows: of(bodyDocuments, bodyDocuments.bodyId, bodies),
    },
    {
      recordType: 'Person',
      operation: 'createPerson',
      table: people,
      rows: of(people, people.id, [rowId(world.ids.adult), rowId(world.ids.youngPerson)]),
      noArea: true,
    },
  ];
}

/** Writes each record's creation into history, its image the row exactly as the table holds it. */
async function fileHistory(): Promise<void> {
  for (const filed of filings()) {
    const rows = JSON.parse(JSON.stringify(await filed.rows())) as Loose[];
    await database.db.insert(changes).values(
      rows.map((row) => ({
        subject: 'history seed',
        operation: filed.operation,
        recordType: filed.recordType,
        recordId: filed.recordOf?.(row) ?? row.id,
        areaId: filed.noArea ? null : world.rows.area.id,
        before: null,
        after: row,
      })),
    );
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(database.db);
  world = await buildAccessWorld(database.db, api);
  await fileHistory();
  const board = world.ids.board;
  const auditing = (org: string, ...roles: string[]) =>
    api.as({ org, roles: ['reader', `auditor:${codes.area}`, ...roles] });
  readers = {
    auditor: world.viewers.auditorA,
    'owner P, auditing': await auditing(codes.pct),
    'host C, auditing': await auditing(codes.council),
    'partner X, auditing': await auditing(codes.police),
    'secretariat of B, auditing': await auditing(codes.outsider, `secretariat:${board}`),
    administrator: api,
  };
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

interface HistorySecret {
  name: string;
  /** The record whose history holds it. */
  record: () => string;
  operation: string;
  /** Picks the change among the record's changes of that operation, by its stored image (the id is always shown). */
  pick?: (after: Loose) => boolean;
  key: string;
  /** The field whose rule refuses it, as `redactions` names it. */
  field: string;
  action: string;
  visibleTo: readonly ViewerName[];
}

const ratifiedBy = (org: () => string) => (after: Loose) => after.organisationId === org();

const historySecrets: HistorySecret[] = [
  {
    name: 'P’s contribution: amount',
    record: () => world.ids.contribution,
    operation: 'recordContribution',
    key: 'amount',
    field: 'Contribution.amount',
    action: 'contribution:read',
    visibleTo: contributionReaders,
  },
  {
    name: 'P’s contribution: share band',
    record: () => world.ids.contribution,
    operation: 'recordContribution',
    key: 'shareBand',
    field: 'Contribution.shareBand',
    action: 'contribution:read',
    visibleTo: contributionReaders,
  },
  {
    name: 'P’s unpublished commitment: amount',
    record: () => commitmentOf(world.rows.pct.id),
    operation: 'commitResources',
    key: 'amount',
    field: 'ResourceCommitment.amount',
    action: 'commitment:read',
    visibleTo: commitmentReaders,
  },
  {
    name: 'P’s unpublished commitment: description',
    record: () => commitmentOf(world.rows.pct.id),
    operation: 'commitResources',
    key: 'description',
    field: 'ResourceCommitment.description',
    action: 'commitment:read',
    visibleTo: commitmentReaders,
  },
  {
    name: 'X’s published commitment: amount (public)',
    record: () => commitmentOf(world.rows.police.id),
    operation: 'commitResources',
    key: 'amount',
    field: 'ResourceCommitment.amount',
    action: 'commitment:read',
    visibleTo: viewerNames,
  },
  {
    name: 'P’s seat: canCommitResources',
    record: () => world.ids.pctSeat,
    operation: 'appointMember',
    key: 'canCommitResources',
    field: 'Membership.canCommitResources',
    action: 'mandate:read',
    visibleTo: partnersAndOversight,
  },
  {
    name: 'P’s seat: commitScope',
    record: () => world.ids.pctSeat,
    operation: 'appointMember',
    key: 'commitScope',
    field: 'Membership.commitScope',
    action: 'mandate:read',
    visibleTo: partnersAndOversight,
  },
  {
    name: 'P’s declaration of interest',
    record: () => declarationId,
    operation: 'declareInterest',
    key: 'interest',
    field: 'Membership.interestDeclarations',
    action: 'interest:read',
    visibleTo: partnersAndOversight,
  },
  {
    name: 'C’s delegation: financialLimit',
    record: () => world.ids.delegation,
    operation: 'delegatePower',
    key: 'financialLimit',
    field: 'Delegation.financialLimit',
    action: 'mandate:read',
    visibleTo: delegationReaders,
  },
  {
    name: 'C’s delegation: reservedMatters',
    record: () => world.ids.delegation,
    operation: 'delegatePower',
    key: 'reservedMatters',
    field: 'Delegation.reservedMatters',
    action: 'mandate:read',
    visibleTo: delegationReaders,
  },
  {
    name: 'B’s unpublished decision: summary',
    record: () => world.ids.boardDecision,
    operation: 'recordDecision',
    key: 'summary',
    field: 'Decision.summary',
    action: 'decision:read',
    visibleTo: partnersAndOversight,
  },
  {
    name: 'P’s ratification of B’s unpublished decision',
    record: () => world.ids.boardDecision,
    operation: 'ratifyDecision',
    pick: ratifiedBy(() => world.rows.pct.id),
    key: 'status',
    field: 'Decision.ratifications',
    action: 'decision:read',
    visibleTo: partnersAndOversight,
  },
  {
    name: 'L’s decision: summary (LSCB business)',
    record: () => world.ids.lscbDecision,
    operation: 'recordDecision',
    key: 'summary',
    field: 'Body.decisions',
    action: 'lscb:read',
    visibleTo: lscbMembers,
  },
  {
    name: 'L’s decision: the day it was taken (LSCB business)',
    record: () => world.ids.lscbDecision,
    operation: 'recordDecision',
    key: 'decidedOn',
    field: 'Body.decisions',
    action: 'lscb:read',
    visibleTo: lscbMembers,
  },
  {
    name: 'X’s ratification of L’s decision',
    record: () => world.ids.lscbDecision,
    operation: 'ratifyDecision',
    key: 'status',
    field: 'Decision.ratifications',
    action: 'lscb:read',
    visibleTo: lscbMembers,
  },
  {
    name: 'B’s self-assessment: cycle (public)',
    record: () => world.ids.boardAssessment,
    operation: 'recordSelfAssessment',
    key: 'cycle',
    field: 'Body.selfAssessments',
    action: 'structure:read',
    visibleTo: viewerNames,
  },
  {
    name: 'L’s self-assessment: cycle (LSCB business)',
    record: () => world.ids.lscbAssessment,
    operation: 'recordSelfAssessment',
    key: 'cycle',
    field: 'Body.selfAssessments',
    action: 'lscb:read',
    visibleTo: lscbMembers,
  },
  {
    name: 'B’s unpublished self-assessment: an answer',
    record: () => world.ids.boardAssessment,
    operation: 'answerSelfAssessmentQuestion',
    key: 'narrative',
    field: 'SelfAssessment.answers',
    action: 'self-assessment:read',
    visibleTo: partnersAndOversight,
  },
  {
    name: 'L’s self-assessment: an answer (LSCB business)',
    record: () => world.ids.lscbAssessment,
    operation: 'answerSelfAssessmentQuestion',
    key: 'narrative',
    field: 'SelfAssessment.answers',
    action: 'lscb:read',
    visibleTo: lscbMembers,
  },
  {
    name: 'B’s draft document: title',
    record: () => documentOf(world.rows.board.id),
    operation: 'recordBodyDocument',
    key: 'title',
    field: 'Body.draftDocuments',
    action: 'draft:read',
    visibleTo: draftReaders,
  },
  {
    name: 'L’s document: title (LSCB business)',
    record: () => documentOf(world.rows.lscb.id),
    operation: 'recordBodyDocument',
    key: 'title',
    field: 'Body.documents',
    action: 'lscb:read',
    visibleTo: lscbMembers,
  },
  {
    name: 'an adult’s name',
    record: () => world.ids.adult,
    operation: 'createPerson',
    key: 'name',
    field: 'Person.name',
    action: 'person:read',
    visibleTo: partnersAndOversight,
  },
  {
    name: 'a young person’s name',
    record: () => world.ids.youngPerson,
    operation: 'createPerson',
    key: 'name',
    field: 'Person.name',
    action: 'young-person:read',
    visibleTo: secretariatOnly,
  },
];

let declarationId: string;
const commitments = new Map<string, string>();
const documents = new Map<string, string>();
const commitmentOf = (organisationId: string) => commitments.get(organisationId)!;
const documentOf = (bodyId: string) => documents.get(bodyId)!;

beforeAll(async () => {
  const [declaration] = await select(interestDeclarations);
  declarationId = toGlobalId('InterestDeclaration', declaration.id);
  for (const row of await select(resourceCommitments))
    commitments.set(row.organisationId, toGlobalId('ResourceCommitment', row.id));
  for (const row of await select(bodyDocuments)) documents.set(row.bodyId, toGlobalId('BodyDocument', row.id));
});

const selection = `changedAt operation record after redactions { image key field action reason }`;

/** The stored, unredacted image of the change that holds the secret. */
async function storedAfter(secret: HistorySecret): Promise<Loose> {
  const stored = await database.db
    .select()
    .from(changes)
    .where(eq(changes.recordId, rowId(secret.record())));
  const change = stored.find((row) => row.operation === secret.operation && (secret.pick?.(row.after) ?? true));
  expect(change?.after?.[secret.key], `${secret.name} is in history with a value`).not.toBeNull();
  return change!.after;
}

function expectShownOrRedacted(change: Loose, secret: HistorySecret, stored: Loose, allowed: boolean): void {
  expect(change, secret.name).toBeTruthy();
  const redaction = {
    image: 'AFTER',
    key: secret.key,
    field: secret.field,
    action: secret.action,
    reason: 'REDACTED_BY_POLICY',
  };
  if (allowed) {
    expect(change.after[secret.key]).toEqual(stored[secret.key]);
    expect(change.redactions.filter((r: Loose) => r.key === secret.key)).toEqual([]);
  } else {
    expect(change.after).toHaveProperty(secret.key, null);
    expect(change.redactions).toContainEqual(redaction);
  }
}

const visible = (secret: HistorySecret, reader: HistoryReader) =>
  historyReaders[reader].some((viewer) => (secret.visibleTo as readonly string[]).includes(viewer));
const readerNames = Object.keys(historyReaders) as HistoryReader[];

describe('history(id:) shows each value only to those its field’s rule allows', () => {
  it.each(
    historySecrets.flatMap((secret) =>
      readerNames.map(
        (reader) =>
          [`${reader} ${visible(secret, reader) ? 'reads' : 'is refused'} ${secret.name}`, { secret, reader }] as const,
      ),
    ),
  )('%s', async (_name, { secret, reader }) => {
    const stored = await storedAfter(secret);
    const response = await readers[reader].query(`query($id: ID!) { history(id: $id) { ${selection} } }`, {
      id: secret.record(),
    });
    expect(response.errors).toBeUndefined();
    const change = response.data.history.find(
      (entry: Loose) => entry.operation === secret.operation && entry.after.id === stored.id,
    );
    expectShownOrRedacted(change, secret, stored, visible(secret, reader));
  });
});

describe('changes(area:) shows each value only to those its field’s rule allows', () => {
  const inArea = historySecrets.filter((secret) => !['createPerson'].includes(secret.operation));

  it.each(readerNames)('%s', async (reader) => {
    const response = await readers[reader].query(
      `query($area: ID!) { changes(area: $area, first: 100) { totalCount nodes { ${selection} } } }`,
      { area: world.ids.area },
    );
    expect(response.errors).toBeUndefined();
    for (const secret of inArea) {
      const stored = await storedAfter(secret);
      const change = response.data.changes.nodes.find(
        (node: Loose) =>
          node.record === secret.record() && node.operation === secret.operation && node.after.id === stored.id,
      );
      expectShownOrRedacted(change, secret, stored, visible(secret, reader));
    }
  });
});

describe('only auditors of the area and administrators read history at all', () => {
  const refused = viewerNames.filter((viewer) => viewer !== 'auditorA' && viewer !== 'administrator');

  it.each(refused)('%s is refused history(id:) and changes(area:)', async (viewer) => {
    const client = world.viewers[viewer];
    for (const response of [
      await client.query(`query($id: ID!) { history(id: $id) { after } }`, { id: world.ids.lscbDecision }),
      await client.query(`query($area: ID!) { changes(area: $area) { nodes { after } } }`, { area: world.ids.area }),
    ]) {
      expect(response.data).toBeNull();
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', action: 'history:read' });
    }
  });

  it('leaves an auditor nothing of an LSCB decision but its id', async () => {
    const response = await readers.auditor.query(`query($id: ID!) { history(id: $id) { operation after } }`, {
      id: world.ids.lscbDecision,
    });
    const created = response.data.history.find((change: Loose) => change.operation === 'recordDecision');
    const { id, ...rest } = created.after;
    expect(id).toBe(rowId(world.ids.lscbDecision));
    expect(Object.values(rest).every((value) => value === null)).toBe(true);
  });
});

describe('the read audit of history', () => {
  const rowsOf = (subject: string) => database.db.select().from(readAudit).where(eq(readAudit.subject, subject));

  it('records the values shown like any other read, and the values refused as refusals, once each', async () => {
    const subject = 'history audit: the auditor reads two decisions';
    const auditor = await api.as({ org: codes.auditBody, roles: ['reader', `auditor:${codes.area}`], subject });
    const query = `query($id: ID!) { history(id: $id) { before after } }`;
    await auditor.query(query, { id: world.ids.boardDecision });
    await auditor.query(query, { id: world.ids.lscbDecision });
    const rows = (await rowsOf(subject)).map((row) => [
      row.result,
      row.action,
      row.recordType,
      row.recordId,
      row.field,
      row.grounds,
      row.count,
    ]);
    expect(rows.sort()).toEqual(
      [
        ['DENIED', 'lscb:read', 'Body', world.rows.lscb.id, 'decisions', null, 1],
        ['DENIED', 'lscb:read', 'Decision', rowId(world.ids.lscbDecision), 'ratifications', null, 1],
        ['DENIED', 'lscb:read', 'Decision', rowId(world.ids.lscbDecision), 'summary', null, 1],
        ['GRANTED', 'decision:read', 'Decision', rowId(world.ids.boardDecision), 'ratifications', 'OVERSIGHT', 1],
        ['GRANTED', 'decision:read', 'Decision', rowId(world.ids.boardDecision), 'summary', 'OVERSIGHT', 1],
      ].sort(),
    );
  });

  it('records nothing when no value is asked for', async () => {
    const subject = 'history audit: the auditor lists operations';
    const auditor = await api.as({ org: codes.auditBody, roles: ['reader', `auditor:${codes.area}`], subject });
    const response = await auditor.query(
      `query($area: ID!) { changes(area: $area, first: 100) { nodes { operation record } } }`,
      { area: world.ids.area },
    );
    expect(response.data.changes.nodes.length).toBeGreaterThan(10);
    expect(await rowsOf(subject)).toEqual([]);
  });
});
