import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { organisations } from '../../schema/database/index';
import { Authenticator } from '../../src/auth/authenticate';
import { TokenVerifier } from '../../src/auth/tokens';
import type { Database } from '../../src/db';
import { defaultDemand, type BrowserAccess, type DemandLimits, type HttpLimits } from '../../src/config';
import { createHttpServer, type HttpFront } from '../../src/http/index';
import type { SubscriptionLimits } from '../../src/http/subscriptions.route';
import { createApolloServer } from '../../src/server';
import { createTestIdentity, type TestIdentity } from './identity';

/** Tests read responses loosely; their assertions check the shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loose = any;

export interface GraphQLResponse<Data = Loose> {
  status: number;
  data?: Data;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  /** SQL statements the server issued to answer the query (authentication excluded). */
  statements: number;
  /** All the request's statements: authentication's and the read audit's too. */
  totalStatements: number;
}

export interface Client {
  /** Sends one GraphQL request over HTTP, as a client would. */
  query<Data = Loose>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<Data>>;
}

export interface Identity {
  org: string;
  roles?: string[];
  subject?: string;
}

export interface TestApi extends Client {
  url: string;
  identity: TestIdentity;
  /** A client acting as the given organisation and roles, with a token from the tests' identity provider. */
  as(identity: Identity): Promise<Client>;
  /** A client sending exactly these headers. */
  withHeaders(headers: Record<string, string>): Client;
  /** The HTTP front itself, for tests of its connections and shutdown. */
  front: HttpFront;
  close(): Promise<void>;
}

export interface ApiOptions {
  demand?: DemandLimits;
  http?: HttpLimits;
  browser?: BrowserAccess;
  subscriptions?: Partial<SubscriptionLimits>;
}

/**
 * For tests that read every relation of many records in one request, to prove the statement count stays flat: they
 * ask for more than the default cost limit lets a client ask, on purpose.
 */
export const exhaustiveReads: ApiOptions = { demand: { ...defaultDemand, maxCost: 1_000_000_000 } };

/** The organisation the default test client acts for, as registry administrator. */
export const administrationCode = 'registry-administration';

/**
 * The real HTTP server on a free port, over the given database, trusting a test identity provider. `query` acts as
 * a registry administrator; `as` acts as anyone else.
 */
export async function startApi(db: Database, options: ApiOptions = {}): Promise<TestApi> {
  const identity = await createTestIdentity();
  const apollo = await createApolloServer({ maskErrors: false, demand: options.demand });
  const authenticator = new Authenticator(db, new TokenVerifier([identity.issuer]));
  const front = createHttpServer({ apollo, db, authenticator, exposeSqlStatementCount: true, ...options });
  const { server } = front;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await ensureAdministration(db);

  const withHeaders = (headers: Record<string, string>): Client => ({
    async query(query, variables) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse, 'status' | 'statements'>;
      return {
        ...body,
        status: response.status,
        statements: Number(response.headers.get('x-sql-statements')),
        totalStatements: Number(response.headers.get('x-sql-statements-total')),
      } as never;
    },
  });
  const as = async ({ org, roles = ['reader'], subject = `${org} user` }: Identity) =>
    withHeaders({ authorization: `Bearer ${await identity.sign({ org, roles, sub: subject })}` });
  const administrator = await as({ org: administrationCode, roles: ['administrator'], subject: 'test administrator' });

  return {
    url,
    identity,
    as,
    withHeaders,
    front,
    query: administrator.query,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await apollo.stop();
    },
  };
}

async function ensureAdministration(db: Database): Promise<void> {
  const [existing] = await db.select().from(organisations).where(eq(organisations.code, administrationCode));
  if (existing) return;
  await db.insert(organisations).values({
    code: administrationCode,
    name: 'Registry administration',
    kind: 'OTHER',
    sector: 'PUBLIC',
    validFrom: '2000-01-01',
  });
}
