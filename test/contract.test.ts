import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { printRegistrySchema } from '../src/schema-sdl';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('contract files', () => {
  it('schema/schema.graphql is what the code emits (run `npm run schema:emit`)', async () => {
    const committed = readFileSync(join(root, 'schema/schema.graphql'), 'utf8');
    expect(committed).toBe(await printRegistrySchema());
  });

  it('the migrations are current: drizzle-kit generates nothing new (run `npm run db:generate`)', () => {
    // drizzle-kit reads --out relative to the working directory, so the scratch copy lives inside the project.
    const scratch = mkdtempSync(join(root, '.migrations-check-'));
    try {
      cpSync(join(root, 'schema/migrations'), scratch, { recursive: true });
      const before = readdirSync(scratch).sort();
      const output = execFileSync(
        join(root, 'node_modules/.bin/drizzle-kit'),
        [
          'generate',
          '--dialect',
          'postgresql',
          '--schema',
          './schema/database/index.ts',
          '--out',
          relative(root, scratch),
          '--casing',
          'snake_case',
        ],
        { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
      );
      expect(output).toContain('No schema changes');
      expect(readdirSync(scratch).sort(), output).toEqual(before);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }, 60_000);
});
