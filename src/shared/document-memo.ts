import type { DocumentNode } from 'graphql';

/** Past this, a request's variables are weighed afresh each time rather than kept (a mutation's large input). */
const longestKept = 4096;

/**
 * Keeps what a check computed from a parsed document, its operation name and its variables (a query's cost), so that
 * the same request asked again costs a lookup rather than a walk of its document. Apollo hands every request with the
 * same query text the same parsed document from its cache, so the document is the key, weakly held: when Apollo drops
 * it, its results go too. A document keeps its latest `perDocument` answers (a dashboard asks one query with a few
 * sets of variables). A check that throws keeps nothing: a refusal is computed again, and said again, each time.
 */
export function documentMemo<Result>(perDocument = 32) {
  const byDocument = new WeakMap<DocumentNode, Map<string, Result>>();
  return (
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Record<string, unknown> | undefined,
    compute: () => Result,
  ): Result => {
    const key = `${operationName ?? ''}\u0000${JSON.stringify(variables ?? {})}`;
    if (key.length > longestKept) return compute();
    let results = byDocument.get(document);
    const known = results?.get(key);
    if (known !== undefined) return known;
    const result = compute();
    if (!results) byDocument.set(document, (results = new Map()));
    if (results.size >= perDocument) results.delete(results.keys().next().value!);
    results.set(key, result);
    return result;
  };
}
