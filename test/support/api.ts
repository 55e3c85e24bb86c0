import type { AddressInfo } from 'node:net';
import type { Database } from '../../src/db';
import { createHttpServer } from '../../src/http';
import { createApolloServer } from '../../src/server';

/** Tests read responses loosely; their assertions check the shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loose = any;

export interface GraphQLResponse<Data = Loose> {
  status: number;
  data?: Data;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  /** SQL statements the server issued for this request. */
  statements: number;
}

export interface TestApi {
  url: string;
  /** Sends one GraphQL request over HTTP, as a client would. */
  query<Data = Loose>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<Data>>;
  close(): Promise<void>;
}

/** The real HTTP server on a free port, over the given database. */
export async function startApi(db: Database): Promise<TestApi> {
  const apollo = await createApolloServer({ maskErrors: false });
  const server = createHttpServer({ apollo, db, exposeSqlStatementCount: true });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    async query(query, variables) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse, 'status' | 'statements'>;
      return {
        ...body,
        status: response.status,
        statements: Number(response.headers.get('x-sql-statements')),
      } as never;
    },
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await apollo.stop();
    },
  };
}
