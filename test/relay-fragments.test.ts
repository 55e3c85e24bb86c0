import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * relay-compiler checks what Relay asks of a schema: `node(id: ID!): Node` for @refetchable, connections with full
 * PageInfo for @connection (both directions for a bidirectional one). These fragments are what a Relay page of the
 * registry would write; they compile against the committed schema, or the test prints the compiler's complaint.
 */
const run = promisify(execFile);
const compiler = createRequire(import.meta.url).resolve('relay-compiler/cli.js');
const schema = fileURLToPath(new URL('../schema/schema.graphql', import.meta.url));

const sources: Record<string, string> = {
  'BodySeats.ts': `graphql\`
    fragment BodySeats_body on Body
    @refetchable(queryName: "BodySeatsPaginationQuery")
    @argumentDefinitions(count: { type: "Int", defaultValue: 10 }, cursor: { type: "String" }) {
      name
      membershipsConnection(first: $count, after: $cursor) @connection(key: "BodySeats_membershipsConnection") {
        totalCount
        edges { node { id recordId role member { __typename ... on Organisation { id name } ... on Post { id title } } } }
      }
    }
  \`;`,
  'OrganisationSeats.ts': `graphql\`
    fragment OrganisationSeats_organisation on Organisation
    @refetchable(queryName: "OrganisationSeatsPaginationQuery")
    @argumentDefinitions(count: { type: "Int", defaultValue: 25 }, cursor: { type: "String" }, asOf: { type: "Date" }) {
      name
      membershipsConnection(first: $count, after: $cursor, asOf: $asOf)
        @connection(key: "OrganisationSeats_membershipsConnection", filters: ["asOf"]) {
        edges { node { id role body { id name } } }
      }
    }
  \`;`,
  'AreaBodies.ts': `graphql\`
    fragment AreaBodies_area on Area
    @refetchable(queryName: "AreaBodiesPaginationQuery")
    @argumentDefinitions(
      first: { type: "Int", defaultValue: 20 }
      after: { type: "String" }
      last: { type: "Int" }
      before: { type: "String" }
    ) {
      name
      bodiesConnection(first: $first, after: $after, last: $last, before: $before)
        @connection(key: "AreaBodies_bodiesConnection") {
        edges { node { id name kind ...BodyDecisions_body } }
      }
    }
  \`;`,
  'BodyDecisions.ts': `graphql\`
    fragment BodyDecisions_body on Body
    @refetchable(queryName: "BodyDecisionsPaginationQuery")
    @argumentDefinitions(count: { type: "Int", defaultValue: 5 }, cursor: { type: "String" }) {
      decisionsConnection(first: $count, after: $cursor) @connection(key: "BodyDecisions_decisionsConnection") {
        edges { node { id decidedOn status } }
      }
    }
  \`;`,
  'RegistryOrganisations.ts': `graphql\`
    query RegistryOrganisationsQuery($first: Int!, $id: ID!) {
      ...RegistryOrganisations_query @arguments(first: $first)
      node(id: $id) { id ...OrganisationSeats_organisation @alias(as: "organisation") }
    }
  \`;
  graphql\`
    fragment RegistryOrganisations_query on Query
    @refetchable(queryName: "RegistryOrganisationsPaginationQuery")
    @argumentDefinitions(first: { type: "Int!" }, after: { type: "String" }) {
      organisations(first: $first, after: $after) @connection(key: "RegistryOrganisations_organisations") {
        edges { node { id name code } }
      }
    }
  \`;`,
};

let directory: string;
let output: { stdout: string; stderr: string; failed: boolean };

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'relay-fragments-'));
  const artifacts = join(directory, 'src', '__generated__');
  await mkdir(artifacts, { recursive: true });
  const config = { src: './src', schema, language: 'typescript', artifactDirectory: './src/__generated__' };
  await writeFile(join(directory, 'relay.config.json'), JSON.stringify(config));
  for (const [name, text] of Object.entries(sources)) await writeFile(join(directory, 'src', name), text);
  try {
    const { stdout, stderr } = await run(process.execPath, [compiler], { cwd: directory });
    output = { stdout, stderr, failed: false };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    output = { stdout, stderr, failed: true };
  }
}, 60_000);

afterAll(async () => {
  if (directory) await rm(directory, { recursive: true, force: true });
});

describe('relay-compiler', () => {
  it('compiles the fragments against schema/schema.graphql', () => {
    expect(output.failed, `${output.stdout}\n${output.stderr}`).toBe(false);
    expect(`${output.stdout}${output.stderr}`).toContain('Compilation completed');
  });

  it('writes refetch queries through node(id:) and pagination queries for each @connection', async () => {
    const generated = await readdir(join(directory, 'src', '__generated__'));
    expect(generated).toEqual(
      expect.arrayContaining([
        'BodySeatsPaginationQuery.graphql.ts',
        'OrganisationSeatsPaginationQuery.graphql.ts',
        'AreaBodiesPaginationQuery.graphql.ts',
        'RegistryOrganisationsPaginationQuery.graphql.ts',
      ]),
    );
    const refetch = await readFile(
      join(directory, 'src', '__generated__', 'BodySeatsPaginationQuery.graphql.ts'),
      'utf8',
    );
    expect(refetch).toContain('node(id: $id)');
  });
});
