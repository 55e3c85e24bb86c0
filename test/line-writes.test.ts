import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountabilityLines } from '../schema/database/index';
import { toGlobalId } from '../src/shared/global-id';
import { startApi, type Client, type Loose, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';
import { factories } from './support/factories';

let database: TestDatabase;
let api: TestApi;
let ids: Record<string, string>;
let rows: Record<string, string>;
let secretariat: Client;

const record = `mutation($input: RecordAccountabilityLineInput!) { recordAccountabilityLine(input: $input) {
  line { id kind version validFrom validTo from { ... on Body { name } } to { ... on Body { name } ... on Organisation { name } } } } }`;
const end = `mutation($input: EndAccountabilityLineInput!) { endAccountabilityLine(input: $input) { line { version validTo } } }`;

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startApi(database.db);
  const make = factories(database.db);
  const area = await make.area({ code: 'T-LINES' });
  const board = await make.body(area.id, { name: 'Board', kind: 'CHILDRENS_TRUST_BOARD', level: 'STRATEGIC' });
  const lsp = await make.body(area.id, { name: 'LSP', kind: 'LSP', level: 'STRATEGIC' });
  const lscb = await make.body(area.id, { name: 'LSCB', kind: 'LSCB', level: 'STRATEGIC' });
  const group = await make.body(area.id, { name: 'Group', kind: 'THEME_SUB_GROUP' });
  const late = await make.body(area.id, { name: 'Late', kind: 'THEME_SUB_GROUP', validFrom: '2010-01-01' });
  const council = await make.organisation({ code: 'lines-council', name: 'Council' });
  rows = { board: board.id, lsp: lsp.id, lscb: lscb.id, group: group.id };
  ids = {
    board: toGlobalId('Body', board.id),
    lsp: toGlobalId('Body', lsp.id),
    lscb: toGlobalId('Body', lscb.id),
    group: toGlobalId('Body', group.id),
    late: toGlobalId('Body', late.id),
    council: toGlobalId('Organisation', council.id),
  };
  secretariat = await api.as({
    org: 'lines-council',
    roles: [
      `secretariat:${ids.group}`,
      `secretariat:${ids.board}`,
      `secretariat:${ids.lsp}`,
      `secretariat:${ids.lscb}`,
      `secretariat:${ids.late}`,
    ],
  });
});

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

const linesFrom = (bodyId: string) =>
  database.db.select().from(accountabilityLines).where(eq(accountabilityLines.fromBodyId, bodyId));

