import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { printRegistrySchema } from './schema-sdl';

/** `npm run schema:emit`: writes the public contract, schema/schema.graphql, from the code. */
const target = fileURLToPath(new URL('../schema/schema.graphql', import.meta.url));
await writeFile(target, await printRegistrySchema());
console.log(`Wrote ${target}`);
