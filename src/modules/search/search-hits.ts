import type { Context } from '../../context';
import type { IsoDate } from '../../shared/dates';
import type { Node } from '../../shared/record.type';
import { toDocument, type Body, type BodyDocument } from '../bodies/index';
import { nodeLoaders } from '../node/node-loaders';
import type { Person } from '../people/index';
import { mayReadDocument, mayReadName } from './search-access';
import { highlightsOf } from './search-highlights';
import type { SearchRow } from './search.store';
import { SearchHit } from './search.type';

const toHit = (row: SearchRow, node: Node, document: BodyDocument | null, question: string) =>
  Object.assign(new SearchHit(), {
    node,
    document,
    kind: row.kind,
    matched: row.matched,
    highlights: highlightsOf(row.matched, question),
    matchedField: row.field,
    score: row.score,
  });

/** A document's hit: its body as the node, the document itself beside it, if the viewer may read it. */
async function documentHit(
  row: SearchRow,
  question: string,
  context: Context,
  asOf: IsoDate,
): Promise<SearchHit | null> {
  const [body, documents] = await Promise.all([
    nodeLoaders.Body(context, row.owner!, asOf),
    context.stores.bodies.documents.load(row.owner!),
  ]);
  const found = documents.find((document) => document.id === row.id);
  if (!body || !found) return null;
  const document = toDocument(found);
  return (await mayReadDocument(body as Body, document, context)) ? toHit(row, body, document, question) : null;
}

/**
 * The hit a row of the search statement makes, loaded through the request's loaders (so many hits cost a statement
 * a kind), or null when the record is gone or is a person whose name, or a document, the viewer may not read.
 */
export async function hitOf(
  row: SearchRow,
  question: string,
  context: Context,
  asOf: IsoDate,
): Promise<SearchHit | null> {
  if (row.type === 'BodyDocument') return documentHit(row, question, context, asOf);
  const node = await nodeLoaders[row.type](context, row.id, asOf);
  if (!node) return null;
  if (row.type === 'Person' && !(await mayReadName(node as Person, context))) return null;
  return toHit(row, node, null, question);
}
