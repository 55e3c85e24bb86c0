import { expect } from 'vitest';
import type { Client, GraphQLResponse } from './api';

/** A mutation asking for nothing but that it happened: races are judged by their outcomes and the rows left. */
export const bare = (field: string, inputType: string) =>
  `mutation($input: ${inputType}!) { ${field}(input: $input) { __typename } }`;

export interface Attempt {
  client: Client;
  mutation: string;
  input: Record<string, unknown>;
}

/** Sends every attempt without waiting for any answer, as writers who read the same state would. */
export const race = (attempts: Attempt[]) =>
  Promise.all(attempts.map(({ client, mutation, input }) => client.query(mutation, { input })));

/** Every response is a GraphQL answer: success or a refusal the caller can act on, never a server fault. */
export function expectNoFaults(responses: GraphQLResponse[]): void {
  for (const response of responses) {
    expect(response.status).toBe(200);
    const code = response.errors?.[0]?.extensions?.code;
    expect(['BAD_USER_INPUT', 'CONFLICT', undefined]).toContain(code);
  }
}

/**
 * Exactly one of the responses succeeded; each other was refused with one of the codes, naming the field at fault.
 * Returns which one won.
 */
export function expectOneWinner(responses: GraphQLResponse[], refusals: { code: string; field: string }[]): number {
  expectNoFaults(responses);
  const winners = responses.flatMap((response, index) => (response.errors ? [] : [index]));
  expect(winners).toHaveLength(1);
  for (const response of responses) {
    if (!response.errors) continue;
    const { code, field } = response.errors[0]!.extensions ?? {};
    expect(refusals).toContainEqual({ code, field });
  }
  return winners[0]!;
}

/**
 * Of a pair of conflicting writes, exactly one succeeded and the other was refused as BAD_USER_INPUT naming its own
 * field at fault (`fields[0]` for the first write, `fields[1]` for the second). Returns which one won.
 */
export function expectOneOfPair(pair: GraphQLResponse[], fields: [string, string]): number {
  expectNoFaults(pair);
  const winners = pair.flatMap((response, index) => (response.errors ? [] : [index]));
  expect(winners).toHaveLength(1);
  const loser = 1 - winners[0]!;
  expect(pair[loser]!.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: fields[loser] });
  return winners[0]!;
}

/** Splits the responses to attempts sent as consecutive pairs back into their pairs. */
export const inPairs = <T>(items: T[]): T[][] =>
  Array.from({ length: items.length / 2 }, (_, index) => items.slice(index * 2, index * 2 + 2));
