import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './schema/database/index.ts',
  out: './schema/migrations',
  casing: 'snake_case',
});
