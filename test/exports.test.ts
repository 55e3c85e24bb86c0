import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import jsonld from 'jsonld';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAudit } from '../schema/database/index';
import { exportKinds, redactedColumn } from '../src/modules/exports/index';
import { seedDatabase } from '../seeds/index';
import { exhaustiveReads, startApi, type Client, type Loose, type TestApi } from './support/api';
import { createTestDatabase, type TestDatabase } from './support/database';

/**
 * The exports against the API's own answers: every CSV parses back (csv-parse) to the rows GraphQL gives for the same
 * area and date, the JSON-LD expands (jsonld.js, its context loaded from the server) to triples that say what GraphQL
 * says, confidential columns follow the field rules and the read audit, and an export's statements do not grow with
 * its size.
 */

let database: TestDatabase;
let api: TestApi;
const staffordshire = 'E10000028';
const asOf = '2008-06-01';

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDatabase(database.db);
  api = await startApi(database.db, exhaustiveReads);
}, 120_000);

afterAll(async () => {
  await api?.close();
  await database?.dispose();
});

interface Download {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  statements: number;
}

/** A GET read to its end, trailers included (fetch does not show them). */
function download(path: string, headers: Record<string, string> = {}): Promise<Download> {
  return new Promise((resolve, reject) => {
    request(`${api.url}${path}`, { headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode!,
          headers: response.headers,
          body,
          statements: Number(response.trailers['x-sql-statements'] ?? NaN),
        }),
      );
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

const bearer = async (org: string, roles: string[], subject: string) => {
  const token = await api.identity.sign({ org, roles, sub: subject });
  return { authorization: `Bearer ${token}` };
};
const administrator = () => bearer('registry-administration', ['administrator'], 'export administrator');

const csvRows = (text: string): Record<string, string>[] => parse(text, { columns: true, bom: true });

/** A value as the CSV writes it. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join('; ');
  return String(value);
}
const row = (values: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [k, cell(v)]));
const byId = (rows: Record<string, string>[]) => [...rows].sort((a, b) => a.id!.localeCompare(b.id!));

/** Every node of a connection, a hundred at a time. */
async function everyNode(client: Client, field: string, selection: string, variables: Record<string, unknown>) {
  const nodes: Loose[] = [];
  let after: string | null = null;
  for (;;) {
    const response: Loose = await client.query(
      `query($area: ID, $asOf: Date, $after: String) { ${field}(filter: { area: $area }, asOf: $asOf, first: 100, after: $after) {
        nodes { ${selection} } pageInfo { hasNextPage endCursor } } }`,
      { ...variables, after },
    );
    expect(response.errors).toBeUndefined();
    nodes.push(...response.data[field].nodes);
    if (!response.data[field].pageInfo.hasNextPage) return nodes;
    after = response.data[field].pageInfo.endCursor;
  }
}

const bodySelection = `recordId name bodyKind level area { recordId code } governanceModel role chairType votingArrangement
  decisionRule meetingFrequency established aliases validFrom validTo synthetic
  memberships(asOf: $asOf) { recordId body { recordId name } role constituency votingRight canCommitResources commitScope
    validFrom validTo synthetic memberOrganisation { recordId name } memberPost { recordId title }
    memberPerson { recordId } onBehalfOf { recordId name } }
  linesOut(asOf: $asOf) { recordId } linesIn(asOf: $asOf) { recordId }`;

let areaId: string;
let apiBodies: Loose[];

beforeAll(async () => {
  const area = await api.query(`{ area(code: "${staffordshire}") { id } }`);
  areaId = area.data.area.id;
  apiBodies = await everyNode(api, 'bodies', bodySelection, { area: areaId, asOf });
  expect(apiBodies.length).toBeGreaterThan(5);
});

async function exportOf(kind: string, headers?: Record<string, string>) {
  const answer = await download(
    `/export/${staffordshire}/${kind}.csv?asOf=${asOf}`,
    headers ?? (await administrator()),
  );
  expect(answer.status).toBe(200);
  return answer;
}

describe('CSV round trips against the API', () => {
  it('bodies', async () => {
    const expected = apiBodies.map((body) =>
      row({
        id: body.recordId,
        name: body.name,
        body_kind: body.bodyKind,
        level: body.level,
        area_id: body.area.recordId,
        area_code: body.area.code,
        governance_model: body.governanceModel,
        role: body.role,
        chair_type: body.chairType,
        voting_arrangement: body.votingArrangement,
        decision_rule: body.decisionRule,
        meeting_frequency: body.meetingFrequency,
        established: body.established,
        aliases: [...body.aliases].sort(),
        valid_from: body.validFrom,
        valid_to: body.validTo,
        synthetic: body.synthetic,
      }),
    );
    const answer = await exportOf('bodies');
    expect(answer.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(byId(csvRows(answer.body))).toEqual(byId(expected));
  });

  it('memberships, with the confidential columns an administrator may read', async () => {
    const expected = apiBodies.flatMap((body) =>
      body.memberships.map((seat: Loose) =>
        row({
          id: seat.recordId,
          body_id: seat.body.recordId,
          body_name: seat.body.name,
          member_kind: seat.memberOrganisation ? 'ORGANISATION' : seat.memberPost ? 'POST' : 'PERSON',
          member_organisation_id: seat.memberOrganisation?.recordId,
          member_organisation_name: seat.memberOrganisation?.name,
          member_post_id: seat.memberPost?.recordId,
          member_post_title: seat.memberPost?.title,
          member_person_id: seat.memberPerson?.recordId,
          on_behalf_of_id: seat.onBehalfOf?.recordId,
          on_behalf_of_name: seat.onBehalfOf?.name,
          role: seat.role,
          constituency: seat.constituency,
          voting_right: seat.votingRight,
          can_commit_resources: seat.canCommitResources,
          commit_scope: seat.commitScope,
          valid_from: seat.validFrom,
          valid_to: seat.validTo,
          synthetic: seat.synthetic,
          redacted: '',
        }),
      ),
    );
    expect(expected.length).toBeGreaterThan(20);
    expect(byId(csvRows((await exportOf('memberships')).body))).toEqual(byId(expected));
  });

  it('accountability lines: those out of and into the bodies', async () => {
    const ids = new Set(
      apiBodies.flatMap((body) => [...body.linesOut, ...body.linesIn].map((line: Loose) => line.recordId)),
    );
    const rows = csvRows((await exportOf('accountability-lines')).body);
    expect(new Set(rows.map((line) => line.id))).toEqual(ids);
    const lines = await api.query(
      `query($ids: [ID!]!) { nodes(ids: $ids) { ... on AccountabilityLine { recordId kind note
      validFrom validTo from { ... on Body { recordId name } ... on Organisation { recordId name } }
      to { ... on Body { recordId name } ... on Organisation { recordId name } } } } }`,
      { ids: [...ids].slice(0, 100) },
    );
    for (const line of lines.data.nodes) {
      expect(rows.find((exported) => exported.id === line.recordId)).toMatchObject(
        row({
          kind: line.kind,
          from_id: line.from.recordId,
          from_name: line.from.name,
          to_id: line.to.recordId,
          to_name: line.to.name,
          note: line.note,
          valid_from: line.validFrom,
          valid_to: line.validTo,
        }),
      );
    }
  });

  it('organisations with their identifiers', async () => {
    const organisations = await everyNode(
      api,
      'organisations',
      'recordId code name organisationKind sector area { recordId code } identifiers { scheme value } validFrom validTo synthetic',
      { area: areaId, asOf },
    );
    const expected = organisations.map((organisation) =>
      row({
        id: organisation.recordId,
        code: organisation.code,
        name: organisation.name,
        organisation_kind: organisation.organisationKind,
        sector: organisation.sector,
        area_id: organisation.area?.recordId,
        area_code: organisation.area?.code,
        identifiers: organisation.identifiers.map((identifier: Loose) => `${identifier.scheme}:${identifier.value}`),
        valid_from: organisation.validFrom,
        valid_to: organisation.validTo,
        synthetic: organisation.synthetic,
      }),
    );
    expect(byId(csvRows((await exportOf('organisations')).body))).toEqual(byId(expected));
    // Staffordshire's renamed codes are identifiers (migration 0016): the column is not empty by accident.
    expect(expected.filter((organisation) => organisation.identifiers !== '').length).toBeGreaterThan(0);
  });

  it('delegations, budget arrangements, contributions and plans', async () => {
    const delegations = await everyNode(api, 'delegations', 'recordId scope financialLimit reservedMatters validFrom', {
      area: areaId,
      asOf,
    });
    const exportedDelegations = csvRows((await exportOf('delegations')).body);
    expect(
      byId(
        exportedDelegations.map((d) => ({
          id: d.id!,
          scope: d.scope!,
          financial_limit: d.financial_limit!,
          reserved_matters: d.reserved_matters!,
          valid_from: d.valid_from!,
        })),
      ),
    ).toEqual(
      byId(
        delegations.map((d) =>
          row({
            id: d.recordId,
            scope: d.scope,
            financial_limit: d.financialLimit,
            reserved_matters: d.reservedMatters,
            valid_from: d.validFrom,
          }),
        ),
      ),
    );
    const arrangements = await everyNode(
      api,
      'budgetArrangements',
      `recordId name kind legalBasis host { recordId } governingBody { recordId }
       contributions { recordId organisation { recordId name } financialYear resourceType amount shareBand }`,
      { area: areaId, asOf },
    );
    expect(arrangements.length).toBeGreaterThan(0);
    expect(
      byId(
        csvRows((await exportOf('budget-arrangements')).body).map((a) => ({
          id: a.id!,
          name: a.name!,
          budget_kind: a.budget_kind!,
          legal_basis: a.legal_basis!,
          host_id: a.host_id!,
          governing_body_id: a.governing_body_id!,
        })),
      ),
    ).toEqual(
      byId(
        arrangements.map((a) =>
          row({
            id: a.recordId,
            name: a.name,
            budget_kind: a.kind,
            legal_basis: a.legalBasis,
            host_id: a.host?.recordId,
            governing_body_id: a.governingBody?.recordId,
          }),
        ),
      ),
    );
    const expectedContributions = arrangements.flatMap((a) =>
      a.contributions.map((c: Loose) =>
        row({
          id: c.recordId,
          arrangement_id: a.recordId,
          arrangement_name: a.name,
          organisation_id: c.organisation.recordId,
          organisation_name: c.organisation.name,
          financial_year: c.financialYear,
          resource_type: c.resourceType,
          amount: c.amount,
          share_band: c.shareBand,
        }),
      ),
    );
    expect(expectedContributions.length).toBeGreaterThan(0);
    const contributions = csvRows((await exportOf('contributions')).body);
    expect(byId(contributions.map(({ synthetic: _s, redacted: _r, ...rest }) => rest))).toEqual(
      byId(expectedContributions),
    );
    const plans = await everyNode(api, 'plans', 'recordId kind title periodStart ownerBody { recordId }', {
      area: areaId,
      asOf,
    });
    expect(
      byId(
        csvRows((await exportOf('plans')).body).map((p) => ({
          id: p.id!,
          plan_kind: p.plan_kind!,
          title: p.title!,
          period_start: p.period_start!,
          owner_body_id: p.owner_body_id!,
        })),
      ),
    ).toEqual(
      byId(
        plans.map((p) =>
          row({
            id: p.recordId,
            plan_kind: p.kind,
            title: p.title,
            period_start: p.periodStart,
            owner_body_id: p.ownerBody?.recordId,
          }),
        ),
      ),
    );
  });

  it('areas: the area and those within it', async () => {
    const tree = await api.query(`{ area(code: "${staffordshire}", asOf: "${asOf}") { recordId code
      childAreas { recordId code childAreas { recordId code childAreas { recordId code } } } } }`);
    const codes: string[] = [];
    const walk = (area: Loose) => {
      codes.push(area.code);
      for (const child of area.childAreas ?? []) walk(child);
    };
    walk(tree.data.area);
    const rows = csvRows((await exportOf('areas')).body);
    expect(rows.map((area) => area.code).sort()).toEqual(codes.sort());
  });

  it('writes a byte-order mark when asked, and quotes as RFC 4180 does', async () => {
    const answer = await download(`/export/${staffordshire}/bodies.csv?asOf=${asOf}&bom=1`, await administrator());
    expect(answer.body.startsWith('\uFEFFid,name,')).toBe(true);
    expect(answer.body.split('\r\n')[0]).toBe(
      '\uFEFFid,name,body_kind,level,area_id,area_code,governance_model,role,chair_type,voting_arrangement,decision_rule,meeting_frequency,established,aliases,valid_from,valid_to,synthetic',
    );
    const quoted = csvRows(answer.body).filter((body) => /[",]/.test(body.name!));
    for (const body of quoted) expect(apiBodies.map((b) => b.name)).toContain(body.name);
  });
});

describe('confidential columns', () => {
  it('are empty and named in `redacted` for a viewer who may not read them, and the refusals are counted', async () => {
    const subject = 'export: an outsider';
    const outsider = await bearer('registry-administration', ['reader'], subject);
    const rows = csvRows((await exportOf('memberships', outsider)).body);
    expect(rows.length).toBeGreaterThan(20);
    for (const seat of rows) {
      expect(seat.can_commit_resources).toBe('');
      expect(seat.commit_scope).toBe('');
      expect(seat.redacted).toBe('can_commit_resources; commit_scope');
    }
    const contributions = csvRows((await exportOf('contributions', outsider)).body);
    expect(contributions.every((c) => c.amount === '' && c.redacted === 'amount; share_band')).toBe(true);
    const audit = await database.db.select().from(readAudit).where(eq(readAudit.subject, subject));
    expect(audit.every((entry) => entry.result === 'DENIED')).toBe(true);
    expect(audit.find((entry) => entry.field === 'canCommitResources')?.count).toBe(rows.length);
  });

  it('are given to an auditor of the area, and each value given is in the read audit', async () => {
    const subject = 'export: the area’s auditor';
    const auditor = await bearer('registry-administration', [`auditor:${staffordshire}`], subject);
    const rows = csvRows((await exportOf('memberships', auditor)).body);
    expect(rows.every((seat) => seat.redacted === '')).toBe(true);
    const audit = await database.db.select().from(readAudit).where(eq(readAudit.subject, subject));
    const granted = audit.filter((entry) => entry.field === 'commitScope');
    expect(granted).toHaveLength(rows.length);
    expect(granted.every((entry) => entry.result === 'GRANTED' && entry.grounds === 'OVERSIGHT')).toBe(true);
  });
});

describe('JSON-LD', () => {
  it('expands with its published context, and its triples say what the API says', async () => {
    const answer = await download(`/export/${staffordshire}.jsonld?asOf=${asOf}`, await administrator());
    expect(answer.status).toBe(200);
    const document = JSON.parse(answer.body);
    const contextUrl = `${api.url}/export/context.jsonld`;
    expect(document['@context']).toBe(contextUrl);
    const loaded: string[] = [];
    const documentLoader = async (url: string) => {
      // Only the registry's own context is served; anything else would be a fetch over the network.
      if (url !== contextUrl) throw new Error(`unexpected document ${url}`);
      loaded.push(url);
      const context = await (await fetch(url)).json();
      return { contextUrl: undefined, documentUrl: url, document: context };
    };
    const expanded = await jsonld.expand(document, { documentLoader });
    expect(expanded.length).toBeGreaterThan(apiBodies.length);
    const quads = (await jsonld.toRDF(document, { documentLoader })) as unknown as Loose[];
    expect(loaded.length).toBeGreaterThan(0);
    const org = 'http://www.w3.org/ns/org#';
    const has = (s: string, p: string, o: string) =>
      quads.some((q) => q.subject.value === s && q.predicate.value === p && q.object.value === o);
    const iri = (globalId: string) => `https://partnership-registry.example/id/${globalId}`;
    const rdfType = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
    for (const body of apiBodies) {
      expect(has(iri(body.recordId), rdfType, `${org}Organization`)).toBe(true);
      expect(has(iri(body.recordId), 'http://www.w3.org/2004/02/skos/core#prefLabel', body.name)).toBe(true);
      for (const seat of body.memberships) {
        expect(has(iri(seat.recordId), rdfType, `${org}Membership`)).toBe(true);
        expect(has(iri(seat.recordId), `${org}organization`, iri(body.recordId))).toBe(true);
        const during = quads.find(
          (q) => q.subject.value === iri(seat.recordId) && q.predicate.value === `${org}memberDuring`,
        );
        const beginning = quads.find(
          (q) => q.subject.value === during.object.value && q.predicate.value.endsWith('time#hasBeginning'),
        );
        expect(has(beginning.object.value, 'http://www.w3.org/2006/time#inXSDDate', seat.validFrom)).toBe(true);
      }
    }
    const subGroups = quads.filter((q) => q.predicate.value === `${org}subOrganizationOf`);
    expect(subGroups.length).toBeGreaterThan(0);
    const successions = await everyNode(
      api,
      'organisations',
      `${'successors predecessors'
        .split(' ')
        .map((field) => `${field} { recordId predecessor { recordId } successor { recordId } }`)
        .join(' ')}`,
      {
        area: areaId,
        asOf,
      },
    );
    const events = successions.flatMap((organisation) => [...organisation.successors, ...organisation.predecessors]);
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      expect(has(iri(event.recordId), rdfType, `${org}ChangeEvent`)).toBe(true);
      expect(has(iri(event.recordId), `${org}originalOrganization`, iri(event.predecessor.recordId))).toBe(true);
      expect(has(iri(event.recordId), `${org}resultingOrganization`, iri(event.successor.recordId))).toBe(true);
    }
  });
});

describe('bounds and refusals', () => {
  it('costs the same statements for a district as for its county, and one fewer for England (no area to find)', async () => {
    const headers = await bearer('registry-administration', ['reader'], 'export: counting');
    for (const kind of ['memberships', 'contributions', 'bodies']) {
      const district = await download(`/export/E07000194/${kind}.csv?asOf=${asOf}`, headers);
      const county = await download(`/export/${staffordshire}/${kind}.csv?asOf=${asOf}`, headers);
      const all = await download(`/export/england/${kind}.csv?asOf=${asOf}`, headers);
      expect(csvRows(all.body).length).toBeGreaterThan(csvRows(county.body).length);
      expect(county.statements).toBeGreaterThan(0);
      expect(district.statements).toBe(county.statements);
      expect(all.statements).toBe(county.statements - 1);
    }
    const county = await download(`/export/${staffordshire}.jsonld?asOf=${asOf}`, headers);
    const all = await download(`/export/england.jsonld?asOf=${asOf}`, headers);
    expect(all.body.length).toBeGreaterThan(county.body.length);
    expect(all.statements).toBe(county.statements - 1);
  });

  it('refuses a request without credentials, a kind it does not know, a bad date and an unknown area', async () => {
    const none = await download(`/export/${staffordshire}/bodies.csv`);
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const headers = await administrator();
    const kind = await download(`/export/${staffordshire}/salaries.csv`, headers);
    expect(kind.status).toBe(400);
    expect(JSON.parse(kind.body).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
    const date = await download(`/export/${staffordshire}/bodies.csv?asOf=2008-02-30`, headers);
    expect(date.status).toBe(400);
    expect(JSON.parse(date.body).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
    const area = await download(`/export/E99999999.jsonld`, headers);
    expect(area.status).toBe(404);
    expect(JSON.parse(area.body).errors[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'area' });
  });
});

describe('the README', () => {
  it('documents every column of every kind, in order', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const kind of exportKinds) {
      const start = readme.indexOf(`**\`${kind.name}.csv\`**`);
      expect(start, kind.name).toBeGreaterThan(0);
      const names = [
        ...kind.columns.map((column) => column.name),
        ...(kind.columns.some((c) => c.guard) ? [redactedColumn.name] : []),
      ];
      const table = readme.slice(start).split('\n\n')[1]!;
      expect(
        table
          .split('\n')
          .slice(2)
          .map((line) => /^\| `([a-z_]+)`/.exec(line)?.[1]),
        kind.name,
      ).toEqual(names);
    }
  });
});