describe('recordAccountabilityLine', () => {
  it('records a line, which the graph and chain then show', async () => {
    const response = await secretariat.query(record, {
      input: { kind: 'SUB_GROUP_OF', from: ids.group, to: ids.board, validFrom: '2006-01-01' },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data.recordAccountabilityLine.line).toMatchObject({
      kind: 'SUB_GROUP_OF',
      version: 1,
      from: { name: 'Group' },
      to: { name: 'Board' },
    });
    await secretariat.query(record, {
      input: { kind: 'REPORTS_TO', from: ids.board, to: ids.lsp, validFrom: '2006-01-01' },
    });
    const chain = await api.query(
      `query($from: ID!) { accountabilityChain(from: $from) { lines { to { ... on Body { name } } } } }`,
      { from: ids.group },
    );
    expect(chain.data.accountabilityChain[0].lines.map((line: Loose) => line.to.name)).toEqual(['Board', 'LSP']);
  });

  const refused: [string, Record<string, unknown>, string][] = [
    ['a line that would close a cycle', { kind: 'ACCOUNTABLE_TO', from: 'lsp', to: 'group' }, 'input.to'],
    ['a line to itself', { kind: 'WORKS_WITH', from: 'board', to: 'board' }, 'input.to'],
    ['a line before one end existed', { kind: 'ADVISES', from: 'late', to: 'board' }, 'input.validFrom'],
    ['an end before the start', { kind: 'ADVISES', from: 'group', to: 'lsp', validTo: '2005-01-01' }, 'input.validTo'],
    [
      'the same line twice at once',
      { kind: 'SUB_GROUP_OF', from: 'group', to: 'board', validFrom: '2007-01-01' },
      'input.to',
    ],
    ['an end that is not a body or organisation', { kind: 'ADVISES', from: 'group', to: 'not-an-id' }, 'input.to'],
  ];

  it.each(refused)('refuses %s, naming the field, and writes nothing', async (_name, change, field) => {
    const { from, to, ...rest } = change as { from: string; to: string };
    const fromRow = rows[from];
    const before = fromRow ? (await linesFrom(fromRow)).length : 0;
    const response = await secretariat.query(record, {
      input: { validFrom: '2006-06-01', ...rest, from: ids[from], to: ids[to] ?? to },
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    if (fromRow) expect((await linesFrom(fromRow)).length).toBe(before);
  });

  it('records an LSCB made to answer to the board, and warns of its independence (004 ¶84)', async () => {
    const withWarnings = `mutation($input: RecordAccountabilityLineInput!) { recordAccountabilityLine(input: $input) {
      line { id } warnings { rule { id severity } outcome subjectLabel evidence { recordId note } } } }`;
    const response = await secretariat.query(withWarnings, {
      input: { kind: 'ACCOUNTABLE_TO', from: ids.lscb, to: ids.board, validFrom: '2006-06-01' },
    });
    expect(response.errors).toBeUndefined();
    const { line, warnings } = response.data.recordAccountabilityLine;
    expect(warnings).toEqual([
      {
        rule: { id: 'lscb.independence', severity: 'GUIDANCE' },
        outcome: 'NOT_MET',
        subjectLabel: 'LSCB',
        evidence: [{ recordId: line.id, note: 'ACCOUNTABLE_TO' }],
      },
    ]);
    expect((await linesFrom(rows.lscb!)).map((row) => row.kind)).toEqual(['ACCOUNTABLE_TO']);
    const quiet = await secretariat.query(withWarnings, {
      input: { kind: 'ADVISES', from: ids.lscb, to: ids.lsp, validFrom: '2006-06-01' },
    });
    expect(quiet.data.recordAccountabilityLine.warnings).toEqual([]);
  });

  it('allows a line that closes a loop only outside the period of the lines it would join', async () => {
    const response = await secretariat.query(record, {
      input: { kind: 'ACCOUNTABLE_TO', from: ids.lsp, to: ids.group, validFrom: '2004-01-01', validTo: '2005-06-01' },
    });
    expect(response.errors).toBeUndefined();
  });

  it('refuses a caller who is neither the start’s secretariat nor an editor of it', async () => {
    const reader = await api.as({ org: 'lines-council', roles: ['editor'] });
    const response = await reader.query(record, {
      input: { kind: 'ADVISES', from: ids.group, to: ids.lsp, validFrom: '2008-01-01' },
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', action: 'line:record' });
    const own = await reader.query(record, {
      input: { kind: 'COMMISSIONED_BY', from: ids.council, to: ids.board, validFrom: '2008-01-01' },
    });
    expect(own.errors).toBeUndefined();
  });
});

describe('endAccountabilityLine', () => {
  it('ends a line with the version read, and refuses a stale one', async () => {
    const created = await secretariat.query(record, {
      input: { kind: 'FEEDS_INTO', from: ids.group, to: ids.lsp, validFrom: '2008-01-01' },
    });
    const line = created.data.recordAccountabilityLine.line;
    const ended = await secretariat.query(end, { input: { line: line.id, endOn: '2009-01-01', expectedVersion: 1 } });
    expect(ended.data.endAccountabilityLine.line).toEqual({ version: 2, validTo: '2009-01-01' });
    const stale = await secretariat.query(end, { input: { line: line.id, endOn: '2008-06-01', expectedVersion: 1 } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const history = await api.query(`query($id: ID!) { history(id: $id) { operation } }`, { id: line.id });
    expect(history.data.history.map((change: Loose) => change.operation)).toEqual([
      'recordAccountabilityLine',
      'endAccountabilityLine',
    ]);
  });

  it('warns when ending the board’s line to the LSP or the CDRP leaves it outside them (DOMAIN.md §4 rule 8)', async () => {
    const make = factories(database.db);
    const area = await make.area({ code: 'T-LINES-END' });
    const strategic = { level: 'STRATEGIC' as const, validFrom: '2005-04-01' };
    const board = await make.body(area.id, { ...strategic, name: 'Ending board', kind: 'CHILDRENS_TRUST_BOARD' });
    const lsp = await make.body(area.id, { ...strategic, name: 'Ending LSP', kind: 'LSP' });
    const cdrp = await make.body(area.id, { ...strategic, name: 'Ending CDRP', kind: 'CDRP' });
    const [reports, works, advises] = await make.lines([
      { kind: 'REPORTS_TO', fromBodyId: board.id, toBodyId: lsp.id, validFrom: '2005-06-01' },
      { kind: 'WORKS_WITH', fromBodyId: cdrp.id, toBodyId: board.id, validFrom: '2005-06-01' },
      { kind: 'ADVISES', fromBodyId: cdrp.id, toBodyId: board.id, validFrom: '2005-06-01' },
    ]);
    const withWarnings = `mutation($input: EndAccountabilityLineInput!) { endAccountabilityLine(input: $input) {
      line { validTo } warnings { rule { id } outcome subjectLabel missing { code } } } }`;
    const endLine = (line: { id: string }, endOn: string) =>
      api.query(withWarnings, {
        input: { line: toGlobalId('AccountabilityLine', line.id), endOn, expectedVersion: 1 },
      });
    const quiet = await endLine(advises!, '2008-01-01');
    expect(quiet.data.endAccountabilityLine).toEqual({ line: { validTo: '2008-01-01' }, warnings: [] });
    const first = await endLine(reports!, '2008-01-01');
    expect(first.errors).toBeUndefined();
    expect(first.data.endAccountabilityLine.warnings).toEqual([
      {
        rule: { id: 'board.within-lsp' },
        outcome: 'NOT_MET',
        subjectLabel: 'Ending board',
        missing: [{ code: 'REPORTS_TO' }],
      },
    ]);
    // Already not met the day before, the end of the CDRP's line still warns: it takes away one more line.
    const second = await endLine(works!, '2009-01-01');
    expect(second.data.endAccountabilityLine.warnings).toMatchObject([
      { rule: { id: 'board.within-lsp' }, missing: [{ code: 'REPORTS_TO' }, { code: 'WORKS_WITH' }] },
    ]);
  });
});
