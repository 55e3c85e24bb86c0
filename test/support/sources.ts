import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** One source document as `seeds/sources/catalogue.json` records it. */
export interface CatalogueEntry {
  file: string;
  title: string;
  publisher: string;
  date: string;
  sha256: string;
}

/** The documents the seeds cite, catalogued in the repository so that citations can be checked anywhere. */
export const catalogue: CatalogueEntry[] = JSON.parse(
  readFileSync(new URL('../../seeds/sources/catalogue.json', import.meta.url), 'utf8'),
);

export const cataloguedFiles = new Set(catalogue.map((entry) => entry.file));

/**
 * SOURCES_DIR names a folder holding the documents themselves (unset: none). The word-for-word checks run only
 * when it is set; the documents are not in the repository.
 */
export const sourcesDir: string | null = process.env.SOURCES_DIR ? resolve(process.env.SOURCES_DIR) : null;

export const withoutSources =
  'SOURCES_DIR is not set: the word-for-word checks against the source documents are skipped ' +
  '(set SOURCES_DIR to a folder holding the files of seeds/sources/catalogue.json to run them)';

/** A catalogued document's text, after checking it is the very file catalogued. */
export function readSource(file: string): string {
  if (!sourcesDir) throw new Error(withoutSources);
  const entry = catalogue.find((candidate) => candidate.file === file);
  if (!entry) throw new Error(`${file} is not in seeds/sources/catalogue.json`);
  const path = join(sourcesDir, file);
  if (!existsSync(path)) throw new Error(`SOURCES_DIR (${sourcesDir}) has no ${file}`);
  const bytes = readFileSync(path);
  const digest = createHash('sha256').update(bytes).digest('hex');
  if (digest !== entry.sha256) throw new Error(`${path} is not the catalogued document (sha256 ${digest})`);
  return bytes.toString('utf8');
}
