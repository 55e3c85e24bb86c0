import { describe, expect, it } from 'vitest';
import { sourceDocuments as referenceDocuments } from '../seeds/reference/citations';
import { sourceDocuments as sourcedDocuments } from '../seeds/sourced/citations';
import { catalogue, readSource, sourcesDir, withoutSources } from './support/sources';

describe('the catalogue of source documents', () => {
  it('records each document once, with its title, publisher, date and digest', () => {
    expect(new Set(catalogue.map((entry) => entry.file)).size).toBe(catalogue.length);
    for (const entry of catalogue) {
      expect(entry.file).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/);
      expect(entry.title.trim(), entry.file).not.toBe('');
      expect(entry.publisher.trim(), entry.file).not.toBe('');
      expect(entry.date, entry.file).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect(entry.sha256, entry.file).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('holds every document the seeds name', () => {
    const catalogued = catalogue.map((entry) => entry.file);
    for (const file of [...Object.values(referenceDocuments), ...Object.values(sourcedDocuments)]) {
      expect(catalogued).toContain(file);
    }
  });

  if (!sourcesDir) console.warn(withoutSources);

  it.skipIf(!sourcesDir)('matches the documents in SOURCES_DIR byte for byte', () => {
    for (const entry of catalogue) expect(readSource(entry.file).length, entry.file).toBeGreaterThan(0);
  });
});
