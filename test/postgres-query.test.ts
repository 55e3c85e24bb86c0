import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';

// postgres.js's Query is a Promise subclass. Its constructor made `resolve` and `reject` as arrow functions reading
// `this`; V8 kept each query, and the rows it resolved with, alive through every young-generation collection, so every
// result of a few kilobytes was promoted (a page of bodies: 8% of the request's allocation, 10 ms scavenges; postgres.js
// alone in a loop: 40-60%). patches/postgres+3.4.9.patch makes them methods calling the resolving functions kept on the
// query. These tests fail if an upgrade drops the patch, and check that queries still settle as before.
const serverUrl = process.env.DATABASE_URL;

describe("postgres.js's queries", () => {
  // Nothing is sent until a query is awaited, so a client of an address that answers nothing makes one to look at.
  const idle = postgres('postgres://nobody@127.0.0.1:9/none', { max: 1 });
  afterAll(() => idle.end({ timeout: 0 }));

  it('settle through methods on the prototype, not closures made for each query', () => {
    const first = idle.unsafe('select 1');
    const second = idle.unsafe('select 2');
    for (const name of ['resolve', 'reject'] as const) {
      expect(Object.getOwnPropertyDescriptor(first, name), name).toBeUndefined();
      expect(typeof first[name as never], name).toBe('function');
      expect(first[name as never], name).toBe(second[name as never]);
    }
  });

  describe.skipIf(!serverUrl)('on PostgreSQL', () => {
    const sql = postgres(serverUrl ?? '', { max: 1, onnotice: () => {} });
    afterAll(() => sql.end({ timeout: 5 }));

    it('answer their rows, refuse with the server’s error, and are no longer active once settled', async () => {
      const answered = sql.unsafe('select 1 as one, $1::text as said', ['hello']);
      expect([...(await answered)]).toEqual([{ one: 1, said: 'hello' }]);
      expect((answered as unknown as { active: boolean }).active).toBe(false);
      const refused = sql.unsafe('select from nowhere_at_all');
      await expect(refused).rejects.toMatchObject({ code: '42P01' });
      expect((refused as unknown as { active: boolean }).active).toBe(false);
    });
  });
});
