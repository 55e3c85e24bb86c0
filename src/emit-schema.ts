import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { printRuleCatalogue } from './modules/compliance/rule-catalogue';
import { printInputBounds, printPermissions, printRegistrySchema, withAccessMatrix } from './schema-sdl';

/**
 * `npm run schema:emit`: writes the public contract from the code: schema/schema.graphql, the permissions snapshot
 * schema/permissions.txt, the input bounds snapshot schema/input-bounds.txt, the rule catalogue
 * schema/compliance-rules.txt, and the access matrix in README.md.
 */
const path = (relative: string) => fileURLToPath(new URL(`../${relative}`, import.meta.url));
await writeFile(path('schema/schema.graphql'), await printRegistrySchema());
await writeFile(path('schema/permissions.txt'), await printPermissions());
await writeFile(path('schema/input-bounds.txt'), await printInputBounds());
await writeFile(path('schema/compliance-rules.txt'), printRuleCatalogue());
await writeFile(path('README.md'), withAccessMatrix(await readFile(path('README.md'), 'utf8')));
console.log(
  'Wrote schema/schema.graphql, permissions.txt, input-bounds.txt, compliance-rules.txt and the access matrix in README.md',
);
