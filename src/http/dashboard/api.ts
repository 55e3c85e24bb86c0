/** The credentials the user pasted, as the API takes them: a token (Bearer) or an API key. */
export interface Credentials {
  kind: 'bearer' | 'api-key';
  value: string;
}

export interface GraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string };
}

export interface GraphQLAnswer<Data> {
  data?: Data | null;
  errors?: GraphQLError[];
  status: number;
}

const storageKey = 'dashboard:credentials';
/** The explorer's headers, kept by GraphiQL in the same tab: a user signed in there is signed in here, and back. */
const explorerKey = 'graphiql:headers';

/** Kept in sessionStorage, like the explorer's headers: they live as long as the tab, never in localStorage. */
export function storedCredentials(): Credentials | null {
  try {
    const own = sessionStorage.getItem(storageKey);
    if (own) return JSON.parse(own) as Credentials;
    const headers = JSON.parse(sessionStorage.getItem(explorerKey) ?? '{}') as Record<string, string>;
    const bearer = /^Bearer\s+(\S+)$/i.exec(headers.Authorization ?? headers.authorization ?? '')?.[1];
    if (bearer && !bearer.startsWith('<')) return { kind: 'bearer', value: bearer };
    const key = headers['X-API-Key'] ?? headers['x-api-key'];
    if (key) return { kind: 'api-key', value: key };
  } catch {
    // unreadable storage: signed out
  }
  return null;
}

export function storeCredentials(credentials: Credentials | null): void {
  if (!credentials) {
    sessionStorage.removeItem(storageKey);
    sessionStorage.removeItem(explorerKey);
    return;
  }
  sessionStorage.setItem(storageKey, JSON.stringify(credentials));
  sessionStorage.setItem(explorerKey, JSON.stringify(headersOf(credentials), null, 2));
}

export function headersOf(credentials: Credentials | null): Record<string, string> {
  if (!credentials) return {};
  return credentials.kind === 'bearer'
    ? { Authorization: `Bearer ${credentials.value}` }
    : { 'X-API-Key': credentials.value };
}

/** One GraphQL request to this origin's /graphql, with the user's credentials and nothing else. */
export async function runQuery<Data>(query: string, credentials: Credentials | null): Promise<GraphQLAnswer<Data>> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headersOf(credentials) },
    body: JSON.stringify({ query }),
  });
  let body: { data?: Data | null; errors?: GraphQLError[] } = {};
  try {
    body = (await response.json()) as typeof body;
  } catch {
    body = { errors: [{ message: `The API answered ${response.status} without a GraphQL answer` }] };
  }
  return { ...body, status: response.status };
}

/**
 * The errors to show: a field the viewer may not read is refused with FORBIDDEN and comes back null, and the page
 * shows it absent, as the API does, not as a failure.
 */
export function failuresOf(answer: GraphQLAnswer<unknown>): GraphQLError[] {
  return (answer.errors ?? []).filter((error) => error.extensions?.code !== 'FORBIDDEN' || !error.path?.length);
}
